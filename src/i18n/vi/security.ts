/** What the Explore page says when it refuses a link's statement, stops a query or restarts the engine. */
export const security = {
  linkRefused:
    'Câu lệnh trong đường liên kết này không chỉ đọc dữ liệu, nên không được chạy. Đường liên kết chỉ chạy ' +
    'câu truy vấn SELECT; câu lệnh được hiện trong ô để bạn đọc. Số liệu công bố không thay đổi.',
  linkTimedOut: (seconds: number) =>
    `Câu truy vấn từ đường liên kết chạy quá ${seconds} giây nên đã được dừng; bấm Chạy nếu muốn chạy tiếp.`,
  writeRefused:
    'Bảng điều khiển SQL chỉ chạy câu truy vấn đọc dữ liệu (SELECT): số liệu công bố mà trang và bộ lọc ' +
    'hiển thị không thể bị sửa, xoá hay thêm từ đây. Lý do của DuckDB ở bên dưới.',
  cancelled: 'Đã dừng truy vấn.',
  restarted:
    'Truy vấn không dừng kịp nên công cụ truy vấn đã được khởi động lại và nạp lại số liệu công bố; ' +
    'các bảng bạn tải lên hoặc tạo đã mất.',
};
