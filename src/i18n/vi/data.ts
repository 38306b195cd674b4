import type { DateBasis, DenominatorScope, IssueCode } from '../../lib/issues.ts';
import type { SourceKind } from '../../lib/sources.ts';

/** Words for the curation metadata of the data (src/lib/sources.ts, src/lib/issues.ts), by code. */
export const data = {
  /**
   * Bodies a figure is about (the `organisation` column), by their name in the data: the data holds the
   * Vietnamese name, so this side is empty; the English catalogue translates the known ones.
   */
  organisations: {} as Record<string, string>,
  sourceKind: {
    official_report: 'Báo cáo, văn bản chính thức',
    official_portal: 'Cổng thông tin cơ quan nhà nước',
    press: 'Báo chí',
    repost: 'Đăng lại, tổng hợp',
  } satisfies Record<SourceKind, string>,
  issue: {
    printed_rate_mismatch: 'Tỷ lệ in không khớp với số liệu in kèm',
    different_denominator: 'Tỷ lệ in tính trên mẫu số khác',
    inconsistent_as_printed: 'Số liệu in mâu thuẫn nhau',
    source_error: 'Nguồn in sai',
    different_basis: 'Tính trên cơ sở khác',
    unverified: 'Chưa đối chiếu được với nguồn',
  } satisfies Record<IssueCode, string>,
  datesBasis: {
    statistical_year: 'Nguồn không in ngày: theo năm thống kê thi hành án (1/10–30/9)',
    year_only: 'Nguồn chỉ in năm hoặc thời điểm gần đúng',
    cutoff: 'Kỳ tính đến ngày đăng bài',
    curation: 'Ngày do người biên tập xác định (xem ghi chú)',
  } satisfies Record<DateBasis, string>,
  datesAssumedMark: 'ngày giả định',
  denominatorScope: {
    all_assigned: 'Mẫu số gồm cả nhiệm vụ chưa đến hạn',
    due: 'Mẫu số là các nhiệm vụ đã đến hạn',
  } satisfies Record<DenominatorScope, string>,
  countsApproximate: 'Số đếm in là số gần đúng: tỷ lệ in là số liệu',
};
