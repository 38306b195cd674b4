/** The topic pages' own words: titles, ledes, headings and control choices. */
export const pages = {
  pagesNav: 'Các trang',
  contents: 'Mục lục',
  national: 'Toàn quốc',
  overview: {
    lede:
      'Chỉ số chính của ngành Tư pháp theo số liệu công bố mới nhất; mỗi số liệu kèm nguồn. ' +
      'Tỷ lệ được tính lại từ tử số và mẫu số.',
  },
  tasks: {
    title: 'Hoàn thành nhiệm vụ theo Chương trình công tác',
    lede:
      'Số nhiệm vụ đã hoàn thành trên số nhiệm vụ phải hoàn thành trong kỳ, theo các báo cáo đã công bố. ' +
      'Mỗi báo cáo có phạm vi riêng (toàn ngành, Bộ Tư pháp, các đơn vị thuộc Bộ), nên không cộng dồn.',
    scopeAll: 'Mọi báo cáo',
    scopeMinistry: 'Bộ Tư pháp',
  },
  mediation: {
    title: 'Hòa giải ở cơ sở: tỷ lệ hòa giải thành theo tỉnh',
    lede:
      'Tỷ lệ hòa giải thành = số vụ việc hòa giải thành / số vụ việc tiếp nhận. ' +
      'Tỉnh không công bố số liệu cho kỳ đã chọn không được tính là 0.',
    map: 'Bản đồ',
    ranking: 'Xếp hạng',
  },
  enforcement: {
    title: 'Thi hành án dân sự: kết quả so với chỉ tiêu',
    lede:
      'Tỷ lệ thi hành xong được tính trên số việc và số tiền có điều kiện thi hành ' +
      '(không phải trên tổng số phải thi hành). ' +
      'Năm thống kê thi hành án dân sự bắt đầu từ 1/10 năm trước và kết thúc ngày 30/9.',
    workload: 'Khối lượng phải thi hành',
    provinces: 'So sánh các tỉnh',
  },
};
