// Which question a block prints, read by its text, so that printouts of other years' questionnaires import too: the
// texts are compared folded, with years masked (a later form asks about "2023-2024" where this one asks "2022-2023")
// and a few slips allowed. A block whose text matches no question is kept as an unknown question, numbered after the
// known questions of its printed section (so a new id never takes a known one's), to join the historical round's
// questionnaire later.
import type { TReportQuestion } from '../../../domain/rapportering/questionnaire-2022-2023.ts';
import { editDistance, fold } from './fuzzy.ts';

const masked = (text: string) => fold(text).replace(/\b(19|20)\d\d\b/g, 'ÅÅÅÅ');

export class QuestionMatcher {
  private readonly used = new Set<string>();
  private readonly nextUnknown = new Map<number, number>();

  constructor(private readonly questions: readonly TReportQuestion[]) {}

  /** The known question the text prints, or null. A question already matched is not matched twice. */
  known(text: string): TReportQuestion | null {
    const printed = masked(text);
    const exact = this.questions.find((q) => !this.used.has(q.id) && this.maskedText(q) === printed);
    if (exact) {
      this.used.add(exact.id);
      return exact;
    }
    let best: { question: TReportQuestion; distance: number } | null = null;
    for (const question of this.questions) {
      if (this.used.has(question.id)) continue;
      const expected = this.maskedText(question);
      const allowed = Math.floor(expected.length / 20);
      const distance = printed === expected ? 0 : editDistance(printed, expected, allowed);
      if (distance <= allowed && (!best || distance < best.distance)) best = { question, distance };
    }
    if (best) this.used.add(best.question.id);
    return best?.question ?? null;
  }

  /** Whether a known question with this text was already read (a block printed twice). */
  alreadyRead(text: string): boolean {
    const printed = masked(text);
    return this.questions.some((q) => this.used.has(q.id) && this.maskedText(q) === printed);
  }

  private readonly masks = new Map<string, string>();
  private maskedText(question: TReportQuestion): string {
    let text = this.masks.get(question.id);
    if (text === undefined) {
      text = masked(question.text);
      this.masks.set(question.id, text);
    }
    return text;
  }

  unknownId(section: number): string {
    const inSection = this.questions
      .filter((q) => q.id.startsWith(`${section}.`))
      .map((q) => Number(q.id.split('.')[1]));
    const next = this.nextUnknown.get(section) ?? Math.max(0, ...inSection) + 1;
    this.nextUnknown.set(section, next + 1);
    return `${section}.${next}`;
  }
}
