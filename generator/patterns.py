"""What Korean news pages wrap around an article, kept as data (trafilatura's xpaths.py).

Each rule is written for the general form, not for one seed: the same widgets
come back across outlets built on the same CMS (ndsoft, Naver, Daum, ...).
"""

from __future__ import annotations

import re

# Lines that are page furniture wherever they occur: share buttons, font-size
# pop-ups, comment widgets, navigation.
WIDGET_LINES = [
    r"(이|해당된|해당) 기사를 공유합니다",
    r"(기사\s?|본문\s?)?공유(하기)?",
    r"(본문\s?)?(글자|글씨|폰트|글꼴)\s?크기(\s?설정|\s?조절|\s?조정|\s?변경|\s?작게|\s?크게|\s?키우기|\s?줄이기|\s?보통)?(하기)?",
    r"가나다라마바사",  # the sample of the font-size pop-up
    # A page's pager and tools: "이전 기사", "다음 기사 보기", "목록으로", "기사제보", "북마크"
    r"(이전|다음)(\s?기사)?(\s?보기)?|(기사\s?)?목록(으로)?|기사\s?제보(하기)?|제보하기|북마크",
    r"앱(으로)?\s?(보기|다운로드|설치)|뉴스레터\s?(구독|신청)(하기)?",
    r"이 글자크기로 변경됩니다\.?",
    r"\(예시\).*",
    r"팝업창 닫기",
    r"(창)?닫기",
    r"top\s?버튼|TOP|맨\s?위로(?:\s?이동|\s?가기)?|PC\s?화면\s?보기",
    r"더보기",
    r"모바일 버전으로 보기|PC\s?버전으로 보기",
    r"상태바",
    r"관련기사|관련 기사",
    r"(댓글|덧글)\s?\d*",
    r"댓글(삭제|쓰기|달기|보기|수정)",
    r"삭제한 댓글은 다시 복구할 수 없습니다\.?",
    r"그래도 삭제하시겠습니까\??",
    r"계정을 선택하시면 로그인·?계정인증을 통해",
    r"댓글을 남기실 수 있습니다\.?",
    r"전체 맥락을 이해하기 위해서는 본문 보기를 권장합니다\.?",
    r"(기사|본문)\s?(내용\s?)?(요약|듣기|스크랩|프린트|인쇄)",  # 기사내용 요약: the label of a summary box
    r"스크랩(하기)?",
    r"(가+|가-|가\+)",
    r"(좋아요|싫어요|추천|구독|공감|조회수?)\s?[:：]?\s?[\d,]*",
    # A blog that scrapped the article: its buttons, and its scrap line naming the post, not the outlet
    r"이웃\s?추가|서로\s?이웃\s?추가|\[출처\]\s.{1,100}\|\s?작성자\s.{1,30}",
    r"구독하기|SNS 기사보내기|기사보내기|(?:기사\s?)?(?:URL|주소|링크)\s?복사|카카오톡|페이스북|트위터|네이버\s?밴드",
    # Listening to the article: "기사 읽어주기", "기사 듣기", "음성 듣기"
    r"기사\s?(?:읽어\s?주기|듣기)|음성\s?듣기",
    # A portal's subscription prompt without its ▶: "네이버에서 가상일보를 구독하세요!", "다음 뉴스에서 가상일보 구독하기"
    r"(?:네이버|다음|카카오|구글|NAVER|Daum|Google)\s?(?:메인|홈|뉴스\s?스탠드|뉴스)?\s?에서\s.{1,30}?\s?(?:구독|팔로우)(?:하세요|하기|해\s?주세요)\s?[!.]?",
    r"입력\s?필드|검색어 입력|검색",
    r"기사\s?원문|본문\s?요약봇|요약봇|번역(하기)?|음성으로 듣기|기사\s?저장",
    # A press release's header: "담당부서 보건산업정책과", "담당자 과장 홍길동", "자료 문의: …"
    r"(?:담당\s?부서|담당자|자료\s?문의|보도\s?담당)\s?[:：]?\s?[^.]{0,40}|담당\s?[:：]\s?[^.]{0,40}",
    r"로그인|회원가입|전체\s?메뉴|메뉴(?:\s?(?:열기|닫기))?|전체\s?기사(?:\s?보기)?",
    # Portal pages (Naver, Daum) around the outlet's article
    r"본문\s?바로가기|NAVER\s?뉴스|네이버\s?뉴스|Daum\s?뉴스|다음\s?뉴스|PICK|언론사\s?픽",
    r"텍스트 음성 변환 서비스 사용하기|글자 크기 변경하기|SNS 보내기|인쇄하기|기사\s?원문",
    r"기자\s?프로필|(?:구독자|응원수|응원)\s?[\d,]*|기사 섹션 분류 안내",
    r"홈|번역\s?설정|요약\s?보기|자동\s?요약|기사 제목과 주요 문장을 기반으로 자동요약한 결과입니다\.?",
    r"지면\s?[A-Z]?\d+(?:면)?|클린뷰|프린트(?:하기)?|인쇄|[\d,]+|\d+\s?/\s?\d+",  # 지면A12: the print page; a lone count; "0 / 300", a comment box's counter
    # Recommending, rating and commenting: "이 기사를 추천합니다", "추천 0 비추천 0", "이 기사 어떠셨나요?", "독자 의견"
    r"(?:이\s?)?기사를?\s?추천(?:합니다|하기)?|(?:(?:비?추천)\s?\d+\s*)+|이\s?기사\s?어떠셨나요\??|기사\s?평가(?:하기)?|"
    r"독자\s?의견|의견\s?(?:남기기|쓰기|달기)",  # "댓글 2개": COMMENTS_HEADING
    # Translating and listening: Daum's "번역beta" and "Translated by kaka i", "본문 듣기 시작", "음성재생 설정"
    r"번역\s?beta|Translated by .{1,20}|본문\s?듣기(?:\s?시작|\s?종료)?|음성\s?재생(?:\s?설정)?|주소\s?복사|네이버\s?메인에서\s?보기",
    r"▶\s?(?:관련\s?기사.*|.*구독(?:하세요|하기).*|제보는\s.*|.*앱.{0,20}(?:다운|설치).*)",
    r"<?\s?제보는\s(?:카카오톡|카톡|이메일|메일).*",  # Yonhap's tip line, with or without its ▶
    r"☞.*|AD|광고|Advertisement|<?이미지를 클릭하시면 크게 보실 수 있습니다\.?>?",
    # The link to a reporter's other stories; with a name it says 의
    # ("홍길동 기자 다른기사 보기" is a byline and its button, BYLINE_BUTTONS)
    r"(?:[가-힣]{2,4}\s?기자의|기자의?)\s?(?:(?:다른\s?)?기사\s?(?:더\s?)?보기|다른\s?기사)",
    # Where a copy leaves a photo or a video out: "[사진]", "(이미지)", "사진 확대", "동영상 재생"
    r"[\[(<]?\s?(?:사진|이미지|그래픽|인포그래픽|영상|동영상)\s?[\])>]?|(?:사진|이미지)\s?(?:확대|크게\s?보기|원본\s?보기)|(?:동영상|영상)\s?(?:재생|보기)",
    # A report page's labelled fields above the text (KOTRA's 해외시장뉴스: "국가 미국", "키워드 바이오, 클러스터"),
    # and a row of hashtags
    r"국가\s*[:：]?\s*[가-힣A-Za-z]{2,10}|(?:키워드|태그|keywords?|tags?)\s*[:：]?\s.{1,80}|(?:#\S+\s*)+",
    # The portals' reaction buttons, each with its count, alone or in a row as a copy runs them together
    # (Naver's 좋아요 … 후속기사 원해요, its economy section's 쏠쏠정보 … 후속강추, Daum's 추천해요 … 감동이에요)
    r"(?:(?:좋아요|훈훈해요|슬퍼요|화나요|후속\s?기사\s?원해요|추천해요|감동이에요|쏠쏠정보|흥미진진|공감백배|분석탁월|후속강추)"
    r"\s?[\d,]*\s*)+",
    # An outlet's note on a contributor's column: "※ 외부 필자의 원고는 본지의 편집 방향과 다를 수 있습니다."
    r"[※*]?\s?.{0,40}?(?:본지|당사|본사|본\s?매체)의?\s?(?:편집\s?(?:방향|방침)|입장|견해|논조)(?:과|와)?는?\s?"
    r"(?:다를|일치하지\s?않을|무관할)\s?수\s?있(?:습니다|음)\.?",
    # A financial outlet's note that its premium service carried the story first, with that earlier time
    # ("이 기사는 2024년 05월 17일 15:21 thebell에 표출된 기사입니다."): not this copy's date
    r"[※*]?\s?이\s?기사는\s.{0,80}?(?:표출|게재|출고|송고|실린|선공개|먼저\s?공개)된?\s?기사입니다\.?",
    # A broadcast report's script marks who speaks: "[앵커]", "[리포트]", "◀ 인터뷰 ▶"
    r"(?:\[\s?|◀\s?)(?:앵커(?:\s?멘트)?|리포트|기자|인터뷰|녹취|현장음|싱크|SYNC|INT|스탠드업|CG)(?:\s?\]|\s?▶)",
]

