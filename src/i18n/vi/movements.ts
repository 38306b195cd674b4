/** The page on emulation movements and clusters. */
export const movements = {
  title: 'Phong trào thi đua và cụm, khu vực thi đua',
  lede:
    'Các phong trào thi đua đặt ra mục tiêu cho ngành; các cụm, khu vực thi đua nhóm các Sở Tư pháp và ' +
    'cơ quan thi hành án dân sự của nhiều tỉnh để ký giao ước và so sánh kết quả.',
  movements: 'Các phong trào thi đua',
  timelineTitle: (n: number, first: string, last: string) =>
    `${n} phong trào thi đua đã công bố, từ ${first} đến ${last}`,
  timelineSubtitle: 'Thanh: thời gian thực hiện; chấm: ngày phát động (nơi nguồn in ngày).',
  /** A launch whose day no source printed (launched_on_assumed): its year, and why no day. */
  launchYearOnly: (year: string) => `năm ${year} (nguồn không in ngày)`,
  /** Who launched it at which level: "Bộ Tư pháp (cấp Bộ)", not "Bộ, Bộ Tư pháp". */
  issuerAtLevel: (issuer: string, level: string) => `${issuer} (${level})`,
  levels: { Bộ: 'cấp Bộ', Sở: 'cấp Sở', 'Khu vực': 'cấp khu vực thi đua' } as Record<string, string>,
  timelineAlt: 'Biểu đồ thời gian các phong trào thi đua; chi tiết ở bảng dưới.',
  movementColumns: [
    'Phong trào',
    'Cấp, cơ quan phát động',
    'Phát động',
    'Quyết định',
    'Thời gian',
    'Nhiệm vụ trọng tâm',
  ],
  clusters: 'Cụm, khu vực thi đua',
  clustersNote:
    'Chỉ ghi thành viên mà nguồn liệt kê; nơi nguồn không nêu thành viên, bảng ghi “chưa rõ”, không suy đoán.',
  clusterColumns: ['Cụm, khu vực', 'Thành viên theo nguồn', 'Danh sách'],
  membersKnown: { yes: 'đủ', partial: 'một phần', no: 'chưa rõ' } as Record<string, string>,
  unknown: 'chưa rõ',
  facts: 'Khen thưởng và các kết quả khác',
  factColumns: ['Nội dung', 'Nơi, đơn vị'],
};
