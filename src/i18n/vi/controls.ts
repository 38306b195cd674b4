/** Words of a figure's controls in the browser: the notice after a change, copy link, tips, compare. */
export const controls = {
  updated: 'Đã cập nhật theo lựa chọn',
  copyLink: 'Sao chép liên kết',
  copied: 'Đã sao chép liên kết đến hình này',
  copyFailed: 'Không sao chép được; liên kết đến hình này đã ở thanh địa chỉ',
  openInExplore: 'Mở trong Khám phá',
  tableRegion: 'Bảng số liệu (cuộn ngang được)',
  tipClose: 'Đóng',
};