# Daum's machine summary sits between these two lines; its sentences repeat the body.
SUMMARY_START = re.compile(r"^전체 맥락을 이해하기 위해서는 본문 보기를 권장합니다\.?$")

# An outlet's machine summary above the text, under its label ("AI 요약", "AI 기사요약", "인공지능 요약(beta)"):
# its lines are a machine's, not the article's, up to its note that a machine wrote them ("AI가 요약한
# 내용으로, 전체 맥락은 본문을 확인해 주세요.") and the bulleted lines around that (extract._without_machine_summary).
AI_SUMMARY_LABEL = re.compile(r"^(?:AI|인공지능)\s?(?:기사\s?|핵심\s?|세\s?줄\s?|3줄\s?)?요약(?:\s?\(?beta\)?|\s?보기)?$", re.IGNORECASE)
AI_SUMMARY_NOTE = re.compile(r"^(?=.*요약)(?=.*(?:\bAI|인공지능))", re.IGNORECASE)  # of the summary, and of the machine
SUMMARY_BULLET = re.compile(r"^[•·▪◦\-–*▶▷✔✓]\s?\S")

# A release forwarded or saved from a mail program: its header lines at the top ("From: …", "Sent: …",
# "보낸 사람: …", "제목: …"), a line that marks where the forwarded part starts ("----- 보도자료 -----",
# "---------- Forwarded message ---------"), and the sender's own words around it (extract._without_mail).
# Among the headers, one naming who sent or got it: a release's own "제목: …" and "날짜: …" make no mail.
MAIL_HEADER = re.compile(
    r"^(?:(?P<party>From|Sent|To|Cc|Bcc|보낸\s?사람|받는\s?사람|참조|숨은\s?참조|보낸\s?날짜)|Date|Subject|날짜|제목)\s?:\s?\S", re.IGNORECASE
)
MAIL_SUBJECT = re.compile(
    r"^(?:Subject|제목)\s?:\s?(?:(?:RE|FWD?|회신|전달)\s?:\s?)*(?:\[(?:보도\s?자료|press release)\]\s?)?(?P<subject>.+)$", re.IGNORECASE
)
# A release's form labels its headline: "제목: 보건복지부, …".
TITLE_LABEL = re.compile(r"^(?:제목|title)\s?[:：]\s?", re.IGNORECASE)
MAIL_SEPARATOR = re.compile(r"^(?:-{2,}.*-{2,}|_{5,}|={5,})$")
MAIL_GREETING = re.compile(r"^(?:안녕하(?:세요|십니까)|수고\s?많으십니다)|(?:송부|전달|공유)\s?(?:드립니다|드리오니|드려요)|참고\s?(?:부탁|바랍)")
MAIL_CLOSING = re.compile(r"(?:감사합니다|고맙습니다)[.!]*|.{0,30}\s(?:드림|올림)|(?:best\s)?regards,?|thanks?,?|thank you\.?", re.IGNORECASE)

# The weather ticker: "맑음서울2.4℃", with or without a bullet.
WEATHER_LINE = re.compile(
    r"^(?:[•·\-*]\s*)?(?:맑음|흐림|구름많음|구름조금|박무|연무|안개|황사|비|눈|소나기|진눈깨비|뇌우|안개비)"
    r"\s?[가-힣()]*\s?-?\d+(?:\.\d+)?\s?(?:℃|°C|도)$"
)

# A page-header date with no time, e.g. "2020.02.24 (월)", "2024년 6월 5일 수요일": the day the page was
# saved, not the article's date.
BARE_DATE_LINE = re.compile(
    r"^(?:\d{4}[.\-/]\s?\d{1,2}[.\-/]\s?\d{1,2}\.?|\d{4}\s?년\s?\d{1,2}\s?월\s?\d{1,2}\s?일)\s*"
    r"(?:\(?[월화수목금토일](?:요일)?\)?)?(?:\s*[|·]?\s*(?:오늘의\s?)?날씨)?$"  # "… 수요일 오늘의 날씨": the weather box's
)

# Lines after which nothing is the article any more.
END_MARKERS = [
    r"주요\s?기사",
    r"많이 본 (뉴스|기사)",
    r"(인기|추천|최신|핫)\s?(뉴스|기사)",
    r"이 시각 (주요|많이 본)\s?뉴스",
    r"(당신|회원님)이 좋아할 만한 (뉴스|기사)",
    r"오늘의 주요뉴스",
    r"베스트\s?클릭",
    r"에디터\s?추천",
    r"(포토|영상)\s?뉴스",
    r"[<\[]?\s?붙\s?임\s?\d*\s?[>\]]?(?:\s.{0,60})?",  # a press release's attachments: "<붙임> 행사 개요", "붙임 1. 일정"
    # The article's keywords, as a heading with a word a line under it ("키워드" / "보스턴" / "바이오")
    r"[\[<]?\s?(?:관련\s?)?(?:키워드|태그|해시태그|Tags?|Keywords?)\s?[\]>]?",
]
# The heading of a release's contacts: the text ends there, but the release service's notice under
# the block still names the outlet (extract._cut_footer).
CONTACTS_HEADING = re.compile(r"^(?:언론|홍보|보도|취재)?\s?(?:연락처|문의처)\s*[:：]?$")

