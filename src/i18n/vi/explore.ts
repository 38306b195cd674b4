/** Words the Explore workbench writes while it runs: results, map, status, uploads and the console. */
export const explore = {
  columns: {
    indicator: 'Chỉ tiêu',
    place: 'Địa bàn',
    period: 'Kỳ',
    value: 'Giá trị',
    numerator: 'Tử số',
    denominator: 'Mẫu số',
    figures: 'Số liệu gộp',
    sources: 'Nguồn',
  },
  notSummable: '— (không cộng được)',
  noCounts: '— (thiếu tử số, mẫu số)',
  overAllAssigned: '— (mẫu số gồm cả nhiệm vụ chưa đến hạn: không phải tỷ lệ hoàn thành)',
  incomplete: (reported: number, total: number) => `— (chỉ ${reported}/${total} tỉnh cũ có số liệu: không gộp được)`,
  published: '1 (công bố)',
  combined: (figures: number, places: string, dropped: string) => `${figures} số liệu, ${places} nơi${dropped}`,
  droppedWithoutCounts: (n: number) => `; ${n} không có tử/mẫu số`,
  reasons: {
    subdivision: 'số liệu cấp huyện (là một phần của tỉnh; cộng vào sẽ tính hai lần)',
    map34: 'số liệu theo 34 tỉnh mới (không tách được về 63 tỉnh cũ; chọn bản đồ 34 tỉnh để xem)',
    no_successor: 'số liệu của tỉnh cũ không rõ tỉnh mới tương ứng',
    no_region: 'số liệu của tỉnh mới gồm các tỉnh cũ thuộc nhiều vùng',
    no_cluster: 'số liệu của tỉnh không thuộc cụm thi đua nào có danh sách thành viên cho kỳ đó',
  } as Record<string, string>,
  recomputed:
    'Tỷ lệ gộp (vùng, cụm, tỉnh mới gồm nhiều tỉnh cũ) được tính lại: cộng tử số, cộng mẫu số rồi chia; ' +
    'không bao giờ lấy trung bình các tỷ lệ. Số liệu đơn lẻ giữ nguyên như đã công bố.',
  withoutCounts: (n: string) =>
    `${n} tỷ lệ được công bố không kèm tử số và mẫu số nên không gộp được: chúng bị loại khỏi các dòng gộp ` +
    '(ô giá trị để trống khi không còn số nào).',
  notSummableNote: (n: string) =>
    `${n} chỉ tiêu kế hoạch hoặc sự kiện không cộng được giữa các nơi: dòng gộp để trống.`,
  leftOut: (n: string, reason: string) => `Không tính ${n} ${reason}.`,
  noFigures: 'Không có số liệu cho lựa chọn này',
  rowsTitle: (rows: number, indicators: number, places: number) =>
    `${rows} dòng: ${indicators} chỉ tiêu, ${places} địa bàn`,
  tableCaption: 'Kết quả; bấm tiêu đề cột để sắp xếp',
  tableShown: (shown: string, total: string) =>
    `Bảng hiện ${shown}/${total} dòng đầu theo thứ tự đang chọn; tệp CSV, Parquet tải về có đủ.`,
  tableAll: (total: string) => `Hiện cả ${total} dòng`,
  download: (what: string) => `Tải ${what}`,
  chartSvg: 'biểu đồ SVG',
  chartPng: 'biểu đồ PNG',
  subtitles: {
    series: 'Biểu đồ đường: giá trị theo kỳ, mỗi số đặt tại giữa kỳ của nó.',
    seriesPoints: 'Biểu đồ điểm: mỗi địa bàn chỉ có một kỳ; mỗi chấm là một số liệu, đặt tại giữa kỳ.',
    rankingLatest: (period: string) =>
      `Biểu đồ thanh: xếp hạng các địa bàn ở kỳ có nhiều địa bàn nhất (${period}); bảng có mọi kỳ đã chọn.`,
    ranking: 'Biểu đồ thanh: xếp hạng các địa bàn.',
    multiples:
      'Mỗi chỉ tiêu một biểu đồ nhỏ, mỗi biểu đồ một thang đo; nhiều địa bàn qua nhiều kỳ thì xếp hạng kỳ có ' +
      'nhiều địa bàn nhất.',
    empty: 'Không có giá trị để vẽ biểu đồ.',
  },
  blockedProvinces: (n: string) =>
    `${n} tỉnh mới để trống (gạch chéo): chỉ một phần các tỉnh cũ hợp thành có số liệu, ` +
    'mà con số của một phần không phải của cả tỉnh mới (xem cột "Số liệu gộp").',
  duplicates: (n: string) =>
    `${n} số liệu khác cùng tỉnh, cùng kỳ (cơ quan khác hoặc phiên bản khác) không vẽ trên bản đồ; bảng có đủ.`,
  showAs: 'Hiển thị kết quả',
  asChart: 'Biểu đồ',
  asMap: (map: string) => `Bản đồ ${map} tỉnh`,
  mapIndicator: 'Chỉ tiêu trên bản đồ',
  mapPeriod: 'Kỳ trên bản đồ',
  mapPeriodChoice: (period: string, provinces: string) => `${period} (${provinces})`,
  map: {
    noCounts: 'tỷ lệ công bố không kèm tử số, mẫu số: không gộp được',
    incomplete: (reported: number, total: number) => `chỉ ${reported}/${total} tỉnh cũ có số liệu: không gộp được`,
    summed: (counted: number, total: number) => `cộng tử số, mẫu số của ${counted}/${total} tỉnh cũ`,
    leftOut: (n: number) => `${n} tỷ lệ không có tử số, mẫu số bị loại`,
    noDataKey: 'Không có số liệu hoặc không gộp được (không phải 0)',
    extremes: (top: string, bottom: string) => `; cao nhất ${top}, thấp nhất ${bottom}`,
    /** Too few provinces to call one highest or lowest (SUPERLATIVE_MIN_SHARE): the values' span only. */
    span: (top: string, bottom: string) => `; từ ${bottom} đến ${top}`,
    subtitle: (map: string, when: string, n: string, extremes: string) =>
      `Bản đồ ${map} tỉnh, ${when}: ${n}/${map} tỉnh, thành phố có số liệu${extremes}. ` +
      'Màu đậm hơn: tỷ lệ cao hơn; gạch chéo: không có số liệu hoặc không gộp được (không phải 0). ' +
      'Bảng bên dưới có mọi kỳ đã chọn.',
  },
  span: {
    label: 'Khoảng năm',
    hint:
      'Số liệu theo năm kết thúc kỳ. Kéo trên biểu đồ để chọn khoảng năm; bảng, biểu đồ và bản đồ bên dưới ' +
      'chỉ hiện khoảng đó. Bàn phím: mũi tên trái, phải dời khoảng; Shift kèm mũi tên đổi năm cuối; Esc bỏ chọn.',
    bar: (year: number, figures: string) => `${year}: ${figures} giá trị`,
    all: (first: number, last: number) => `Bảng, biểu đồ và bản đồ: mọi năm (${first}–${last}).`,
    shown: (from: number, to: number) =>
      from === to
        ? `Bảng, biểu đồ và bản đồ: các kỳ kết thúc trong năm ${from}.`
        : `Bảng, biểu đồ và bản đồ: các kỳ kết thúc trong ${from}–${to}.`,
    clear: 'Bỏ chọn khoảng năm',
    refused: (span: string) => `Liên kết ghi khoảng năm ${span}, không có trong số liệu: đã bỏ qua, đang hiện mọi năm.`,
  },
  status: {
    loading: 'Đang tải công cụ truy vấn (DuckDB-wasm) và số liệu…',
    engineFailed: 'Không tải được công cụ truy vấn',
    querying: 'Đang truy vấn…',
    updated: (rows: string) => `Đã cập nhật: ${rows} dòng.`,
    queryError: 'Lỗi truy vấn',
    mapFailed: 'Không tải được bản đồ; hiện biểu đồ thay thế',
  },
  console: {
    running: 'Đang chạy…',
    rows: (total: string, shown: string | null) =>
      `${total} dòng${shown ? `; hiện ${shown} dòng đầu (tải xuống cũng vậy)` : ''}.`,
    changedCopy:
      ' Câu lệnh chỉ đổi bản sao số liệu trong trình duyệt này (bộ lọc cũng đọc bản sao đó); tệp công bố không ' +
      'đổi. Tải lại trang để về số liệu công bố.',
    cancelled: 'Đã dừng truy vấn.',
    failed: 'Truy vấn lỗi.',
    cancelling: 'Đang dừng…',
  },
  upload: {
    reading: (file: string) => `Đang đọc ${file}…`,
    progress: (file: string, read: string, total: string, rows: string) =>
      `Đang đọc ${file}: ${read}/${total} MB, ${rows} dòng đã nạp…`,
    notLoaded: (file: string) => `Không nạp được tệp «${file}»`,
    join: (table: string) => `Ghép ${table} với số liệu công bố (SQL)`,
    refused: (n: string) => `Dòng bị loại (${n})`,
    problemColumns: ['Dòng', 'Cột', 'Giá trị', 'Lý do'],
    asText: 'Dạng văn bản (tệp:dòng: cột = «giá trị»: lý do)',
    notes: (n: number) => `Ghi chú (${n})`,
    summary: (table: string, good: string, bad: string) => `Bảng ${table}: ${good} dòng hợp lệ, ${bad} dòng bị loại.`,
    failure: {
      input: (detail: string) => `tệp bị từ chối: ${detail}`,
      memory: (detail: string) => `trình duyệt hết bộ nhớ khi đọc tệp (${detail})`,
      worker: (detail: string) => `bộ đọc tệp (worker) dừng giữa chừng (${detail})`,
      insert: (detail: string) => `DuckDB không ghi được các dòng (${detail})`,
    },
    discarded: (n: string) => `${n} dòng đã nạp được đã bị bỏ: không giữ một bảng thiếu dòng.`,
    noneLoaded: 'Chưa dòng nào được nạp.',
    stillWorks: 'Số liệu công bố và các bảng khác không đổi; bộ lọc và truy vấn SQL vẫn dùng được.',
    engineStopped: 'Công cụ truy vấn cũng đã dừng: hãy tải lại trang.',
    memoryAdvice: ' Hãy chia tệp thành nhiều tệp nhỏ hơn, hoặc bỏ các cột không cần.',
    failed: (file: string, what: string, rows: string, still: string, advice: string) =>
      `Không nạp được tệp «${file}»: ${what}. ${rows} ${still}${advice}`,
  },
};
