// The pages of sections 1–6 (`/behovsmeldinger/:id/seksjon-1` …): one route and title each, the same frame, the
// section's questions drawn from the catalogue.
import type { TSectionNumber } from '../../../../domain/behovsmelding/validate-application.ts';
import { ApplicationFrame } from './application-frame.tsx';
import { CatalogueSection } from './catalogue-section.tsx';
import { StepPager } from './step-pager.tsx';
import { SECTION_STEPS } from './steps.ts';

function SectionPage({ section }: { section: TSectionNumber }) {
  const step = SECTION_STEPS[section - 1]!;
  return (
    <ApplicationFrame title={step.title} step={step.slug}>
      {() => (
        <>
          <CatalogueSection section={section} />
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
