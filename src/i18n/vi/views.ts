/** Counts behind a province that could not be moved onto the 34-province map. */
interface Coverage {
  members: number;
  reported: number;
  with_counts: number;
}

/** Figure titles, subtitles, text alternatives, table headers and notes, by view. */
export const views = {
  kpi: {
    target: (met: boolean, target: string) => `${met ? 'Đạt' : 'Chưa đạt'} chỉ tiêu ${target}`,
    change: (change: string, previous: string) => `${change} so với ${previous}`,
  },
  tasks: {
    sector: 'Toàn ngành Tư pháp',
    sectorInTitle: 'toàn ngành',
    title: (when: string, who: string, counts: string, rate: string) =>
      `${when}: ${who} hoàn thành ${counts} nhiệm vụ, đạt ${rate}`,
    empty: 'Chưa có số liệu hoàn thành nhiệm vụ',
    subtitle:
      'Thanh: tỷ lệ nguồn in trên số nhiệm vụ đến hạn; kỳ nguồn chỉ in số nhiệm vụ không có thanh; ' +
      'các phạm vi (toàn ngành, Bộ Tư pháp, các đơn vị) không cộng dồn được.',
    alt: (periods: number, min: string, max: string) => `Biểu đồ thanh: ${periods} kỳ báo cáo, từ ${min} đến ${max}.`,
    columns: ['Kỳ', 'Phạm vi', 'Hoàn thành', 'Phải hoàn thành', 'Tỷ lệ', 'Số công bố', 'Nguồn'],
  },
  workload: {
    total: 'Tổng số phải thi hành',
    withConditions: 'Có điều kiện thi hành',
    title: (when: string, amount: string, share: string) =>
      `${when}: ${amount} phải thi hành, ${share} có điều kiện thi hành`,
    empty: {
      case: 'Số việc phải thi hành và có điều kiện thi hành, theo năm thống kê',
      money: 'Số tiền phải thi hành và có điều kiện thi hành, theo năm thống kê',
    },
    subtitle:
      'Tỷ lệ thi hành xong tính trên phần có điều kiện thi hành. Năm không có cột là năm chưa có số liệu công bố.',
    alt: (years: number) =>
      `Biểu đồ cột theo ${years} năm thống kê: tổng số phải thi hành và phần có điều kiện thi hành.`,
    columns: ['Kỳ', 'Chỉ tiêu', 'Giá trị', 'Nguồn'],
  },
  enforcement: {
    measure: { case: 'về việc', money: 'về tiền' },
    empty: (what: string) => `Thi hành án dân sự ${what}: chưa có số liệu cả năm`,
    against: (met: boolean, target: string) => `, ${met ? 'vượt' : 'chưa đạt'} chỉ tiêu ${target}`,
    title: (when: string, result: string, what: string, against: string) =>
      `${when}: thi hành xong ${result} ${what}${against}`,
    subtitle: {
      case:
        'Tỷ lệ thi hành xong trên số việc có điều kiện thi hành, theo năm thống kê (1/10 năm trước – 30/9); ' +
        'vạch đứt: chỉ tiêu được giao.',
      money:
        'Tỷ lệ thi hành xong trên số tiền có điều kiện thi hành, theo năm thống kê (1/10 năm trước – 30/9); ' +
        'vạch đứt: chỉ tiêu được giao.',
    },
    legendResult: (what: string) => `Kết quả thi hành xong ${what}`,
    legendTarget: 'Chỉ tiêu của năm',
    change: (change: string) => ` (${change} so với năm trước)`,
    alt: (first: string, firstWhen: string, latest: string, change: string) =>
      `Biểu đồ đường: tỷ lệ từ ${first} (${firstWhen}) đến ${latest}${change}.`,
    columns: ['Kỳ', 'Tỷ lệ', 'Chỉ tiêu', 'Thi hành xong', 'Có điều kiện', 'Nguồn'],
  },
  choropleth: {
    why: {
      published: (_r: Coverage) => '',
      summed: (r: Coverage) => `cộng tử số, mẫu số của ${r.members} tỉnh cũ`,
      no_data: (_r: Coverage) => 'không có số liệu',
      incomplete: (r: Coverage) => `chỉ ${r.reported}/${r.members} tỉnh cũ có số liệu: không gộp được`,
      no_counts: (r: Coverage) =>
        `${r.members - r.with_counts} tỉnh cũ chỉ công bố tỷ lệ, không có tử số, mẫu số: không gộp được`,
    },
    mapName: (map: string) => `bản đồ ${map} tỉnh, thành phố`,
    title: (when: string, shown: number, total: number, mapName: string) =>
      `${when}: ${shown} trên ${total} tỉnh, thành phố có số liệu trên ${mapName}`,
    subtitle: 'Màu đậm hơn: tỷ lệ cao hơn. Gạch chéo: không có số liệu hoặc không gộp được (không phải 0).',
    subtitle34:
      ' Số liệu trước 1/7/2025 được gộp sang 34 tỉnh bằng cách cộng tử số và mẫu số, không lấy trung bình tỷ lệ.',
    legendHatch: 'Không có số liệu hoặc không gộp được',
    alt: (map: string, when: string, shown: number) =>
      `Bản đồ ${map} tỉnh, thành phố tô màu theo tỷ lệ, ${when}; ${shown} tỉnh có số liệu. ` +
      'Bảng số liệu bên dưới có đủ các số.',
    columns: ['Tỉnh, thành phố', 'Tỷ lệ', 'Tử số', 'Mẫu số', 'Ghi chú', 'Nguồn'],
    blocked: (n: number) => `${n} tỉnh, thành phố mới không gộp được từ các tỉnh cũ (xem bảng).`,
    notSplit: 'Số liệu kỳ này công bố theo 34 tỉnh, thành phố mới; không tách được về 63 tỉnh cũ.',
  },
  ranking: {
    periodChoice: (period: string, provinces: string) => `${period} (${provinces})`,
    mediationRate: 'tỷ lệ hòa giải thành',
    rate: 'tỷ lệ',
    subtitle: (national: boolean) =>
      `Tỷ lệ (%) theo tỉnh, thành phố đã công bố số liệu; vạch đứt: toàn quốc cùng kỳ${national ? '' : ' (không có)'}.`,
    legendNational: (value: string) => `Toàn quốc cùng kỳ: ${value}`,
    alt: (n: number, what: string, when: string) =>
      `Biểu đồ thanh ngang xếp hạng ${n} tỉnh, thành phố theo ${what}, kỳ ${when}.`,
    columns: ['Tỉnh, thành phố', 'Tỷ lệ', 'Số công bố', 'Tử số', 'Mẫu số', 'Nguồn'],
    missing: (n: number) => `${n} tỉnh, thành phố không có số liệu cho kỳ này (không tính là 0).`,
  },
  /** The source line under a figure with many sources: the title's own first, else the most authoritative. */
  manySources: (n: number) => `${n} báo cáo đã công bố, nguồn của từng số liệu ở bảng số liệu; `,
  titleSource: 'số ở tiêu đề: ',
  firstSource: 'trong đó: ',
};