# A news site's footer, as a whole-page copy has it above the notice: its links ("회사소개 | 광고문의 |
# 개인정보처리방침 | …") and its imprint ("제호: … | 등록번호: 서울 아00000 | 등록일: 2015.03.02 | 발행인: …").
# The text ends there; the imprint's registration day ("등록일") is the paper's, and it became the article's date.
_IMPRINT_LABEL = (
    r"(?:제호|등록\s?번호|등록\s?일자?|발행인|편집인|발행소|발행\s?일자?|사업자\s?등록\s?번호|통신판매업\s?신고\s?번호|"
    r"청소년\s?보호\s?책임자|대표\s?전화|편집\s?국장)"
)
_FOOTER_LINK = (
    r"(?:회사\s?소개|광고\s?(?:문의|안내)|개인정보\s?(?:처리|취급)\s?방침|청소년\s?보호\s?정책|이메일\s?무단\s?수집\s?거부|"
    r"이용\s?약관|저작권\s?정책|고충\s?처리인?|제휴\s?문의|구독\s?신청|찾아오시는\s?길|편집\s?규약|윤리\s?강령)"
)
SITE_FOOTER_ITEM = re.compile(_IMPRINT_LABEL + "|" + _FOOTER_LINK)
SITE_FOOTER_START = re.compile(r"^" + _IMPRINT_LABEL + r"\s?[:：]")

# Where the readers' comments start under the text ("댓글 2개", "전체 댓글 12", "댓글쓰기"): each comes with its
# writer's name and time, and a comment's time under a text with no stamp became the article's date.
COMMENTS_HEADING = re.compile(r"^(?:전체\s?)?(?:댓글|덧글)\s?(?:\d+\s?개?|\(\d+\)|\[\d+\])?$|^(?:댓글|덧글)\s?(?:쓰기|달기|작성)$")

# Where a paid article's copy stops: the outlet asks the reader to pay or log in for the rest ("이 기사는 유료
# 구독자만 볼 수 있습니다.", "전체 기사를 보시려면 로그인해 주세요", "나머지 내용은 구독 후 확인하실 수 있습니다").
# It addresses the reader about reading the rest (a supporters' note, "이 기사는 구독자 여러분의 후원으로
# 만들어집니다.", is none), and nothing that reads as text follows it (extract._cut_footer).
PAYWALL = re.compile(
    r"^[\s※*▶>]*(?:이\s?(?:기사|콘텐츠|글)(?:는|은)|(?:전체|나머지|이후|이어지는|남은)\s?(?:기사|내용|본문|콘텐츠)(?:은|는|을|를)?)\s"
    r"(?=.{0,80}?(?:볼\s?수|보실\s?수|보시려면|보려면|읽으려면|읽을\s?수|열람|전용|확인하실\s?수|확인할\s?수))"
    r".{0,40}?(?:유료|프리미엄|로그인|구독|결제|회원\s?(?:만|전용))"
    r".{0,60}?(?:니다|세요|십시오)\.?(?:\s.{0,40}?(?:니다|세요|십시오)\.?)?$"
)

# Copyright lines name the outlet and end the article.
# A release service's notice under every release it carries (뉴스와이어's form).
_RELEASE_NOTICE = r"^이 (?:뉴스|기사|보도자료)는 .{0,40}?(?P<outlet>[가-힣A-Za-z0-9]+)(?:을|를) 통해 배포한 보도자료입니다"
# Where a notice begins on a line that is one (bylines may come before it); with the mark alone
# ("ⓒ 뉴스1") a line may credit a photo instead.
_NOTICE_WORDS = r"저작권자|copyright|all rights reserved|무단\s?(?:전재|배포)|재배포\s?금지|" + _RELEASE_NOTICE
# A notice is a line that opens as one ("Copyright …", "<저작권자 …", "- Copyright ⓒ 헬스조선 -") or holds
# its formula ("무단 전재 및 재배포 금지", "All rights reserved"), not one that has its words: prose naming
# copyright ("… holds the copyright to …", "저작권자와의 협의 없이 …", "무단 배포를 금지하는 법안 …") ended
# the article there.
_DASHES = r"\-–—"  # a notice's decoration: "- Copyright ⓒ 헬스조선 -", "— ⓒ 헬스조선 —"
NOTICE = re.compile(
    r"^[\s<\[(【*※" + _DASHES + r"]*(?:copyrights?\b|저작권자|(?:본|이)\s?(?:기사|콘텐츠)의\s?저작권은"
    # the mark and a year: "(c) 2024 Yonhap News Agency" (a photo's credit gives no year)
    r"|(?:ⓒ|©|\(c\))\s*(?:19|20)\d\d\b)|all rights reserved"
    r"|(?:무단\s?(?:전재|배포|복제)|재배포)[^.]{0,30}?(?:금지|금합니다|금함)(?=[\s.,>\])」】]|$)|" + _RELEASE_NOTICE,
    re.IGNORECASE,
)
# Newsis' notice under its text: a line of its own. Not a notice word anywhere: the wires end
# every photo caption with it ("… 2023.9.12 [한국바이오협회 제공. 재판매 및 DB 금지]").
RESALE_NOTICE = re.compile(r"^[\s*※<\[(]*재판매\s?및\s?DB\s?금지[\s>\])]*$")
COPYRIGHT = re.compile(r"(?:" + _NOTICE_WORDS + r"|ⓒ|©|\(c\))", re.IGNORECASE)
_CMARK = r"(?:ⓒ|©|\([cC]\))"
OUTLET_PATTERNS = [
    # "이 뉴스는 기업·기관·단체가 뉴스와이어를 통해 배포한 보도자료입니다."
    re.compile(_RELEASE_NOTICE),
    # <저작권자 ⓒ 서울경제, 무단 전재 및 재배포 금지>, 저작권자(c) 연합뉴스
    re.compile(r"저작권자\s*(?:[:：]\s*)?" + _CMARK + r"?\s*[:：]?\s*(?P<outlet>[^,<>\[\]()|]+?)\s*(?:[,.|>\]()]|무단|재배포|$)"),
    # Copyright © 서울경제. 무단전재 ... / Copyright ⓒ 2024 서울경제신문 All rights reserved
    re.compile(
        r"copyrights?\s*" + _CMARK + r"?\s*(?P<outlet>[^,<>|.]+?)\s*"
        r"(?:[,.|>]|all rights|무단|재배포|$)",
        re.IGNORECASE,
    ),
    # "본 기사의 저작권은 메디칼타임즈에 있습니다.", "이 기사는 바이오스펙테이터의 자산입니다." (before their formula)
    re.compile(r"^[<\[(※*\s]*(?:본|이)\s?(?:기사|콘텐츠)의\s?저작권은\s?(?P<outlet>[^\s,.]{2,20}?)(?:에게|에)\s?있"),
    re.compile(r"^[<\[(※*\s]*(?:본|이)\s?(?:기사|콘텐츠)는\s?(?P<outlet>[^\s,.]{2,20}?)의\s?(?:자산|재산|저작물)"),
    # The mark after the formula: "무단전재 및 재배포 금지 ⓒ 메디컬타임즈"
    re.compile(r"(?:금지|금합니다|금함)[\s.,|/]*" + _CMARK + r"\s*(?P<outlet>[^<>|\]]+?)\s*(?:[>\]]|$)"),
    # ⓒ 서울경제 / ⓒ서울경제 (a bare mark at the start of the line, maybe after a bracket or a dash: "— ⓒ 헬스조선 —")
    re.compile(r"^[<\[(" + _DASHES + r"]?\s*" + _CMARK + r"\s*(?P<outlet>[^<>|\]]+?)\s*(?:무단|재배포|all rights|[>\]]|$)", re.IGNORECASE),
]
# A year (or years) and "by" before the name: "ⓒ 2024 바이오타임즈", "Copyright © 2023-2024 by 서울경제".
# The company's form before it: "㈜연합뉴스", "주식회사 바이오타임즈".
OUTLET_HEAD = re.compile(r"^(?:\d{4}(?:\s*[-~]\s*\d{4})?\s*)?(?:by\s+)?(?:㈜\s?|\(주\)\s?|주식회사\s)?", re.IGNORECASE)
# What follows an outlet's name in a notice and is not part of it: "매일경제 & mk.co.kr",
# "중앙일보 (https://…)", "매일신문 - www.imaeil.com", "서울경제. 무단전재", "헬스조선 —".
OUTLET_TAIL = re.compile(r"\s*(?:&|\(|https?:|www\.|\swww$|\s[" + _DASHES + r"](?:\s|$)|\.(?:\s|$))")
# A company's form after its name in an English notice: "JoongAng Ilbo Co., Ltd.", "… Inc."
CORPORATE_SUFFIX = re.compile(r"\s+(?:Co|Inc|Corp|Ltd|LLC)\.?$", re.IGNORECASE)
# Stock photo agencies: a line crediting one ("ⓒ게티이미지뱅크" under the text) is a photo's credit, not the
# notice, and they are no outlet.
STOCK_PHOTO = re.compile(
    r"게티\s?이미지|getty\s?images|셔터스톡|shutterstock|아이클릭아트|클립아트코리아|이미지투데이|픽사베이|pixabay|"
    r"언스플래시|unsplash|프리픽|freepik|123rf|아이스톡|istock",
    re.IGNORECASE,
)
# Words that an outlet pattern may catch but that are not an outlet name.
NOT_OUTLETS = {"무단", "무단전재", "무단 전재", "all", "all rights reserved", "재배포"}

