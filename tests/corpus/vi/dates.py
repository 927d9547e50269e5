"""Vietnamese dates as VnExpress, Tuổi Trẻ, Thanh Niên and TTXVN (Vietnam News Agency) write them.

House styles: ``ngày 24/2/2022`` (day first, no leading zeros), ``ngày 18 tháng 1 năm 2024``, ``thứ Sáu, ngày
19/7/2024`` (weekday inside the span), month and year ``tháng 2/2023`` and ``tháng 9 năm 2023``.

Spans: ``ngày`` (day), ``tháng`` (month) and ``năm`` (year) are the words a Vietnamese date is built from, so they
are in the span, as ``tahun`` is in Indonesian ``tahun 2050``; the preposition in front (``vào``, ``từ``) stays
outside. ``trước`` belongs to ``3 ngày trước`` as ``ago`` does in English.
"""

from __future__ import annotations

from tests.corpus.spec import C, Ex

KINDS = ("date",)

EXAMPLES: list[Ex] = [
    # Full dates
    # Month and year
    Ex(
        "Chỉ số giá tiêu dùng tháng 2/2023 tăng 4,31% so với cùng kỳ.",
        C("date", "tháng 2/2023", iso="2023-02", granularity="month"),
    ),
    Ex(
        "Việt Nam và Hoa Kỳ nâng cấp quan hệ lên Đối tác chiến lược toàn diện vào tháng 9 năm 2023.",
        C("date", "tháng 9 năm 2023", iso="2023-09", granularity="month"),
    ),
    # Day and month without a year; a month alone
    Ex(
        "Xuất khẩu gạo tăng mạnh trong tháng 8, theo Tổng cục Thống kê.",
        C("date", "tháng 8", iso="XXXX-08", resolved="2024-08", relative=False, granularity="month"),
        reference_date="2024-09-06",
    ),
    # Relative days
    Ex(
        "Thủ tướng đã tiếp Đại sứ Nhật Bản tại trụ sở Chính phủ hôm qua.",
        C("date", "hôm qua", iso=None, resolved="2024-05-07", relative=True, granularity="day"),
        reference_date="2024-05-08",
    ),
    Ex(
        "Giá vàng miếng SJC hôm nay tăng 500.000 đồng mỗi lượng.",
        C("date", "hôm nay", iso=None, resolved="2025-04-10", relative=True, granularity="day"),
        reference_date="2025-04-10",
    ),
    Ex(
        "Hà Nội sẽ có mưa to đến rất to từ ngày mai.",
        C("date", "ngày mai", iso=None, resolved="2024-09-09", relative=True, granularity="day"),
        reference_date="2024-09-08",
    ),
    Ex(
        "Con tàu cá bị mất liên lạc từ 3 ngày trước.",
        C("date", "3 ngày trước", iso=None, resolved="2024-03-17", relative=True, granularity="day"),
        reference_date="2024-03-20",
    ),
    # Weeks, months, years
    Ex(
        "Giá xăng RON 95 đã giảm mạnh vào tuần trước.",
        C("date", "tuần trước", iso=None, resolved="2024-W41", relative=True, granularity="week"),
        reference_date="2024-10-17",
    ),
    Ex(
        "Quốc hội sẽ biểu quyết thông qua dự luật vào tuần sau.",
        C("date", "tuần sau", iso=None, resolved="2025-W24", relative=True, granularity="week"),
        reference_date="2025-06-04",
    ),
    Ex(
        "Bộ Công Thương sẽ công bố giá điện mới vào tuần tới.",
        C("date", "tuần tới", iso=None, resolved="2024-W41", relative=True, granularity="week"),
        reference_date="2024-10-02",
        note="not in dateparser data: 'tuần tới' (next week; only 'tuần sau'), the usual news form",
    ),
    Ex(
        "Chỉ số giá tiêu dùng tháng trước tăng 0,3%.",
        C("date", "tháng trước", iso=None, resolved="2024-10", relative=True, granularity="month"),
        reference_date="2024-11-06",
    ),
    Ex(
        "Việt Nam đón 12,6 triệu lượt khách quốc tế năm ngoái.",
        C("date", "năm ngoái", iso=None, resolved="2023", relative=True, granularity="year"),
        reference_date="2024-01-10",
    ),
    Ex(
        "Chính phủ đặt mục tiêu tăng trưởng GDP 8% năm nay.",
        C("date", "năm nay", iso=None, resolved="2025", relative=True, granularity="year"),
        reference_date="2025-03-05",
    ),
    Ex(
        "Cây cầu dây văng này được khánh thành 10 năm trước.",
        C("date", "10 năm trước", iso=None, resolved="2014", relative=True, granularity="year"),
        reference_date="2024-06-01",
    ),
]

