import type { Figure } from './figures.ts';

/** The field a report speaks of: tasks, grassroots mediation, civil-judgment enforcement. */
export type Domain = 'tasks' | 'mediation' | 'thads';
export type Side = 'cases' | 'money';

/** What one figure is, read from the words around it. */
export type Role =
  | { kind: 'rate'; domain: Domain; side?: Side; target: boolean }
  | { kind: 'tasks_fraction' }
  | { kind: 'pair'; side: Side }
  | { kind: 'count'; indicator: string; domain: Domain; part?: 'numerator' | 'denominator'; side?: Side }
  | { kind: 'fact'; indicator: string };

/** The words that decided, with their offsets within the sentence. */
export interface Classified {
  figure: Figure;
  role: Role;
  keyword: { start: number; end: number } | null;
  /** The domain came from an earlier sentence ("Bến Tre: 91%, Long An: 90,2%" after a mediation sentence). */
  domainFromContext: boolean;
}

const DOMAIN_WORDS: ReadonlyArray<[RegExp, Domain]> = [
  [/hoa giai/g, 'mediation'],
  [/nhiem vu/g, 'tasks'],
  [/thi hanh an|thi hanh xong|co dieu kien thi hanh|phai thi hanh|ve viec|ve tien|thads/g, 'thads'],
];
const SIDE_WORDS = /ve (viec|tien)/g;
const TARGET_WORDS = /(?<!vuot |voi |vuot muc )(?:chi tieu|phan dau|muc tieu|cam ket|dam bao|bao dam|ke hoach giao)/g;
const RESULT_WORDS = /(?<!phan dau |chi tieu |muc tieu |cam ket )\bdat\b(?! chi tieu)|ket qua|\bda thi hanh/g;
// A change, an excess or a share of something else: "tăng 451 việc", "vượt 5,41%", "(chiếm 71,25%)".
const GROWTH_BEFORE = /(?:tang|giam|vuot|chiem|trung binh)(?: them)?(?: (?:gan|hon|tren|khoang))?\s*$/;
const GROWTH_IN_BRACKETS = /(?:tang|giam|vuot)[^;.()]{0,40}\(\s*$/;
const SHARE_IN_BRACKETS = /\((?:chiem|tang|giam|bang)[^()]*$/;
const EXCESS_OVER_TARGET = /vuot (?:muc )?(?:chi tieu|ke hoach)[^;.(]{0,50}$/;
// "tỷ lệ giải quyết đơn khiếu nại … đạt 100%": a rate of something the site does not count.
const OTHER_RATE =
  /t[yi] le ((?:(?!hoa giai|thi hanh|xong|hoan thanh|ve viec|ve tien|nhiem vu)[a-z,]+ ){2,})(?:dat|la|:)?\s*$/;
const GROWTH_AFTER = /^\s*so voi/;

const MEDIATION_PARTS: ReadonlyArray<[RegExp, string | null]> = [
  [/tiep nhan|thu ly/g, 'mediation_cases_received'],
  [/hoa giai thanh(?: cong)?/g, 'mediation_cases_success'],
  [/khong thanh/g, 'other_mediation_cases_failed'],
  [/dang (?:tiep tuc )?(?:hoa giai|giai quyet)|chua giai quyet/g, 'other_mediation_cases_pending'],
  [/da tien hanh hoa giai|da hoa giai/g, 'other_mediation_cases_conducted'],
];
const THADS_PARTS: ReadonlyArray<[RegExp, 'completed' | 'with_conditions' | 'total' | null]> = [
  [/thi hanh xong|da thi hanh|giai quyet xong/g, 'completed'],
  [/chua co dieu kien/g, null],
  [/(?<!chua )co dieu kien/g, 'with_conditions'],
  [/phai thi hanh|tong so|thu ly|to chuc thi hanh|so (?:tien|viec) thi hanh/g, 'total'],
  [/thu ly moi|so moi|chuyen sang|so cu/g, null], // new or carried-over cases are parts of the total, not it
];
const TASK_PARTS: ReadonlyArray<[RegExp, 'completed' | 'assigned' | null]> = [
  [/hoan thanh/g, 'completed'],
  [/dang (?:tiep tuc )?thuc hien|chua den han|trong han|khong co thoi han|chua hoan thanh/g, null],
  [/duoc giao|giao|nhan duoc|tiep nhan|\bnhan\b|thuc hien/g, 'assigned'],
];

/** The last match of any of `patterns` in `text`: which one, and where. */
function lastOf<T>(
  text: string,
  patterns: ReadonlyArray<[RegExp, T]>,
): { value: T; start: number; end: number } | null {
  let best: { value: T; start: number; end: number } | null = null;
  for (const [pattern, value] of patterns) {
    for (const m of text.matchAll(pattern)) {
      const end = m.index + m[0].length;
      // The match that ends last wins; of two ending together, the longer ("đang thực hiện" over "thực hiện").
      if (!best || end > best.end || (end === best.end && m.index < best.start)) best = { value, start: m.index, end };
    }
  }
  return best;
}

function lastIndex(text: string, pattern: RegExp): number {
  let at = -1;
  for (const m of text.matchAll(pattern)) at = m.index;
  return at;
}

/**
 * Reads what each figure of a sentence is. `folded` is the sentence folded; figure offsets are
 * relative to the text, `offset` is where the sentence starts. `context` is the domain (and side)
 * of the last sentence that named one, for lists that continue it.
 */
export function classifyFigures(
  figures: readonly Figure[],
  folded: string,
  offset: number,
  context: { domain: Domain | null; side: Side | null },
): Classified[] {
  const out: Classified[] = [];
  for (const figure of figures) {
    const at = figure.start - offset;
    const left = folded.slice(0, at);
    const right = folded.slice(figure.end - offset, figure.end - offset + 40);
    const found = lastOf(left, DOMAIN_WORDS);
    // The unit or the words right after a figure name its field more surely than earlier words:
    // "47/48 nhiệm vụ", "53.350 vụ việc hòa giải", "82,50% về việc".
    const named: Domain | null =
      figure.kind === 'tasks'
        ? 'tasks'
        : /^\s*(?:\S+\s+){0,1}hoa giai/.test(right)
          ? 'mediation'
          : /^\s*,?\s*ve (?:viec|tien)/.test(right)
            ? 'thads'
            : null;
    const domain = named ?? found?.value ?? context.domain;
    const domainFromContext = !named && !found && domain !== null;
    const keyword = found ? { start: offset + found.start, end: offset + found.end } : null;
    const push = (role: Role, kw = keyword) => out.push({ figure, role, keyword: kw, domainFromContext });
    if (figure.kind === 'things') {
      const fact = factOf(figure.noun ?? '', folded);
      if (fact) push({ kind: 'fact', indicator: fact });
      continue;
    }
    if (!domain) continue;

    if (figure.kind === 'percent') {
      if (GROWTH_BEFORE.test(left) || GROWTH_AFTER.test(right) || GROWTH_IN_BRACKETS.test(left)) continue;
      if (SHARE_IN_BRACKETS.test(left)) continue; // "(chiếm 78% … và 53% …)": shares, all of them
      if (EXCESS_OVER_TARGET.test(left) || OTHER_RATE.test(left.slice(-60))) continue;
      // "82,50% về việc" names the side right after; "về việc đạt gần 68%, về tiền …" names it before, and the
      // words after the comma belong to the next figure.
      const tightAfter = /^\s*ve (viec|tien)/.exec(right);
      const commaAfter = /^\s*,\s*ve (viec|tien)/.exec(right);
      const sideBefore = lastOf(left, [[SIDE_WORDS, null]]);
      const beforeWord = sideBefore ? left.slice(sideBefore.start + 3, sideBefore.end) : null;
      const nearBefore = sideBefore && left.length - sideBefore.end < 40 ? beforeWord : null;
      const sideAfter = tightAfter ?? commaAfter;
      const sideWord = tightAfter?.[1] ?? nearBefore ?? commaAfter?.[1] ?? beforeWord;
      // Without "về việc/về tiền", the amount printed just before says which: "gần 34 tỷ đồng, …, đạt 31,26%".
      const before = [...out]
        .reverse()
        .map(sideOf)
        .find((x) => x !== null);
      const side: Side | undefined =
        sideWord === 'viec'
          ? 'cases'
          : sideWord === 'tien'
            ? 'money'
            : before
              ? before
              : domainFromContext
                ? (context.side ?? undefined)
                : undefined;
      const target = lastIndex(left, TARGET_WORDS) > lastIndex(left, RESULT_WORDS);
      if (domain === 'thads' || sideAfter) {
        if (!side) continue;
        push({ kind: 'rate', domain: 'thads', side, target });
      } else if (!target) push({ kind: 'rate', domain, target: false });
      continue;
    }
    if (GROWTH_BEFORE.test(left) || GROWTH_IN_BRACKETS.test(left)) continue;
    const near = left.slice(Math.max(0, left.length - 30));
    if (domain === 'tasks' && figure.kind === 'tasks') {
      if (/^\s*(?:\S+\s+){0,3}qua han/.test(right)) {
        push({ kind: 'fact', indicator: 'other_tasks_overdue' });
        continue;
      }
      const part = lastOf(left, TASK_PARTS);
      if (figure.denominator) {
        if (part?.value === 'completed') push({ kind: 'tasks_fraction' }, span(part, offset));
        continue;
      }
      if (part?.value === 'completed')
        push({ kind: 'count', indicator: 'tasks_completed', domain, part: 'numerator' }, span(part, offset));
      else if (part?.value === 'assigned')
        push({ kind: 'count', indicator: 'tasks_assigned', domain, part: 'denominator' }, span(part, offset));
      continue;
    }
    if (domain === 'mediation' && (figure.kind === 'cases' || figure.kind === 'bare')) {
      if (figure.denominator) {
        push({ kind: 'pair', side: 'cases' }); // "hòa giải thành 1.096.572/1.350.533 vụ, việc"
        continue;
      }
      // Words right after the figure name it first: "186 vụ việc hòa giải thành công, 103 … không thành".
      const afterValue = /^\s*(?:\S+\s+){0,2}(?:hoa giai )?khong thanh/.test(right)
        ? 'other_mediation_cases_failed'
        : /^\s*(?:\S+\s+){0,1}(?:chua|dang) (?:giai quyet|hoa giai)/.test(right)
          ? 'other_mediation_cases_pending'
          : /^\s*(?:duoc |da )?hoa giai thanh/.test(right)
            ? 'mediation_cases_success'
            : null;
      const part = afterValue
        ? { value: afterValue, start: at, end: at }
        : lastOf(figure.kind === 'bare' ? near : left, MEDIATION_PARTS);
      if (!part?.value) continue;
      const role: Role = { kind: 'count', indicator: part.value, domain };
      if (part.value === 'mediation_cases_received') role.part = 'denominator';
      if (part.value === 'mediation_cases_success') role.part = 'numerator';
      push(role, part.end > part.start ? span(part, offset) : keyword);
      continue;
    }
    if (domain === 'thads' && (figure.kind === 'cases' || figure.kind === 'money' || figure.kind === 'bare')) {
      if (figure.kind === 'bare') continue; // a count without "việc" or "đồng" is too ambiguous here
      if (figure.denominator) {
        push({ kind: 'pair', side: figure.kind === 'money' ? 'money' : 'cases' });
        continue;
      }
      // "5.422 việc có điều kiện giải quyết": the words after the figure name it first.
      const afterPart = /^\s*(?:\S+\s+){0,1}chua co dieu kien/.test(right)
        ? { value: null, start: at, end: at }
        : /^\s*(?:\S+\s+){0,1}co dieu kien/.test(right)
          ? { value: 'with_conditions' as const, start: at, end: at }
          : null;
      const part = afterPart ?? lastOf(left, THADS_PARTS);
      if (!part?.value) continue;
      const side: Side = figure.kind === 'money' ? 'money' : 'cases';
      const indicator =
        side === 'cases'
          ? {
              completed: 'thads_cases_completed',
              with_conditions: 'thads_cases_with_conditions',
              total: 'thads_cases_total',
            }[part.value]
          : {
              completed: 'thads_money_completed_vnd',
              with_conditions: 'thads_money_with_conditions_vnd',
              total: 'thads_money_total_vnd',
            }[part.value];
      const role: Role = { kind: 'count', indicator, domain, side };
      if (part.value === 'completed') role.part = 'numerator';
      if (part.value === 'with_conditions') role.part = 'denominator';
      push(role, part.end > part.start ? span(part, offset) : keyword);
    }
  }
  return out;
}

/** The side a classified figure speaks of: a rate's own, or an amount's (đồng) or a count's (việc). */
function sideOf(c: Classified): Side | null {
  if (c.role.kind === 'rate' && c.role.side) return c.role.side;
  return c.figure.kind === 'money' ? 'money' : c.figure.kind === 'cases' ? 'cases' : null;
}

function span(part: { start: number; end: number }, offset: number) {
  return { start: offset + part.start, end: offset + part.end };
}

/** Counts of people and things, only where a movement, cluster or award is spoken of. */
function factOf(noun: string, sentence: string): string | null {
  // Groups of tasks are the plan's own counts; the rest count only where a movement or cluster is spoken of.
  if (noun.includes('nhiem vu trong tam')) return 'other_focus_task_groups';
  if (noun.includes('nhiem vu cu the')) return 'other_specific_task_groups';
  if (!/phong trao|thi dua|khu vuc|\bcum\b|bieu duong|khen thuong|ton vinh|dien hinh/.test(sentence)) return null;
  if (noun === 'tinh' || noun === 'don vi')
    return /khu vuc thi dua|cum thi dua|khoi thi dua/.test(sentence) ? 'other_emulation_cluster_member_units' : null;
  if (noun === 'dien hinh') return /du kien/.test(sentence) ? 'other_exemplary_models_planned' : null;
  if (!/bieu duong|ton vinh/.test(sentence)) return null;
  if (noun === 'tap the') return 'other_exemplary_collectives_honoured';
  if (noun === 'ca nhan') return 'other_exemplary_individuals_honoured';
  return null;
}

/** Where the domain and side words of a sentence leave off, for the sentences that follow it. */
export function sentenceContext(
  folded: string,
  previous: { domain: Domain | null; side: Side | null },
): { domain: Domain | null; side: Side | null } {
  const domain = lastOf(folded, DOMAIN_WORDS)?.value ?? previous.domain;
  const side = lastOf(folded, [[SIDE_WORDS, null]]);
  const sideWord = side ? folded.slice(side.start + 3, side.end) : null;
  return { domain, side: sideWord === 'viec' ? 'cases' : sideWord === 'tien' ? 'money' : previous.side };
}

/** "không có nhiệm vụ quá hạn" states a count of zero. */
export const NO_OVERDUE = /khong (?:co|de) nhiem vu (?:nao )?(?:bi )?qua han/g;