# Reporter titles; a name is 2-4 syllables right before one of them.
REPORTER_TITLE = r"(?:(?:선임|수석|대|[가-힣]{0,3}전문|객원|인턴|수습|취재|사진|영상)?\s?기자|특파원|통신원|논설위원|편집위원|전문위원)"  # 의학전문기자, 대기자
NAME = r"[가-힣]{2,4}"
EMAIL = r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[a-z]{2,})+"  # lower-case TLDs end at "Copyright"
# Names written together before one title: "홍길동·김철수 기자", "홍길동, 김철수 기자";
# after a wire or bracket opening, also with spaces: "(서울=연합뉴스) 김잔디 이주원 기자 =".
NAMES = r"(?:" + NAME + r"\s?[·,]\s?)*" + NAME
SPACED_NAMES = r"(?:" + NAME + r"\s?[\s·,]\s?)*" + NAME
# "(서울=연합뉴스) 김잔디 기자 =", "[서울=뉴시스]홍길동 기자 =", "【서울=뉴시스】": wire copy opens the body so.
# "[더벨]홍길동 기자 =": the outlet alone in the brackets (unless it is an editorial tag, EDITORIAL_TAGS).
_DATELINE = (
    r"^(?:[(\[【](?P<place>[가-힣A-Za-z ]+)=(?P<outlet>[가-힣A-Za-z0-9 ]+)[)\]】]|\[(?P<tag>[가-힣A-Za-z0-9]{2,15})\])\s*"
    r"(?P<names>" + SPACED_NAMES + r")\s?" + REPORTER_TITLE
)
DATELINE = re.compile(_DATELINE + r"\s*=\s*")
# The same on a line of its own, the lead under it (a page that sets the dateline apart), its "=" maybe left out.
DATELINE_LINE = re.compile(_DATELINE + r"\s*=?\s*$")
# A wire's dateline with no reporter, as its unsigned briefs open: "(서울=연합뉴스) 보건복지부는 …",
# "[서울=뉴시스] …", "(서울=뉴스1) = …"; not a photo's credit ("(사진=연합뉴스)").
UNSIGNED_DATELINE = re.compile(
    r"^[(\[【](?P<place>(?!사진|그래픽|자료|영상|출처|제공)[가-힣A-Za-z]+)=(?P<outlet>(?![^)\]】]*" + REPORTER_TITLE + r")[가-힣A-Za-z0-9 ]+)[)\]】]\s*(?:=\s*)?(?=\S)"
)
EDITORIAL_TAGS = {"단독", "속보", "종합", "인터뷰", "기획", "칼럼", "사설", "포토", "영상", "르포", "분석", "이슈", "해설", "현장", "전문"}

