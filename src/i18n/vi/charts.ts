/** Words drawn inside charts: axis labels, marks' tips, empty states. */
export const charts = {
  noData: 'không có số liệu',
  rateLegend: 'Tỷ lệ (%)',
  /** "QĐ. Hoàng Sa" beside the archipelago. */
  archipelago: (a: { name_vi: string; name_en: string }) => `QĐ. ${a.name_vi.replace('Quần đảo ', '')}`,
  targetOfYear: (year: number, value: string) => `Chỉ tiêu ${year}: ${value}`,
  national: (value: string) => `Toàn quốc ${value}`,
  nothingToDraw: 'Không có giá trị để vẽ',
};
