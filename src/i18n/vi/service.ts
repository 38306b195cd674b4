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
      geo_level: 'Cấp: country, province, cluster',
      geo_map: 'Bản đồ có hiệu lực vào cuối kỳ: 63 (đến 30/6/2025) hoặc 34 (từ 1/7/2025)',
      geo_name_vi: 'Tên địa bàn trên bản đồ đó, tiếng Việt',
      geo_name_en: 'Tên địa bàn, tiếng Anh',
      organisation: 'Cơ quan được nói đến khi không phải toàn địa bàn (ví dụ Bộ Tư pháp)',
      subdivision: 'Quận, huyện dưới cấp tỉnh',
      value_reported: 'Giá trị như nguồn in',
      bound: 'Giới hạn in kèm: exact, above (“trên”), below, approx (“khoảng”, “gần”)',
      value: 'Giá trị dùng để tính: tỷ lệ tính lại từ tử số/mẫu số khi có, nếu không là giá trị in',
      numerator: 'Tử số in trong nguồn',
      denominator: 'Mẫu số in trong nguồn',
      unit: 'Đơn vị: percent, VND, cases, …',
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
      'trước: số liệu thêm mới, sửa (giá trị in, giới hạn, tử số, mẫu số hoặc nguồn) và rút bỏ, kèm lý do ghi trong ' +
      'nhật ký biên tập.',
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
};