# How Korean outlets' names end (파이낸셜뉴스, 신아일보, 서울경제, 데일리팜 …): an outlet's tag at the start of
# the lead ("[파이낸셜뉴스] 본문") is told from an editorial one ("[단독]", "[인터뷰]") so.
OUTLET_LIKE = r"(?:뉴스|일보|신문|경제|방송|통신|타임즈|타임스|투데이|저널|미디어|데일리|팜|헤럴드|닷컴|포스트)"
# A line that is only an outlet's name, as a page prints its masthead above or under the headline ("중앙일보").
MASTHEAD = re.compile(r"[가-힣A-Za-z0-9]{1,15}" + OUTLET_LIKE)
# Beside a reporter's name an outlet may give its two titles: "의학신문·일간보사 홍길동 기자". Not on a line
# alone, where a section's two words stand so ("경제·산업").
_SECOND_TITLE = r"(?:·[가-힣A-Za-z0-9]{2,10})?"
BYLINE_OUTLET = re.compile(MASTHEAD.pattern + _SECOND_TITLE)
# "[메디파나뉴스 = 박철민 기자] 본문", "[머니투데이 홍길동 기자] 본문": outlet and reporter open the lead;
# "[이투데이/홍길동 기자] 본문" too, when the name before the slash ends as outlets' names do (not a region).
# "[더팩트ㅣ홍길동 기자]", "[더팩트 | 홍길동 기자]": a bar (or the Hangul letter ㅣ drawn as one) between them;
# "[아시아경제 뉴욕=홍길동 특파원]", "[뉴욕=홍길동 특파원]": a correspondent's city before the "=" (bracket_outlet).
LEAD_BYLINE = re.compile(
    r"^[\[【](?:(?P<outlet>[^\]】=/|ㅣ]{2,20}?)\s*(?P<sep>[=|ㅣ]|\s)|(?P<slashed>[^\]=/\s]{0,15}" + OUTLET_LIKE + r")\s*/)\s*"
    r"(?P<names>" + SPACED_NAMES + r")\s?" + REPORTER_TITLE + r"\s*[\]】]\s*"
)
# "[헬스코리아뉴스 / 홍길동] 본문": outlet and reporter with no title. The outlet must end as outlets' names do
# and a sign stand between the two: "[대전/정태경]", "[인터뷰/홍길동]" and "[청년의사 홍길동]" are no bylines,
# nor is what follows an outlet's name as a credit or a story's form ("[메디팜뉴스/사진]", "[보건뉴스=종합]").
_NO_PERSON = "|".join(sorted(EDITORIAL_TAGS | {"사진", "그래픽", "자료", "제공", "편집", "공동취재"}))
UNTITLED_BRACKET_BYLINE = re.compile(
    r"^[\[【](?P<outlet>[^\]】=/|ㅣ\s]{0,15}" + OUTLET_LIKE + r")\s*[=/|ㅣ]\s*"
    r"(?!(?:" + _NO_PERSON + r")\s*[\]】])(?P<names>" + NAMES + r")\s*[\]】]\s*"
)
LEAD_OUTLET_TAG = re.compile(r"^\[(?P<outlet>[가-힣A-Za-z0-9]{1,15}" + OUTLET_LIKE + r")\]\s*")
# Tags that end as outlets' names do but name a story's form: "[카드뉴스]", "[포토뉴스]", "[영상뉴스]".
FORM_TAG = re.compile(r"(?:카드|포토|영상|동영상|그래픽|인포|데이터|이슈|핫|속보|단독|주간|월간|오늘의|모닝|이브닝)뉴스")
# On a line of its own: "[신아일보] 대전/정태경 기자" (outlet in brackets, an optional region
# before a slash), "[메디파나뉴스 = 박철민 기자]", "[머니투데이 홍길동 기자]".
BRACKET_BYLINE = re.compile(
    r"^[\[【](?P<outlet>[^\]】=|ㅣ]{2,20}?)\s*(?:[\]】]\s*|(?P<sep>[=|ㅣ])\s*|\s)(?:[가-힣]+\s?/\s?)?(?P<names>"
    + SPACED_NAMES + r")\s?" + REPORTER_TITLE + r"\s*[\]】]?"
)
# The label many outlets' pages print before the byline ("기자명 홍길동 기자", the label and the
# name often run together when the page is copied: "기자명홍길동 기자 입력 2024.03.15 10:00"),
# alone on its line when the page set them apart.
BYLINE_LABEL = re.compile(r"^\s*기자\s?(?:명|이름)\s*[:：]?\s*")
# The title before the name, on a line holding nothing else: "기자 홍길동". Three syllables, as
# most names are: a page's buttons and labels there are two or four ("기자 구독", "기자 정보",
# "기자 전체기사": 구, 정 and 전 open names too). Not a meeting (기자 간담회, 기자 설명회).
TITLE_FIRST_BYLINE = re.compile(r"^\s*기자\s*[:：]?\s*(?P<name>[가-힣]{3})(?<!회)\s*$")
# A report's labelled author, with the office after the name: "작성자 홍길동 미국 보스턴무역관" (KOTRA).
AUTHOR_LINE = re.compile(r"^(?:작성자|글쓴이|필자)\s*[:：]?\s*(?P<names>" + NAMES + r")(?=\s|$)")
# Korean surnames, most common first. A word shaped as a name that does not start with one is not a
# person: a titled "name" ("기업 대표"), an outlet before the title ("홍길동 헬스조선 기자").
SURNAMES = set(
    "김이박최정강조윤장임한오서신권황안송류유홍전고문양손배백허남심노하곽성차주우구민진나지엄채원천방공현함변염"
    "여추도소석선설마길연위표명반왕금옥육인맹제모탁국어은편용예경봉사부가복태목형피두감음빈동온호범좌팽승간상갈"
)
# The reporter, a word, the title: the outlet before 기자 ("홍길동 헬스조선 기자", "홍길동 메디게이트뉴스 기자"),
# the city before 특파원 or 통신원 ("홍길동 워싱턴 특파원"). The word was read as the reporter's name, or
# nothing was read; extract.bylines tells it from a second name.
NAME_WORD_BYLINE = re.compile(
    r"^(?P<name>" + NAME + r")\s+(?P<word>[가-힣A-Za-z0-9·]{2,15})\s(?:(?P<reporter>기자)|특파원|통신원)$"
)
# "메디파나뉴스 = 박철민 기자", "데일리팜=홍길동 기자": the outlet, an equals sign, the reporter.
# The name must end as outlets' names do: "워싱턴=김철수 특파원", "대전=정태경 기자" name a city.
OUTLET_EQUALS_BYLINE = re.compile(
    r"^(?P<outlet>[^\s=/\[\]]{1,18}?" + OUTLET_LIKE + _SECOND_TITLE + r")\s*=\s*(?P<names>" + NAMES + r")\s?" + REPORTER_TITLE
)
# The photographer beside the reporter on a byline line: "홍길동 기자 / 사진=김철수 기자"
# ("글·사진=홍길동 기자" is one person who wrote and photographed).
PHOTOGRAPHER = re.compile(r"(?<![가-힣·])(?:사진|영상|그래픽)\s?=\s?" + NAMES + r"\s?" + REPORTER_TITLE)
# "(메디게이트뉴스)" after the reporter's name.
OUTLET_IN_BRACKETS = re.compile(r"[(\[](?P<outlet>[^()\[\]\s]{1,18}" + OUTLET_LIKE + r")[)\]]")
# "안경진 기자", "• 문윤희 기자", "김윤수 기자 sookim@x.com", "/이주원기자 lee@x.com", "홍길동·김철수 기자"
REPORTER = re.compile(r"(?:^|[\s/•·|,=(<\[【])(?P<names>" + NAMES + r")\s?" + REPORTER_TITLE + r"(?![가-힣])")
# The buttons a page prints beside a byline: "▶기자 구독", "+ 구독", "다른기사 보기", "기사 더보기", "프로필",
# "SNS 기사보내기".
# 기자 is the button's own only after its mark: in "홍길동 기자 구독" it is the reporter's title.
BYLINE_BUTTONS = re.compile(
    r"(?:[▶+]\s?(?:기자\s?)?|(?<=\s)|^)(?:구독(?:하기)?|다른\s?기사(?:\s?보기)?|기사\s?더\s?보기|프로필|응원하기|(?:SNS\s?|이메일\s?)?기사\s?보내기)(?=\s|$)"
)
# A broadcast report's last line: "KBS 뉴스 홍길동입니다.", "MBC뉴스 홍길동입니다.", "채널A 홍길동입니다."
# The outlet holds a Latin letter, as Korean broadcasters' names do; "저는 홍길동입니다." is no sign-off.
BROADCAST_SIGNOFF = re.compile(
    r"^(?P<outlet>(?=[가-힣0-9]*[A-Za-z])[A-Za-z0-9가-힣]{2,12}?)\s?(?:뉴스\s)?(?P<name>" + NAME + r")입니다\.?$"
)
# An English edition's byline, on a line of its own: "By Hong Gil-dong", "By Kim Chul-soo and Lee Young-hee"
# (an e-mail address after it is taken out first). Only names: "By Friday, the firms …" is prose.
# Names as written or in capitals ("BY HONG GIL-DONG [hong@…]", as Korea JoongAng Daily prints them).
_ENGLISH_NAME = r"(?:[A-Z][a-z]+(?:[ -][A-Z]?[a-z]+){1,2}|[A-Z]+(?:[ -][A-Z]+){1,2})"
_ENGLISH_NAMES = r"(?P<names>" + _ENGLISH_NAME + r"(?:\s*(?:,|and|AND|&)\s*" + _ENGLISH_NAME + r")*)[\s()<>\[\]]*$"
# Only a Korean name and an e-mail address, as an English edition signs off: "Hong Gil-dong (hong@…)";
# or the name beside the stamp ("Hong Gil-dong | Published 2024.06.03 14:20").
# The hyphened given name tells it from a contact line ("Seoul National University (snu@…)") or a heading.
ENGLISH_SIGNOFF = re.compile(r"^(?P<names>[A-Z][a-z]+ [A-Z][a-z]+-[a-z]+)[\s()<>\[\]]*$")
ENGLISH_BYLINE = re.compile(
    r"^(?:By|BY)\s+" + _ENGLISH_NAMES
)
# Yonhap's end mark, in Korean and in its English service.
END_MARK = re.compile(r"\s*\((?:끝|END)\)\s*$")
# Tokens that look like names before 기자 but are not.
NOT_NAMES = {"사진", "영상", "취재", "편집", "본지", "뉴스", "담당", "기자", "온라인", "디지털", "객원", "인턴", "수습",
             # a title between two names ("홍길동 통신원·김철수 기자") reads as a third name
             "통신원", "특파원", "대기자", "논설위원", "편집위원", "전문위원", "선임기자", "수석기자", "객원기자", "인턴기자", "수습기자"}

