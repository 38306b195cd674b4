/** The Explore page's static text: filters, upload and console panels, the indicator list. */
export const explorePage = {
  title: 'Khám phá số liệu',
  lede:
    'Dành cho chuyên viên phân tích: lọc số liệu theo chỉ tiêu, địa bàn và kỳ; gộp theo vùng, cụm thi đua hoặc ' +
    'bản đồ 34 tỉnh mới; viết truy vấn SQL; tải lên tệp CSV của mình để ghép với số liệu công bố; tải kết quả về ' +
    'dạng CSV, Parquet và biểu đồ SVG, PNG. Mọi tính toán chạy ngay trong trình duyệt (DuckDB-wasm); ' +
    'không dữ liệu nào rời khỏi máy bạn.',
  noJs:
    'Lọc, truy vấn SQL, tải lên và tải xuống cần JavaScript. Không có JavaScript, trang này cho xem kết quả mặc ' +
    'định (tỷ lệ thi hành án dân sự về việc, toàn quốc, theo năm) và danh sách chỉ tiêu bên dưới.',
  toc: {
    filters: 'Bộ lọc',
    result: 'Kết quả',
    upload: 'Tải lên CSV',
    console: 'Truy vấn SQL',
    indicators: 'Các chỉ tiêu',
  },
  kindGroups: {
    rate: 'Tỷ lệ',
    count: 'Số đếm',
    money: 'Số tiền',
    target: 'Chỉ tiêu kế hoạch',
    fact: 'Sự kiện, khen thưởng và số liệu khác',
  } as Record<string, string>,
  periodTypes: {
    all: 'Mọi loại kỳ',
    year: 'Năm',
    half: '6 tháng',
    quarter: 'Quý',
    months: 'Nhiều tháng',
    month: 'Tháng',
    years: 'Nhiều năm',
    range: 'Khoảng ngày khác',
  } as Record<string, string>,
  places: {
    province63: 'Tỉnh, thành phố (63, đến 30/6/2025)',
    province34: 'Tỉnh, thành phố (34, từ 1/7/2025)',
    regions: 'Vùng',
    clusters: 'Cụm, khu vực thi đua',
    noneIsAll: 'không chọn = tất cả',
  },
  filters: 'Bộ lọc',
  indicatorsLegend: 'Chỉ tiêu (chọn một hoặc nhiều)',
  level: 'Cấp địa bàn',
  levels: {
    national: 'Toàn quốc',
    province: 'Tỉnh, thành phố',
    region: 'Vùng (gộp các tỉnh)',
    cluster: 'Cụm, khu vực thi đua',
  },
  provinceMap: 'Bản đồ tỉnh',
  map63: '63 tỉnh (cũ)',
  map34: '34 tỉnh (mới, từ 1/7/2025)',
  periodType: 'Loại kỳ',
  from: 'Kỳ kết thúc từ năm',
  first: '(đầu tiên)',
  to: 'đến năm',
  latest: '(mới nhất)',
  versions: 'Mọi phiên bản (mỗi nguồn một dòng; mặc định chỉ số liệu được ưu tiên)',
  hint34:
    'Bản đồ 34 tỉnh: số liệu của các tỉnh cũ được cộng vào tỉnh mới mà chúng hợp thành (cộng tử số và mẫu số ' +
    'rồi chia). Tỷ lệ công bố không kèm tử số, mẫu số thì không gộp được.',
  uploadTitle: 'Tải lên tệp CSV của bạn',
  uploadHelp:
    'Tệp theo cùng quy ước với số liệu công bố (cột chỉ tiêu, địa bàn, kỳ, tử số, mẫu số, giá trị, đơn vị, nguồn; ' +
    'dòng đầu "# locale: vi" hoặc "# locale: en"). Tệp được đọc bằng cùng bộ chuẩn hóa như khi xây dựng trang: ' +
    'số kiểu Việt Nam, tên kỳ, tên tỉnh viết khác nhau. Dòng hợp lệ thành một bảng (upload_1, …) dùng được trong ' +
    'truy vấn SQL; dòng lỗi được liệt kê với số dòng, cột, giá trị và lý do. Dòng không ghi nguồn, hoặc ghi nguồn ' +
    'không có trong danh sách nguồn công bố, được ghi nguồn là chính tệp tải lên (upload:tên-tệp). ' +
    'Tệp chỉ được xử lý trong trình duyệt của bạn.',
  chooseFile: 'Chọn tệp CSV',
  orDrop: 'hoặc kéo thả tệp vào khung này',
  reading: 'Tiến độ đọc tệp',
  consoleTitle: 'Truy vấn SQL',
  consoleHelp:
    'Viết truy vấn SQL (DuckDB) trên các bảng observations, indicators, sources, geo, geo_aliases, ' +
    'cluster_members, movements và các bảng tải lên. Truy vấn chạy trong trình duyệt, không thay đổi dữ liệu ' +
    'công bố, và được lưu trong địa chỉ trang để chia sẻ.',
  sqlLabel: 'Câu lệnh SQL (Ctrl+Enter để chạy)',
  run: 'Chạy',
  cancel: 'Dừng truy vấn',
  downloadCsv: 'Tải CSV',
  downloadParquet: 'Tải Parquet',
  schemaTitle: 'Bảng và cột',
  schemaWaiting: 'Danh sách hiện ra khi công cụ truy vấn đã tải.',
  indicators: 'Các chỉ tiêu',
  indicatorColumns: ['Chỉ tiêu', 'Mã', 'Loại', 'Đơn vị', 'Số liệu'],
};
