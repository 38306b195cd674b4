/** The statistics service: API, releases, feed, indicator pages, citation, licence. */
export const service = {
  api: {
    title: 'Dữ liệu cho máy đọc (API tĩnh, phiên bản 1)',
    lede:
      'Mọi số liệu công bố trên trang này có thể tải về dưới dạng tệp tĩnh, không cần khóa truy cập. ' +
      'Địa chỉ chứa số phiên bản (v1): trong phiên bản này tên cột không đổi; cột mới chỉ được thêm vào cuối.',
    indexHeading: 'Danh sách chỉ tiêu',
    indexText:
      'Tên, đơn vị, định nghĩa, phạm vi (số số liệu, kỳ đầu, kỳ cuối, số địa bàn) và đường dẫn tải ' +
      'của mọi chỉ tiêu có số liệu.',
    perIndicatorHeading: 'Số liệu của một chỉ tiêu',
    perIndicatorText:
      'Mỗi số liệu công bố là một dòng, gồm mọi phiên bản khi nhiều nguồn cùng đưa một số liệu (cột is_preferred ' +
      'đánh dấu phiên bản được hiển thị).',
    csvHeading: 'CSV',
    csvText:
      'UTF-8 có BOM, phân cách bằng dấu phẩy, số thập phân dùng dấu chấm, ngày theo ISO (YYYY-MM-DD). Excel đọc đúng ' +
      'tiếng Việt; pandas (read_csv) và R (read.csv, readr) đọc không cần tùy chọn. Mã địa bàn (geo_code) là chữ: ' +
      'với tệp chỉ có mã tỉnh (“01”, “79”), hãy đọc cột này dưới dạng văn bản để giữ số 0 đầu.',
    columnsHeading: 'Các cột',
    column: 'Cột',
    meaning: 'Ý nghĩa',
    columns: {
      indicator: 'Mã chỉ tiêu',
      period_label: 'Kỳ như nguồn ghi',
      period_start: 'Ngày đầu kỳ',
      period_end: 'Ngày cuối kỳ',
      period_type: 'Loại kỳ (năm, 6 tháng, năm thống kê THADS, …)',
      geo_code: 'Mã địa bàn: VN (toàn quốc), mã tỉnh của Tổng cục Thống kê, hoặc mã cụm thi đua',
      geo_level: 'Cấp địa bàn',
      geo_map: 'Bản đồ có hiệu lực vào cuối kỳ: 63 (đến 30/6/2025) hoặc 34 (từ 1/7/2025)',
      geo_name_vi: 'Tên địa bàn trên bản đồ đó, tiếng Việt',
      geo_name_en: 'Tên địa bàn, tiếng Anh',
      organisation: 'Cơ quan được nói đến khi không phải toàn địa bàn (ví dụ Bộ Tư pháp)',
      subdivision: 'Quận, huyện dưới cấp tỉnh',
      value_reported: 'Giá trị như nguồn in',
      bound: 'Giới hạn in kèm số: chính xác, “trên”, “dưới”, “khoảng” hoặc “gần”',
      value:
        'Giá trị dùng để tính: tỷ lệ tính lại từ tử số/mẫu số khi có, nếu không là giá trị in; trống khi tử số, ' +
        'mẫu số là số nhiệm vụ trên mọi nhiệm vụ được giao (gồm cả nhiệm vụ chưa đến hạn) và nguồn không in tỷ lệ',
      numerator: 'Tử số in trong nguồn',
      denominator: 'Mẫu số in trong nguồn',
      denominator_scope:
        'Với số nhiệm vụ: mẫu số là mọi nhiệm vụ được giao, gồm cả nhiệm vụ chưa đến hạn (all_assigned: không tính ' +
        'tỷ lệ hoàn thành), hoặc số nhiệm vụ đến hạn (due); trống khi nguồn không nói',
      unit: 'Đơn vị',
      is_preferred: 'true nếu là phiên bản được hiển thị khi nhiều nguồn cùng đưa số liệu này',
      source_id: 'Mã nguồn',
      source_title: 'Tên bài, văn bản nguồn',
      source_publisher: 'Nơi công bố',
      source_date: 'Ngày công bố',
      source_url: 'Địa chỉ nguồn',
      notes: 'Ghi chú khi biên tập',
      release: 'Mã lần phát hành dữ liệu',
    },
    example: 'Ví dụ',
    licenceHeading: 'Giấy phép',
  },
  releases: {
    title: 'Các lần phát hành dữ liệu',
    lede:
      'Mỗi lần dựng dữ liệu là một lần phát hành, mang mã gồm ngày và mã băm ngắn của các tệp công bố. ' +
      'Dữ liệu của các lần phát hành trước được giữ nguyên để một trích dẫn luôn tìm lại được con số đã dùng.',
    how:
      'Lần phát hành đã ghi nhận được lưu trong kho mã (data/releases/); mỗi lần dựng so sánh bằng DuckDB với lần ' +
      'trước: số liệu thêm mới, sửa (giá trị in hoặc hiển thị, giới hạn, tử số, mẫu số hoặc nguồn) và rút bỏ, ' +
      'kèm lý do ghi trong nhật ký biên tập.',
    frequency: 'Không theo lịch cố định: cập nhật khi có số liệu mới được công bố hoặc khi sửa một số liệu.',
    current: 'Lần phát hành hiện tại',
    releaseHeading: (id: string) => `Phát hành ${id}`,
    date: 'Ngày phát hành',
    figures: (n: number) => `${n} số liệu được hiển thị`,
    first: 'Lần phát hành đầu tiên được ghi nhận: mọi số liệu đều mới.',
    noChanges: 'Không có số liệu nào thay đổi so với lần trước.',
    summary: (added: number, revised: number, withdrawn: number) =>
      `${added} thêm mới, ${revised} sửa, ${withdrawn} rút bỏ`,
    previous: 'Lần trước',
    change: 'Thay đổi',
    kinds: { added: 'Thêm mới', revised: 'Sửa', withdrawn: 'Rút bỏ' },
    indicator: 'Chỉ tiêu',
    place: 'Địa bàn',
    period: 'Kỳ',
    oldValue: 'Giá trị cũ',
    newValue: 'Giá trị mới',
    source: 'Nguồn',
    reason: 'Lý do',
    noReason: 'chưa ghi lý do',
    files: 'Tệp dữ liệu của lần phát hành này',
    filesText:
      'Các tệp Parquet như đã công bố (số liệu, nguồn, chỉ tiêu, địa bàn); đọc được bằng DuckDB, pandas, R, Excel ' +
      '(qua Power Query).',
    viewData: 'Xem dữ liệu',
    feed: 'Theo dõi qua nguồn cấp Atom',
    api: 'API tĩnh (lần phát hành hiện tại)',
  },
  feed: {
    title: 'Kết quả ngành Tư pháp: các lần phát hành dữ liệu',
    subtitle: 'Số liệu chính mới và được sửa trong mỗi lần phát hành',
    entryTitle: (id: string, added: number, revised: number) =>
      `Phát hành ${id}: ${added} số liệu chính mới, ${revised} được sửa`,
    added: (what: string, value: string) => `Mới: ${what}: ${value}`,
    revised: (what: string, old: string, value: string) => `Sửa: ${what}: ${old} → ${value}`,
    first: (n: number) => `Lần phát hành đầu tiên được ghi nhận, ${n} số liệu.`,
    none: 'Không có số liệu chính nào mới hoặc được sửa.',
  },
  indicator: {
    allTitle: 'Các chỉ tiêu',
    allLede:
      'Mỗi tỷ lệ và chỉ tiêu có một trang riêng: định nghĩa, cách tính, hạn chế, phạm vi, mọi số liệu và lịch sử sửa.',
    aboutLink: 'Về chỉ tiêu này',
    definition: 'Định nghĩa',
    why: 'Vì sao quan trọng',
    how: 'Cách tính',
    rateFormula: (numerator: string, denominator: string) => `${numerator} / ${denominator} × 100`,
    targetHow: 'Chỉ tiêu được ghi như văn bản giao hoặc cam kết in, kể cả “trên”; không tính lại.',
    basis: {
      calendar: 'Kỳ theo năm dương lịch.',
      thads_year: 'Kỳ theo năm thống kê thi hành án dân sự (1/10 năm trước – 30/9).',
    },
    limitations: 'Hạn chế và điểm gãy so sánh',
    coverage: 'Phạm vi số liệu',
    coverageText: (figures: number, from: string, to: string) => `${figures} số liệu, từ ${from} đến ${to}.`,
    year: 'Năm (theo ngày cuối kỳ)',
    national: 'Toàn quốc',
    provinces63: 'Tỉnh (bản đồ 63)',
    provinces34: 'Tỉnh (bản đồ 34)',
    clusters: 'Cụm, khu vực thi đua',
    figuresCount: 'Số liệu',
    series: 'Chuỗi toàn quốc',
    noSeriesView: 'Trang chưa có biểu đồ chuỗi toàn quốc cho chỉ tiêu này; số liệu toàn quốc có trong bảng dưới đây.',
    provinces: 'Các tỉnh trong một kỳ',
    table: 'Mọi số liệu đã công bố',
    tableText:
      'Mỗi dòng là một số liệu như nguồn in; khi nhiều nguồn đưa cùng một số liệu, mọi phiên bản đều được liệt kê và ' +
      'phiên bản được hiển thị trên trang được đánh dấu.',
    place: 'Địa bàn',
    printed: 'Số in',
    counts: 'Tử số / mẫu số',
    computed: 'Tính lại',
    version: 'Phiên bản',
    shown: 'được hiển thị',
    other: 'phiên bản khác',
    downloads: 'Tải dữ liệu',
    download: (format: string) => `Tải ${format}`,
    history: 'Lịch sử sửa',
    noHistory: 'Chưa có số liệu nào của chỉ tiêu này được sửa, thêm hay rút bỏ kể từ lần phát hành đầu tiên.',
    inRelease: (id: string) => `Trong lần phát hành ${id}`,
    texts: {
      tasks_completed_rate: {
        why:
          'Cho biết Bộ và Ngành Tư pháp có hoàn thành đúng hạn các nhiệm vụ Chính phủ, Thủ tướng và Lãnh đạo Bộ giao ' +
          'hay không; đây là thước đo “hoàn thành chương trình công tác” mà các phong trào thi đua dùng.',
        limitations: [
          'Cơ sở tính khác nhau giữa các nguồn: nhiệm vụ Chính phủ, Thủ tướng giao; nhiệm vụ Lãnh đạo Bộ giao; hay ' +
            'toàn Ngành. Một số báo cáo chỉ tính nhiệm vụ có thời hạn. Chỉ so sánh số liệu cùng cơ quan và phạm vi.',
          'Báo cáo thường không in tỷ lệ: tỷ lệ thường được tính từ số nhiệm vụ in trong nguồn.',
        ],
      },
      mediation_success_rate: {
        why:
          'Hòa giải ở cơ sở giải quyết mâu thuẫn, tranh chấp ngay tại cộng đồng trước khi phải đến tòa án; tỷ lệ hòa ' +
          'giải thành là thước đo chính của kết quả công tác này.',
        limitations: [
          'Mẫu số khác nhau giữa các nguồn: số vụ việc tiếp nhận, hoặc số vụ việc đã tiến hành hòa giải, đã kết thúc ' +
            '(không gồm vụ việc đang hòa giải). Tỷ lệ in và tỷ lệ tính lại có thể lệch nhau; ghi chú từng dòng nói rõ.',
          'Kỳ khác nhau: năm, 6 tháng, hay tổng nhiều năm. Chỉ so sánh các tỉnh trong cùng một kỳ.',
          'Nhiều tỉnh chỉ in tỷ lệ, không in số vụ việc: các tỷ lệ đó không gộp được. Tỉnh không công bố không được ' +
            'tính là 0.',
        ],
      },
      thads_case_rate: {
        why:
          'Quốc hội giao chỉ tiêu thi hành án dân sự hằng năm; tỷ lệ thi hành xong về việc so với chỉ tiêu là cách ' +
          'đánh giá kết quả của hệ thống thi hành án.',
        limitations: [
          'Tính trên số việc có điều kiện thi hành, không trên tổng số việc phải thi hành.',
          'Năm thống kê từ 1/10 năm trước đến 30/9; số liệu 6 tháng, 9 tháng không so sánh được với cả năm.',
          'Một số nguồn in tỷ lệ khác với tử số, mẫu số của chính nó: các chênh lệch được liệt kê ở trang Nguồn.',
        ],
      },
      thads_money_rate: {
        why:
          'Cùng với tỷ lệ về việc, tỷ lệ về tiền cho biết phần giá trị bản án, quyết định đã được thi hành; Quốc hội ' +
          'giao chỉ tiêu riêng cho tỷ lệ này.',
        limitations: [
          'Tính trên số tiền có điều kiện thi hành, không trên tổng số tiền phải thi hành; đơn vị đồng.',
          'Năm thống kê từ 1/10 năm trước đến 30/9; số liệu một phần năm không so sánh được với cả năm.',
        ],
      },
      thads_case_target: {
        why: 'Mức phải đạt trong năm, do Quốc hội, Bộ Tư pháp hoặc cơ quan thi hành án giao; là mốc để đánh giá tỷ lệ.',
        limitations: [
          'Chỉ tiêu trước năm 2016 tính trên cơ sở khác (Nghị quyết 37/2012/QH13), không so sánh được với các năm sau.',
          'Thường in là “trên X%”: một ngưỡng dưới, không phải một giá trị chính xác.',
          'Nhiều cơ quan giao hoặc cam kết chỉ tiêu; nguồn của từng dòng cho biết ai đặt ra.',
        ],
      },
      thads_money_target: {
        why: 'Mức tỷ lệ về tiền phải đạt trong năm; là mốc để đánh giá tỷ lệ thi hành xong về tiền.',
        limitations: [
          'Chỉ tiêu trước năm 2016 tính trên cơ sở khác, không so sánh được với các năm sau.',
          'Thường in là “trên X%”: một ngưỡng dưới.',
        ],
      },
    } as Record<string, { why: string; limitations: string[] }>,
  },
  cite: {
    heading: 'Trích dẫn',
    languages: { vi: 'Tiếng Việt', en: 'Tiếng Anh' },
    copy: 'Chép',
    copied: 'Đã chép',
    citation: {
      publisher: 'Kết quả ngành Tư pháp',
      release: (id: string) => `Phát hành ${id}`,
      accessed: 'truy cập ngày [ngày/tháng/năm]',
      primary: 'Nguồn gốc',
      moreSources: (n: number) => `(và các nguồn khác, ${n} nguồn: xem bảng số liệu)`,
    },
  },
  embed: {
    heading: 'Nhúng',
    text:
      'Dán mã này vào trang của bạn. Khung hiển thị biểu đồ cùng nguồn và đường dẫn về trang này, ' +
      'và tự đổi chiều cao theo nội dung.',
    codeLabel: 'Mã nhúng',
    copy: 'Chép mã',
    copied: 'Đã chép',
    preview: 'Xem trang nhúng',
    fullPage: (site: string) => `Xem đầy đủ trên trang ${site}`,
  },
  share: {
    /** Open Graph's locale of the page's language. */
    locale: 'vi_VN',
  },
  about: {
    heading: 'Về dữ liệu',
    licence: 'Giấy phép:',
    licenceText:
      'phần tổng hợp của trang (lựa chọn, chuẩn hóa, mã hóa số liệu) được cấp phép CC BY 4.0: được dùng lại, kể cả ' +
      'cho mục đích thương mại, khi ghi nguồn.',
    sourcesTerms:
      'Nội dung gốc (bài viết, báo cáo, văn bản) thuộc các nơi công bố và theo điều khoản sử dụng của từng nơi; ' +
      'mỗi số liệu dẫn về nguồn của nó.',
    publishersHeading: (n: number) => `Các nơi công bố (${n})`,
    latest: 'Lần phát hành mới nhất:',
    frequency: 'Tần suất cập nhật:',
    contact: 'Liên hệ:',
    api: 'API tĩnh',
    feed: 'Nguồn cấp Atom',
    indicators: 'Các chỉ tiêu',
  },
};