# Publication labels; a date after one of these is the article's own.
# 보도시점/보도일시: when a press release may be published; 배포일시: when it was sent out.
PUBLISHED_LABELS = r"(?:기사\s?입력|최초\s?입력|입력|기사\s?승인|승인|등록|게재|발행|송고|기사\s?전송|작성|게시|보도\s?(?:시점|일시|일자|일)|엠바고|배포|Posted|POSTED|Published|PUBLISHED|Input|INPUT|Date)"
# Never a publication date, so a label here only ever keeps a date from being taken: "편집", "갱신", "변경",
# "Last updated", "last modified", "Edited" were read as unlabelled stamps.
MODIFIED_LABELS = (
    r"(?:최종\s?수정|수정|최종\s?편집|편집|업데이트|갱신|변경|(?:[Ll]ast\s)?[Uu]pdated|UPDATED|(?:[Ll]ast\s)?[Mm]odified|MODIFIED"
    r"|[Ee]dited|[Rr]evised)"
)
# The day may not run on into more digits: "06/03/2024" (an American month first) is no 2006-03-20.
# Separators may be full-width ("２０２４－０４－１８ ０９：５０"), as an input method or an older
# template types them, or a word processor's dashes (‐ – −); \d matches full-width digits already,
# and int() reads them.
_DATE_SEPARATORS = "./\\-‐‑–−．－／"
DATE = (
    r"(?P<y>\d{4}|\d{2})\s*[년" + _DATE_SEPARATORS + r"]\s*(?P<m>\d{1,2})\s*[월" + _DATE_SEPARATORS + r"]\s*(?P<d>\d{1,2})(?!\d)\s*[.일．]?"
)

WEEKDAY = r"\s*(?:[(（][월화수목금토일](?:요일)?[)）]|[월화수목금토일]요일)"  # "2024. 6. 4.(화)" with no time after it


def _time(korean_clock: bool) -> str:
    """A clock time after a date: "10:04", "오후 2:04", "2:04 PM", "(10:04)" (broadcasters), "[10:04]",
    ISO 8601's "T10:04:00+09:00" (a template printing its machine-readable stamp; the zone, if any, in
    group tz); with `korean_clock`, also "10시 04분", which only a label makes a time stamp
    (a short deck line may announce an event "12일 10시 30분")."""
    separator = r"(?:[:：]|시\s?)" if korean_clock else "[:：]"
    return (
        r"(?:T(?P<H_iso>\d{2}):(?P<M_iso>\d{2})(?::\d{2}(?:\.\d+)?)?(?P<tz>Z|[+-]\d{2}:?\d{2})?(?![\d:])"
        r"|(?:\s*[(（]?[월화수목금토일](?:요일)?[)）]?)?\s*[(\[]?\s*(?:(?P<ampm>오전|오후|AM|PM|am|pm)\s*)?"
        r"(?P<H>\d{1,2})" + separator + r"(?P<M>\d{2})" + (r"분?" if korean_clock else "") + r"(?:[:：]\d{2})?"
        r"(?:\s?(?P<ampm_after>[AaPp]\.?[Mm]\.?)(?![A-Za-z]))?\s*[)\]]?)"
    )


TIME = _time(korean_clock=False)
# Korean papers' English editions: "Published : May 12, 2023 - 10:04", "Published: 12 May. 2023, 10:04".
_MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t|tember)?"
    r"|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)(?![a-z])\.?"
)
ENGLISH_DATE = (
    r"(?:(?P<emon>" + _MONTH + r")\s+(?P<ed>\d{1,2}),?\s+(?P<ey>\d{4})"
    r"|(?P<ed2>\d{1,2})\s+(?P<emon2>" + _MONTH + r"),?\s+(?P<ey2>\d{4}))"
)
# A label may stand in brackets of its own ("[입력] 2024.06.03 14:20", "【등록】…", "<발행일> …").
LABELLED_DATE = re.compile(
    r"(?P<label>" + PUBLISHED_LABELS + r"|" + MODIFIED_LABELS + r")(?:\s?(?:일자|일시|시간|시각|일))?\s*[\]】>]?\s*[:：]?\s*(?:on\s+)?"
    + r"(?:" + DATE + r"|" + ENGLISH_DATE + r")(?:\s*[-–,](?=\s*\d))?(?:" + _time(korean_clock=True) + r"|" + WEEKDAY + r")?"
)
# A date and time with no label: "22.02.25 16:01" on a byline line, and Yonhap's English pages' time
# before the date ("10:12 June 03, 2024").
UNLABELLED_DATETIME = re.compile(
    r"(?<![\d.．])" + DATE + TIME + r"|(?<![\d:])(?P<H_first>\d{1,2}):(?P<M_first>\d{2})\s+" + ENGLISH_DATE
)
# A date and a time in words with nothing else on the line ("2024년 6월 3일 14시 20분"): a stamp, as the
# same in figures is; only on a line of its own, where no event can be announced for that hour.
SPELLED_STAMP_LINE = re.compile(r"\s*" + DATE + _time(korean_clock=True) + r"\s*")
IS_MODIFIED = re.compile(MODIFIED_LABELS)
STAMP_LABEL = re.compile(PUBLISHED_LABELS + "|" + MODIFIED_LABELS, re.IGNORECASE)
# A widget's figures as of a time ("코스피 2,700.12 (+0.5%) 2024.06.05 15:30 기준", "2024.06.05 15:00 기준 서울 25℃",
# "현재 시각 2024.06.05 15:30"): the time of the page's data, not a stamp; it became the date and the headline.
# A page header's clock ("Today 2024.06.05 15:30", "오늘 2024.06.05 15:30", "NOW …") is the time it was viewed.
AS_OF = re.compile(
    r"(?:\d{1,2}:\d{2}|\d{1,2}시(?:\s?\d{1,2}분)?)\s?(?:현재|기준)|현재\s?시각|^\s*(?:Today|TODAY|Now|NOW|오늘|지금)\s*[:：]?\s*\d"
)
# An event's time, as a release or an announcement gives it above the text ("일시: 2024.06.10 14:00", "마감 …",
# "장소: 보스턴 | 2024.06.10 14:00", "Event: …") or as a span ("2024.06.10 14:00 ~ 16:00"): it became the
# publication date, stated. It is the article's text, not furniture, so the line stays.
EVENT_TIME = re.compile(
    r"(?:^|[\s|·,(\[])(?:일시|일정|기간|마감|접수|신청|행사\s?일(?:시)?|개최(?:\s?일(?:시)?)?|장소|오픈|Event|When|Venue)(?![가-힣A-Za-z])"
    r"|\d{1,2}:\d{2}\s*[~∼\-–]\s*(?:\d{2,4}[.\-/]\s?\d{1,2}[.\-/]\s?\d{1,2}\.?\s*)?\d{1,2}:\d{2}"
)
# When the copy was printed, saved, opened or captured ("출력일: 2024-06-10 10:00", "2024.06.10 10:00 캡처"): not the article's.
COPY_TIME = re.compile(r"(?:출력|인쇄|저장|접속|열람|다운로드|캡[처쳐])\s?(?:일시|일자|일|시간|시각)?|[Aa]ccessed|[Rr]etrieved")
# A wire dateline opening an English lead: "SEOUL, May 12 (Yonhap) -- ". Its day has no year: not a date.
# The day is required: "FDA (Food and Drug Administration) — …" may open a lead too.
ENGLISH_DATELINE = re.compile(
    r"^(?P<place>[A-Z][A-Z.' ]{1,30}),\s+" + _MONTH + r"\s+\d{1,2}\s+\((?P<outlet>[A-Z][A-Za-z. ]{1,30})\)\s*(?:--|—|–)\s*"
)
# A release service's dateline: "(서울=뉴스와이어) 2024년 06월 03일 -- 본문"; the date is the release's.
RELEASE_DATELINE = re.compile(
    r"^\((?P<place>[가-힣A-Za-z ]+)=(?P<outlet>[가-힣A-Za-z0-9 ]+)\)\s*(?P<date>\d{4}년\s?\d{1,2}월\s?\d{1,2}일)\s*(?:--|—|–)\s*"
)
# A company's web address under its release: "웹사이트: https://…", "홈페이지 www.…".
WEBSITE_LINE = re.compile(r"^(?:웹사이트|홈페이지|website|web site)\s*[:：]?\s*(?:https?://|www\.)\S+$", re.IGNORECASE)


