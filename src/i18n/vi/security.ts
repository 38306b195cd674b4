/**
 * What the pages say when they refuse a link's statement, stop a query, restart the engine, or refuse
 * data that is not what the build published.
 */
export const security = {
  linkRefused:
    'Câu lệnh trong đường liên kết này không chỉ đọc dữ liệu, nên không được chạy. Đường liên kết chỉ chạy ' +
    'câu truy vấn SELECT; câu lệnh được hiện trong ô để bạn đọc. Số liệu công bố không thay đổi.',
  linkTimedOut: (seconds: number) =>
    `Câu truy vấn từ đường liên kết chạy quá ${seconds} giây nên đã được dừng; bấm Chạy nếu muốn chạy tiếp.`,
  writeRefused:
    'Bảng điều khiển SQL chỉ chạy câu truy vấn đọc dữ liệu (SELECT): số liệu công bố mà trang và bộ lọc ' +
    'hiển thị không thể bị sửa, xoá hay thêm từ đây. Lý do của DuckDB ở bên dưới.',
  restarting: 'Truy vấn không dừng kịp: đang khởi động lại bộ máy truy vấn và nạp lại dữ liệu công bố…',
  restarted: 'Đã dừng: khởi động lại bộ máy, dữ liệu công bố đã nạp lại.',
  uploadsLost: 'Các bảng bạn đã tải lên mất cùng bộ máy cũ: hãy tải tệp lên lại.',
  dataRefused:
    'Tệp dữ liệu không khớp với bản đã công bố (kích thước, mã kiểm tra SHA-256 hoặc số dòng khác với ' +
    'danh mục mà trang này được dựng cùng), nên không được dùng. Số liệu hiển thị là số liệu công bố lúc dựng ' +
    'trang; các nút truy vấn trực tiếp đã tắt. Hãy tải lại trang; nếu vẫn vậy, báo cho đơn vị quản lý trang.',
};