NEGATIVES: list[str] = [
    "Năm người bị thương trong vụ tai nạn trên quốc lộ 1A.",
    "Buổi họp báo diễn ra tại trụ sở Bộ Ngoại giao.",
    "Đội tuyển Việt Nam thắng Thái Lan 3-2 trong trận chung kết lượt về.",
    "Khoản 2 Điều 24 Luật Đất đai quy định về quyền sử dụng đất.",
]

GAPS: list[Ex] = [
    Ex(
        "Nga mở chiến dịch quân sự đặc biệt tại Ukraine ngày 24/2/2022.",
        C("date", "ngày 24/2/2022", iso="2022-02-24", relative=False, granularity="day"),
        note="gap: missing date 'ngày 24/2/2022' (found date:'24/2/2022')",
    ),
    Ex(
        "Bão Yagi đổ bộ vào Quảng Ninh và Hải Phòng ngày 7/9/2024.",
        C("date", "ngày 7/9/2024", iso="2024-09-07", granularity="day"),
        note="gap: missing date 'ngày 7/9/2024' (found date:'7/9/2024')",
    ),
    Ex(
        "Quốc hội thông qua Luật Đất đai sửa đổi ngày 18 tháng 1 năm 2024.",
        C("date", "ngày 18 tháng 1 năm 2024", iso="2024-01-18", granularity="day"),
        note="gap: missing date 'ngày 18 tháng 1 năm 2024' (found date:'18 tháng 1 năm 20",
    ),
    Ex(
        "Tổng Bí thư Nguyễn Phú Trọng từ trần vào thứ Sáu, ngày 19/7/2024, tại Hà Nội.",
        C("date", "thứ Sáu, ngày 19/7/2024", iso="2024-07-19", granularity="day"),
        note="a weekday written with its date is one claim, weekday in the span",
    ),
    Ex(
        "Dự án khởi công ngày 15/3/2023 và hoàn thành ngày 30/12/2024.",
        C("date", "ngày 15/3/2023", iso="2023-03-15", granularity="day"),
        C("date", "ngày 30/12/2024", iso="2024-12-30", granularity="day"),
        note="gap: missing date 'ngày 15/3/2023' (found date:'15/3/2023')",
    ),
    Ex(
        "Cuộc họp cấp bộ trưởng diễn ra ngày 18/11, theo thông báo của Bộ Ngoại giao.",
        C("date", "ngày 18/11", iso="XXXX-11-18", resolved="2024-11-18", relative=False, granularity="day"),
        reference_date="2024-11-25",
        note="gap: missing date 'ngày 18/11'",
    ),
    Ex(
        "Vụ cháy chung cư mini xảy ra ngày 26/12 khiến ba người bị thương.",
        C("date", "ngày 26/12", iso="XXXX-12-26", resolved="2024-12-26", granularity="day"),
        reference_date="2025-01-06",
        note="the most recent 26 December before a January reference date is in the previous year",
    ),
    Ex(
        "Kỳ thi tốt nghiệp THPT sẽ diễn ra ngày 26/6 trên cả nước.",
        C("date", "ngày 26/6", iso="XXXX-06-26", resolved="2025-06-26", granularity="day"),
        reference_date="2025-05-15",
        note="future tense (sẽ): the next 26 June on or after the reference date",
    ),
]