# A web address as a page links it: http(s) only (no "javascript:"), and nothing that
# would end a Markdown autolink or an HTML attribute early.
WEB_ADDRESS = r"https?://[^\s<>\"'`\\]+"
# The article's address, pasted on a line of its own: "https://…", "원문: https://…", "출처 https://…".
_ADDRESS_LABEL = r"(?:기사\s?)?(?:원문|출처|링크|URL)\s?(?:보기|링크|주소)?\s?[:：]?"
ADDRESS_LINE = re.compile(r"^(?:" + _ADDRESS_LABEL + r"\s*)?(?P<url>" + WEB_ADDRESS + r")$", re.IGNORECASE)
# The label on a line of its own, the address on the next ("원문보기:" / "https://…").
ADDRESS_LABEL = re.compile(_ADDRESS_LABEL, re.IGNORECASE)

# Photo captions and credits.
PHOTO_CREDIT_START = r"(?:사진|그래픽|영상)\s?(?:제공)?\s?[=:]"
# The mark and who took the photo: "© 뉴스1 김철수 기자", "ⓒ 연합뉴스".
MARK_CREDIT = _CMARK + r"\s*[\w.]+(?:\s+" + NAME + r"\s?" + REPORTER_TITLE + r")?"
# A line that starts with the copyright mark: a notice, or a photo's credit (extract tells them apart).
MARK_START = re.compile(r"^[<\[(]?\s*(?:ⓒ|©)")
# A photo's credit on a line of its own, under its caption: "© News1 홍길동 기자", "ⓒ 연합뉴스",
# "사진=홍길동 기자", "(사진=대전시)".
CREDIT_LINE = re.compile(
    r"^[<\[(]?\s*(?:" + MARK_CREDIT +
    r"|" + PHOTO_CREDIT_START + r"\s*[^\])>]{1,30})\s*[>\])]?$"
)
IMAGE_FILE = re.compile(r"\.(?:jpe?g|png|gif|webp|bmp)$", re.IGNORECASE)
PHOTO_CREDIT = re.compile(
    r"(?:[/(\[<]\s*(?:사진|그래픽|자료|영상)\s?(?:제공)?\s?[=:]|/\s?사진\s?제공\s?=|\(사진\)|사진\s?=\s?[^)]*\)$"
    # "…건물. © 뉴스1 김철수 기자", "ⓒ 연합뉴스": the credit of a photo, ending its caption
    r"|" + MARK_CREDIT + r"\s*$"
    # "▲ 보스턴 바이오클러스터 전경": the mark Korean papers put before a caption
    r"|^▲"
    # "사진=홍길동 기자" on a line of its own: the photographer, not a reporter of the text
    r"|^" + PHOTO_CREDIT_START +
    # "… [연합뉴스 자료사진]", "… [EPA=연합뉴스]"
    r"|\[[^\]]{0,20}(?:사진|이미지|그래픽)[^\]]{0,10}\]$|\[[A-Za-z가-힣 ./]{2,20}=[A-Za-z가-힣0-9 ]{2,12}\]$"
    # "… 전경 /셀트리온 제공", "… 전경(셀트리온 제공)", "… 전경. 셀트리온 제공": who provided the photo
    r"|[/(\[<]\s*[^/()\[\]<>]{1,20}?\s?제공\s?[)\]>]?$|\.\s?[가-힣A-Za-z0-9·]{1,15}\s?제공$"
    # "… 현장. 사진 제공=진흥원", "… 전경. 사진=진흥원": the credit after the caption's sentence
    r"|\.\s?(?:사진|그래픽)\s?(?:제공)?\s?[=:]\s?[가-힣A-Za-z0-9· ]{1,20}$"
    # "사진설명: 보스턴 설명회 전경", "사진 설명 = …": a caption under its label
    r"|^[<\[(]?\s?사진\s?설명\s?[:：=]"
    # A wire's photo: after its sentence, the day it was taken, then the photographer's address or who
    # provided it ("… 발표하고 있다. 2024.9.12 kim@yna.co.kr", "… 모습. 2023.9.12 [협회 제공. 재판매 및 DB 금지]");
    # not a release's "기간: 2024.6.3 ~ 2024.6.5"
    r"|\.\s\d{4}\.\s?\d{1,2}\.\s?\d{1,2}\.?(?:\s+" + EMAIL + r"|\s*\[[^\[\]]{0,40}\])?(?:\s*\*?\s?재판매\s?및\s?DB\s?금지)?$)"
)
# Where a reposted article came from, on a line of its own: "출처: 서울경제", "[출처] 서울경제 (https://…)".
SOURCE_LINE = re.compile(
    r"^[\[<(]?\s?출처\s?[\]>)]?\s?[:：]?\s?(?P<outlet>[가-힣A-Za-z0-9][가-힣A-Za-z0-9 .&]{0,19}?)\s*(?:\(?https?://\S+?\)?)?$"
)

# A body paragraph reads as prose: it ends like a Korean sentence.
SENTENCE_END = re.compile(r"(?:[다요죠음함됨임]\s?[.!?]|[.!?])\s?[”\"'’」』)]*$")

# A line broken before its particle ("협회(NEBS)" / "는 보스턴을 ...") is one paragraph.
LEADING_PARTICLE = re.compile(r"^(은|는|이|가|을|를|의|와|과|에|에서|으로|로|도|만|까지)\s")

