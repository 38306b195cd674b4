const COUNTS = { numerator: 'tử số', denominator: 'mẫu số' };

/** Data-quality notes, by kind: why a figure is shown as it is. */
export const quality = {
  periodLabel: (label: string, period: string) =>
    `nhãn kỳ «${label}» không khớp với ngày ghi trong tệp; dùng ngày ghi rõ ${period}`,
  periodLabelUnquoted: (period: string) => `nhãn kỳ không khớp với ngày ghi trong tệp; dùng ngày ghi rõ ${period}`,
  partialCounts: (which: 'numerator' | 'denominator' | null) =>
    `tỷ lệ được in chỉ kèm ${which ? COUNTS[which] : 'tử số hoặc mẫu số'}: ` +
    'hiển thị tỷ lệ in, dòng này không gộp được vào số tổng hợp',
  rateDiscrepancy: (printed: string, counts: string, computed: string) =>
    `số in ${printed} nhưng ${counts} = ${computed}`,
  uploadSource: (named: string, attributed: string) =>
    `nguồn «${named}» không có trong danh sách nguồn công bố: số liệu được ghi nguồn là ${attributed}`,
};
