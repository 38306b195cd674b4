/**
 * Explore over a large set read by range (src/live/partitioned-observations.ts). Not in the browser's
 * first bundle: the module that shows these words loads with the engine.
 */
export const partitioned = {
  fetched: (fetched: string, total: string, share: string, files: string, allFiles: string) =>
    `Số liệu lớn, chỉ đọc phần cần: đã tải ${fetched} trong ${total} (${share}%), ` +
    `${files}/${allFiles} tệp phân vùng; ` +
    'mỗi đoạn đã tải được đối chiếu mã SHA-256 của bản công bố.',
  loaded: (rows: string, allRows: string) =>
    `Bảng observations hiện có ${rows}/${allRows} dòng: ` +
    'bảng lệnh SQL chỉ thấy các dòng đã tải cho những lựa chọn đã xem.',
  refused: (file: string) =>
    `Tệp ${file} không khớp với chỉ mục của bản công bố (mã SHA-256 khác) nên không được dùng.`,
  units: ['B', 'KB', 'MB', 'GB'],
};