# A trailing list of other stories: "- '제목'", "• 제목", "▶ 제목".
LIST_LINE = re.compile(r"^(?:[-•·▶►▷■□◆◇*]|\d+\.)\s*\S")
# A most-read list's line, its rank first: "1 보스턴 바이오 투자 설명회 성료".
RANK_LINE = re.compile(r"^\d{1,2}\s+\S")
# The text's own list, announced by the line above it: "선정된 기업은 다음과 같다.", "주요 일정:".
LIST_INTRO = re.compile(r"(?:(?:다음과|아래와)\s?같(?:다|습니다)\.?|[:：])\s*$")
# Or told by how its items end: as a document's items do ("… 설계할 것", "… 접촉함"), not as headlines.
OWN_ITEM_END = re.compile(r"(?:[할될]\s?것|[함음임됨]|하기)\.?$")
# An item of a document written in items (개조식: "□ 보건복지부는 … 로드쇼를 개최", "ㅇ 투자 상담 120여 건
# 진행"), as releases and reports are: text, though it ends in a noun and without a period, so that no
# line of such a text read as prose and all of it was taken for the deck.
ITEM_LINE = re.compile(r"^[□ㅇ○◦]\s+\S.{14,}")
# A heading of the text's first part, marked as reports and releases mark them ("□ 개요", "□ 추진 배경"):
# the text, not a deck line, though it stands above the first sentence. Short, and with a document's
# marks only: a news deck may be a longer line with a bullet of its own ("■ 입주 기업 두 배로 늘려").
PART_HEADING = re.compile(r"^[□○]\s*\S.{0,14}$")
# The marks a press release opens its paragraphs with ("□ 보건복지부는 …", "ㅇ 이번 행사에는 …"):
# not part of an event's text on the timeline.
PARAGRAPH_MARK = re.compile(r"^(?:[□■◇◆○●ㅇ▶▷△▲※·•\-]|\d+\.)\s+")

# Widgets are often list items: "• 댓글 0", "• 이 기사를 공유합니다".
WIDGET = re.compile(r"^(?:[•·▪◦*-]\s*)?(?:" + "|".join(WIDGET_LINES) + r")$", re.IGNORECASE)
# A list of other stories inside the article: this heading, then their headlines up to the next paragraph.
# "[관련기사]", "■ 관련기사", "▶관련기사◀", "◆ 관련 기사 ◆", "관련기사 더보기".
_HEADING_MARKS = r"[\s\[\]<>【】■□◆◇▶▷►◀◁●○※·•]*"
RELATED_HEADING = re.compile(r"^" + _HEADING_MARKS + r"관련\s?(?:기사|뉴스)(?:\s?더\s?보기|\s?보기)?" + _HEADING_MARKS + r"$")
END = re.compile(r"^(?:" + "|".join(END_MARKERS) + r")$")

# A page's breadcrumb trail: "HOME > 뉴스 > 제약·바이오", "홈 › 경제 › 바이오", "홈으로 > 제약바이오". It opens with the
# home page or has three crumbs or more (prose hardly has two ">" between short words).
# A trail from the home page may end in the article's title, of any length.
_CRUMB = r"[^>›»\s][^>›»]{0,19}?"
_HOME = r"(?:HOME|Home|home|홈|메인|홈으로|뉴스홈|처음으로)"  # the home page's crumb (GENERIC_CRUMBS has them too)
BREADCRUMB = re.compile(
    r"^(?:" + _HOME + r"\s*[>›»]\s*(?:" + _CRUMB + r"\s*[>›»]\s*)*[^>›»\s][^>›»]{0,149}"
    r"|(?:" + _CRUMB + r"\s*[>›»]\s*){2,}" + _CRUMB + r")$"
)
CRUMB_SEPARATOR = re.compile(r"\s*[>›»]\s*")
# A trail copied without its separators (drawn as icons): "HOME 뉴스 바이오" (extract._trail_crumbs).
SPACED_TRAIL = re.compile(r"^" + _HOME + r"\s+(?P<rest>[^>›»]{2,40})$")
# The page title of an article on ndsoft's CMS, which many trade papers run, as a copy of the browser's tab
# or a bookmark gives it: the headline, its sections innermost first, the page's kind, the site's name
# ("보스턴서 설명회 < 제약 < 산업 < 기사본문 - 가상일보").
ARTICLE_VIEW_TITLE = re.compile(
    r"^(?P<headline>.+?)(?P<crumbs>(?:\s<\s[^<>]{1,20}?)*)\s<\s기사\s?본문(?:\s[-|]\s(?P<outlet>[^<>|]{1,30}))?$"
)
# Between a one-line menu's items: a bar, or a middle dot with spaces ("제약·바이오" is one section's name).
MENU_SEPARATOR = re.compile(r"\s+[|·]\s+")
# A news site's front-page sections: a path holds one of them at most, so two side by side are the site's
# menu ("홈 | 정치 | 경제 | 사회", "정치" / "사회" / "문화"), not a section. Not 경제 or IT, which head paths
# to the sections this corpus reads ("경제 > 바이오", "IT/과학").
MENU_SECTIONS = {"정치", "사회", "국제", "세계", "문화", "스포츠", "연예", "전국", "오피니언", "생활", "라이프"}
# Crumbs that name no section: the home page (under its other names too), the news pages as a whole,
# the page's kind (ndsoft's "기사본문").
GENERIC_CRUMBS = {"home", "홈", "메인", "홈으로", "뉴스홈", "처음으로", "뉴스", "news", "기사", "전체기사", "전체 기사", "기사본문", "기사 본문"}
# What sections are named of: the portals' category trees (Naver's, Daum's: 세계 > 미국/중남미, 경제 > 중기/벤처,
# 사회 > 식품/의료), trade papers' own (제약바이오, 헬스케어) and English editions'. A short line of two words above
# the headline is a section ("사회 사회일반", "산업 제약바이오") only when both words are made of these:
# Korean headlines are often two words ("보스턴 입성", "K바이오 상륙"). One word alone is read as a
# section whatever it is: one-word headlines are rare, and a site's menu items vary too much to list.
SECTION_WORD = re.compile(
    r"(?:(?:사회|일반|경제|정치|국제|세계|글로벌|해외|산업|기업|재계|증권|금융|마켓|부동산|유통|IT|ICT|과학|테크|"
    r"바이오|제약|헬스|케어|의료|의학|메디컬|메디칼|의약품|의약|건강|병원|보건|복지|정책|행정|생활|문화|라이프|스포츠|연예|전국|지역|"
    r"사설|칼럼|오피니언|기고|시론|시평|논단|기자수첩|데스크|포럼|연재|리포트|인물|사람들|종합|뉴스|속보|포토|영상|기획|특집|인터뷰|이슈|전자|통신|자동차|에너지|화학|교육|"
    r"노동|환경|외교|국방|북한|국회|벤처|창업|스타트업|투자|중기|미국|중국|일본|유럽|아시아|호주|대양주|미주|북미|중남미|"
    r"중동|아프리카|모바일|인터넷|SNS|뉴미디어|보안|게임|사건|사고|언론|인권|식품|교통|여행|레저|공연|전시|종교|"
    r"날씨|법조|지자체|업계|business|economy|industry|pharma|biotech|bio|health|"
    r"science|tech|policy|world|national|nation|opinion|news|features?|life|markets?)[·/&]?)+",
    re.IGNORECASE,
)
# A contact line: an e-mail address or a telephone number and a few words ("◎공감언론 뉴시스 hong@newsis.com",
# "홍보팀 홍길동 (hong@example.com)", "문의: 홍보팀 02-123-4567"), under a wire story or a press release.
PHONE = r"(?:\+82[-\s]?)?0?\d{1,2}[-.)\s]\d{3,4}[-.\s]\d{4}"
CONTACT = re.compile(r"(?:" + EMAIL + r"|(?<!\d)" + PHONE + r"(?!\d))")
