/** A run of text: plain, strong or emphasised (the page renders the tags, the catalogue holds the words). */
export type Run = string | { strong: string } | { em: string };

/** The sources and method page. */
export const method = {
  method: 'Phương pháp',
  indicators: 'Định nghĩa chỉ tiêu',
  quality: 'Chất lượng số liệu',
  sourcesCount: (n: number) => `Nguồn (${n})`,
  sources: 'Nguồn',
  rules: [
    [
      { strong: 'Tỷ lệ được tính lại, không lấy trung bình.' },
      ' Tỷ lệ = tử số / mẫu số × 100. Khi gộp tỉnh hoặc kỳ, cộng tử số và mẫu số rồi mới chia. ' +
        'Số in trong báo cáo được giữ bên cạnh; chênh lệch trên 0,05 điểm phần trăm được liệt kê dưới đây.',
    ],
    [
      { strong: 'Năm thống kê thi hành án dân sự' },
      ' bắt đầu ngày 1/10 năm trước và kết thúc ngày 30/9: “năm 2022” là 01/10/2021–30/09/2022; ' +
        '“6 tháng năm 2019” là 01/10/2018–31/03/2019. Các chỉ tiêu khác theo năm dương lịch.',
    ],
    [
      { strong: 'Tỷ lệ thi hành án' },
      ' tính trên số việc, số tiền ',
      { em: 'có điều kiện thi hành' },
      ', không trên tổng số phải thi hành.',
    ],
    [
      { strong: 'Địa giới:' },
      ' 63 tỉnh, thành phố đến 30/6/2025; 34 tỉnh, thành phố từ 1/7/2025 (Nghị quyết 202/2025/QH15). ' +
        'Số liệu gắn mã tỉnh theo bản đồ có hiệu lực vào cuối kỳ.',
    ],
    [
      { strong: 'Nhiều nguồn cho cùng một số liệu:' },
      ' giữ tất cả; hiển thị số chính xác trước số làm tròn (“trên”, “gần”), rồi nguồn công bố muộn nhất.',
    ],
    [{ strong: 'Chỉ tiêu trước năm 2016' }, ' tính theo cách khác, không so sánh được với các năm sau.'],
  ] as Run[][],
  indicatorColumns: ['Chỉ tiêu', 'Loại', 'Cách tính', 'Kỳ', 'Mô tả'],
  statYear: 'năm thống kê (1/10–30/9)',
  calendar: 'năm dương lịch',
  discrepancies: (n: number) => `Tỷ lệ in khác với tử số/mẫu số (${n})`,
  discrepancyColumns: (period: string, printed: string) => [
    'Chỉ tiêu, nơi',
    period,
    printed,
    'Tính từ tử/mẫu số',
    'Chênh lệch',
    'Tệp, dòng',
  ],
  conflicts: (n: number) => `Cùng số liệu, nhiều nguồn (${n})`,
  shown: 'hiển thị',
  others: 'khác',
  warnings: (n: number) => `Ghi chú khác (${n})`,
  showNotes: 'Xem các ghi chú',
  sourcesSummary: (n: number, incomplete: number) =>
    `${n} nguồn; ${incomplete} nguồn thiếu ngày hoặc địa chỉ trang (đánh dấu “—”).`,
  sourceColumns: ['Tiêu đề', 'Nơi công bố', 'Ngày', 'Số liệu', 'Mã'],
};
