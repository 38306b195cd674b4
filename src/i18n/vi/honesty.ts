/** Words of the honest-presentation rules (src/lib/presentation.ts): coverage, age, printed vs recomputed. */
export const honesty = {
  /** "8/63 tỉnh, thành phố có số liệu công bố cho 2014–2023" */
  coverage: (count: number, of: number, when: string) =>
    `${count}/${of} tỉnh, thành phố có số liệu công bố cho ${when}`,
  noProvinceFigures: (when: string) => `${when}: chưa có tỉnh, thành phố nào có số liệu công bố`,
  coverageShort: (count: number, of: number) => `${count}/${of} tỉnh, thành phố có số liệu`,
  onlyOne: (when: string, name: string, value: string, of: number) =>
    `1/${of} tỉnh, thành phố có số liệu công bố cho ${when}: chỉ ${name} (${value})`,
  highestLowest: (when: string, top: string, topValue: string, bottom: string, bottomValue: string) =>
    `${when}: ${top} cao nhất (${topValue}), ${bottom} thấp nhất (${bottomValue})`,
  /** A list of what is shown, without a superlative. */
  shownList: (items: string[]) => items.join(', '),
  ellipsis: '…',
  /** The rule as the method page states it. */
  superlativeRule: (percent: string) =>
    `“Cao nhất”, “thấp nhất” chỉ dùng khi các tỉnh, thành phố được xếp hạng chiếm ít nhất ${percent} số tỉnh, ` +
    `thành phố của bản đồ có hiệu lực trong kỳ; nếu ít hơn, tiêu đề nêu số tỉnh có số liệu và liệt kê các số đã ` +
    `công bố, không xếp hạng.`,
  ageRule: (years: number) =>
    `Mỗi số liệu ghi rõ kỳ và thời điểm; số liệu cũ hơn ${years} năm hoặc cũ hơn các số khác trên cùng trang ` +
    `được ghi “số liệu gần nhất”.`,
  printedRule:
    'Số in trong nguồn là số liệu; tỷ lệ tính lại từ tử số, mẫu số là số kiểm tra, hiển thị bên cạnh với dấu ⚠ ' +
    'khi chênh lệch. Tỷ lệ chỉ tính từ tử số, mẫu số (nguồn không in) được ghi “tự tính”. Số đếm gần đúng ' +
    '(“hơn”, “gần”, “khoảng”) không thay thế tỷ lệ đã in.',
  /** "số liệu gần nhất: 6 tháng đầu năm 2018" */
  latestAvailable: (period: string) => `số liệu gần nhất: ${period}`,
  yearsOld: (years: number) => `cách đây ${years} năm`,
  olderThanPage: 'cũ hơn các số liệu khác trên trang',
  /** "⚠ tính lại từ 2.408/3.399: 70,84%" */
  recomputedDiffers: (counts: string, value: string) => `⚠ Tính lại từ ${counts}: ${value}, khác số đã in`,
  computed: 'tự tính từ tử số, mẫu số; nguồn không in tỷ lệ',
  computedShort: 'tự tính',
  printedFigure: 'số in trong nguồn',
  /** Task completion as sources print it. */
  tasksDueDone: (done: string, due: string) => `${done}/${due} nhiệm vụ đến hạn đã hoàn thành`,
  /** Said in the figure itself where the assigned include tasks not yet due: 49 of 212 is not a rate of 23 %. */
  tasksDoneOfAssigned: (done: string, assigned: string, notYetDue: boolean) =>
    `${done} nhiệm vụ đã hoàn thành trong ${assigned} nhiệm vụ được giao` +
    (notYetDue ? ' (gồm cả nhiệm vụ chưa đến hạn)' : ''),
  tasksNoRate: 'nguồn không in tỷ lệ hoàn thành',
  tasksScopeUnknown: 'nguồn không nói số được giao có gồm nhiệm vụ chưa đến hạn hay không',
  noOverdue: 'không có nhiệm vụ quá hạn',
  seeFigure: 'Xem biểu đồ và bảng số liệu →',
  tasksColumns: ['Kỳ', 'Phạm vi', 'Kết quả', 'Tỷ lệ công bố', 'Ghi chú', 'Nguồn'],
  tasksAlt: (reports: number, printed: number, min: string, max: string) =>
    `Biểu đồ thanh: ${reports} kỳ báo cáo; ${printed} kỳ có tỷ lệ công bố, từ ${min} đến ${max}; các kỳ khác chỉ ` +
    `ghi số nhiệm vụ.`,
  national: 'Toàn quốc',
  coverageHeading: 'Độ phủ số liệu',
  coverageIntro:
    'Với mỗi chỉ tiêu chính: những năm và những tỉnh, thành phố có số liệu công bố. Ô trống là không có số liệu ' +
    'công bố, không phải 0. Năm của chỉ tiêu thi hành án là năm thống kê (kết thúc 30/9).',
  coverageCell: {
    year: 'cả năm',
    part: 'một phần năm',
    span: 'số liệu nhiều năm (ghi ở năm cuối)',
    none: 'không có',
  } as Record<string, string>,
  coveragePlace: 'Nơi',
  coverageCaption: (name: string, places: number, of: number) =>
    `${name}: toàn quốc và ${places}/${of} tỉnh, thành phố có ít nhất một số liệu`,
  nationalHoles: (years: string) => `Toàn quốc chưa có số liệu cả năm cho: ${years}.`,
  noNationalHoles: 'Toàn quốc có số liệu cả năm cho mọi năm trong giai đoạn.',
  holesHeading: 'Các năm còn thiếu của chuỗi số liệu toàn quốc',
  rulesHeading: 'Quy tắc trình bày',
  sourceIssuesHeading: (n: number) => `Số liệu nguồn in sai hoặc mâu thuẫn (${n})`,
  whereShown: 'nơi hiển thị',
  placeAndIndicator: 'Chỉ tiêu, nơi',
  reason: 'Lý do',
  sourceKind: 'Loại nguồn',
  sourceNote: 'Ghi chú biên tập',
  noteInEnglish: 'Xem ghi chú (tiếng Anh)',
  whereShownColumn: 'Nơi hiển thị',
  pledgesHeading: 'Cam kết, chỉ tiêu của các cụm, khu vực thi đua',
  pledgesIntro:
    'Chỉ tiêu mà các cụm, khu vực thi đua tự đặt ra hoặc cam kết, ghi đúng như nguồn in (kể cả “trên”, “dưới”).',
  pledgeCluster: 'Cụm, khu vực thi đua',
  pledgeTarget: 'Mức cam kết',
  assumedMark: '*',
  assumedNote: 'Ngày do biên tập xác định, nguồn không in.',
};
