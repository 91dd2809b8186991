// The pages of sections 1–6 (`/behovsmeldinger/:id/seksjon-1` …): one route and title each, the same frame.
import type { ReactNode } from 'react';
import type { TSectionNumber } from '../../../../domain/behovsmelding/validate-application.ts';
import { ApplicationFrame } from './application-frame.tsx';
import { Section1 } from './section-1.tsx';
import { Section2 } from './section-2.tsx';
import { Section3 } from './section-3.tsx';
import { Section4 } from './section-4.tsx';
import { Section5 } from './section-5.tsx';
import { Section6 } from './section-6.tsx';
import { StepPager } from './step-pager.tsx';
import { SECTION_STEPS } from './steps.ts';

const CONTENT: Record<TSectionNumber, () => ReactNode> = {
  1: () => <Section1 />,
  2: () => <Section2 />,
  3: () => <Section3 />,
  4: () => <Section4 />,
  5: () => <Section5 />,
  6: () => <Section6 />,
};

function SectionPage({ section }: { section: TSectionNumber }) {
  const step = SECTION_STEPS[section - 1]!;
  return (
    <ApplicationFrame title={step.title} step={step.slug}>
      {() => (
        <>
          {CONTENT[section]()}
          <StepPager slug={step.slug} />
        </>
      )}
    </ApplicationFrame>
  );
}

export const Section1Page = () => <SectionPage section={1} />;
export const Section2Page = () => <SectionPage section={2} />;
export const Section3Page = () => <SectionPage section={3} />;
export const Section4Page = () => <SectionPage section={4} />;
export const Section5Page = () => <SectionPage section={5} />;
export const Section6Page = () => <SectionPage section={6} />;
