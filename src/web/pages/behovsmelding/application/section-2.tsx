// Section 2 "Mål, gjennomføring og måloppnåelse": 2.1 goals and sub-goals, 2.2 the tiltak table, 2.3–2.9 texts.
import { SubGoalsQuestion } from './sub-goals-question.tsx';
import { TextQuestion } from './text-question.tsx';
import { TiltakQuestion } from './tiltak-question.tsx';

export function Section2() {
  return (
    <div className="bm-section">
      <TextQuestion fieldKey="s2.overordnetMal" />
      <TextQuestion fieldKey="s2.langsiktigeMal" />
      <SubGoalsQuestion />
      <TiltakQuestion />
      <TextQuestion fieldKey="s2.ppt" />
      <TextQuestion fieldKey="s2.kollektiveProsesser" />
      <TextQuestion fieldKey="s2.malgrupper" />
      <TextQuestion fieldKey="s2.start" short />
      <TextQuestion fieldKey="s2.slutt" short />
      <TextQuestion fieldKey="s2.uhErfaringer" />
      <TextQuestion fieldKey="s2.evaluering" />
    </div>
  );
}
