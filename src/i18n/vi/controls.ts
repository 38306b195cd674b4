/** Words of a figure's controls in the browser: the notice after a change, copy link, tips, compare. */
export const controls = {
  updated: 'Đã cập nhật theo lựa chọn',
  copyLink: 'Sao chép liên kết',
  copied: 'Đã sao chép liên kết đến hình này',
  copyFailed: 'Không sao chép được; liên kết đến hình này đã ở thanh địa chỉ',
  openInExplore: 'Mở trong Khám phá',
  tableRegion: 'Bảng số liệu (cuộn ngang được)',
  tipClose: 'Đóng',
  compareTitle: 'So sánh các tỉnh bạn chọn',
  compareLede:
    'Chọn tỉnh, thành phố và khoảng năm: bảng và biểu đồ được tính ngay trong trình duyệt bằng DuckDB-wasm ' +
    'trên cùng tệp dữ liệu, cùng câu truy vấn như khi dựng trang.',
  compareProvinces: 'Tỉnh, thành phố (chọn nhiều)',
  compareFrom: 'Từ năm',
  compareTo: 'Đến năm',
  compareRun: 'So sánh',
  compareLoading: 'Đang tính trong trình duyệt…',
  compareNone: 'Chưa chọn tỉnh nào.',
  compareEmpty: 'Các tỉnh đã chọn không có số liệu trong khoảng năm này.',
  compareMissing: (names: string) => `Không có số liệu: ${names}.`,
  placesWithoutFigure: (names: string) => `Nơi đã chọn nhưng không có số liệu nào theo bộ lọc này: ${names}.`,
  compareColumns: ['Kỳ', 'Tỉnh, thành phố', 'Tỷ lệ', 'Tử số', 'Mẫu số', 'Nguồn'],
  compareChartLabel: (n: number, from: number, to: number) =>
    `Tỷ lệ của ${n} tỉnh đã chọn, ${from}–${to}; số liệu ở bảng bên dưới.`,
  showFacts: (n: number) => `Xem ${n} số liệu`,
};
