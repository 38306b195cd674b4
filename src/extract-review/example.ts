/**
 * A real report excerpt for the review page's worked example (shown without JavaScript too) and its
 * "try it" button: Báo Gia Lai, July 2024 (source baogialai-com-vn-cfce0d in data/sources.csv). The
 * same text is tests/fixtures/extract/formats/report.txt (a unit test holds them equal).
 */
export const EXAMPLE_REPORT = {
  text: [
    'Bộ Tư pháp hoàn thành 104 nhiệm vụ Chính phủ, Thủ tướng Chính phủ giao\n',
    '\n',
    'Theo đó, trong 6 tháng đầu năm 2024, Bộ Tư pháp thực hiện 113 nhiệm vụ do Chính phủ, Thủ ',
    'tướng Chính phủ giao, trong đó, đã hoàn thành 104 nhiệm vụ có thời hạn, đang tiếp tục thực ',
    'hiện 9 nhiệm vụ không có thời hạn; không có nhiệm vụ quá hạn chưa hoàn thành.\n',
    '\n',
    'Các bộ, ngành, địa phương đã tổ chức 305.128 cuộc tuyên truyền pháp luật cho hơn 24 triệu ',
    'lượt người; tiếp nhận 46.627 vụ việc hòa giải, với tỷ lệ hòa giải thành đạt tỉ lệ 83,4%.',
  ].join(''),
  date: '2024-07-01',
  source: {
    id: 'baogialai-com-vn-cfce0d',
    title: 'Bộ Tư pháp hoàn thành 104 nhiệm vụ Chính phủ, Thủ tướng Chính phủ giao',
    publisher: 'baogialai.com.vn',
    url:
      'https://baogialai.com.vn/bo-tu-phap-hoan-thanh-104-nhiem-vu-chinh-phu-thu-tuong-chinh-phu-giao' +
      '-post284633.html',
    date: '2024-07-01',
  },
};
