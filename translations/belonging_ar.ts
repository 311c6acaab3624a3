<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar_EG">
<context>
    <name>AboutChildDialog</name>
    <message>
        <source>C&amp;hoose a photo…</source>
        <translation>اختر &amp;صورة…</translation>
    </message>
    <message>
        <source>Take the photo a&amp;way</source>
        <translation>أ&amp;زل الصورة</translation>
    </message>
    <message>
        <source>About the child</source>
        <translation>عن الطفل</translation>
    </message>
    <message>
        <source>The name they like to be called</source>
        <translation>الاسم الذي يحب أن يُنادى به</translation>
    </message>
    <message>
        <source>For example: Maisie</source>
        <translation>مثلًا: ميزي</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>الاسم الكامل</translation>
    </message>
    <message>
        <source>When they were born</source>
        <translation>متى وُلد</translation>
    </message>
    <message>
        <source>For example: she/her, he/him, they/them</source>
        <translation>مثلًا: هي، هو، هم</translation>
    </message>
    <message>
        <source>Pronouns</source>
        <translation>الضمائر</translation>
    </message>
    <message>
        <source>What I like, what I&apos;m good at, what makes me laugh, what I want to be…</source>
        <translation>ما أحبه، وما أجيده، وما يضحكني، وما أريد أن أكون…</translation>
    </message>
    <message>
        <source>All about me</source>
        <translation>كل شيء عني</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>صورة</translation>
    </message>
    <message>
        <source>The name they like to be &amp;called:</source>
        <translation>الاسم الذي يحب أن يُنادى &amp;به:</translation>
    </message>
    <message>
        <source>When were they &amp;born?</source>
        <translation>متى &amp;وُلد؟</translation>
    </message>
    <message>
        <source>&amp;Pronouns:</source>
        <translation>&amp;الضمائر:</translation>
    </message>
    <message>
        <source>&amp;All about me:</source>
        <translation>&amp;كل شيء عني:</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>الا&amp;سم الكامل:</translation>
    </message>
    <message>
        <source>Photo:</source>
        <translation>الصورة:</translation>
    </message>
    <message>
        <source>Choose a photo</source>
        <translation>اختر صورة</translation>
    </message>
    <message>
        <source>About %1</source>
        <translation>عن %1</translation>
    </message>
    <message>
        <source>No photo yet</source>
        <translation>لا توجد صورة بعد</translation>
    </message>
    <message>
        <source>Type a name first — the one they like to be called.</source>
        <translation>اكتب اسمًا أولًا — الاسم الذي يحب أن يُنادى به.</translation>
    </message>
    <message>
        <source>The birthday is not clear yet: try “12 May 2015”, “spring 2015” or “about 2015”, or leave it empty.</source>
        <translation>تاريخ الميلاد غير واضح بعد: جرّب «12 مايو 2015» أو «ربيع 2015» أو «حوالي 2015»، أو اتركه فارغًا.</translation>
    </message>
</context>
<context>
    <name>AddPerson</name>
    <message>
        <source>Add %1</source>
        <translation>إضافة %1</translation>
    </message>
</context>
<context>
    <name>AddRelationship</name>
    <message>
        <source>Connect %1 and %2</source>
        <translation>ربط %1 و %2</translation>
    </message>
</context>
<context>
    <name>BookComposer</name>
    <message>
        <source>date not known</source>
        <translation>التاريخ غير معروف</translation>
    </message>
    <message>
        <source>My life story</source>
        <translation>قصة حياتي</translation>
    </message>
    <message>
        <source>%1&apos;s life story</source>
        <translation>قصة حياة %1</translation>
    </message>
    <message>
        <source>A copy to share with my family</source>
        <translation>نسخة لمشاركتها مع عائلتي</translation>
    </message>
    <message>
        <source>The people and places that are part of me</source>
        <translation>الأشخاص والأماكن التي هي جزء مني</translation>
    </message>
    <message>
        <source>Made on %1</source>
        <translation>أُعدّت في %1</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>المحتويات</translation>
    </message>
    <message>
        <source>All about me</source>
        <translation>كل شيء عني</translation>
    </message>
    <message>
        <source>I was born on %1.</source>
        <translation>وُلدتُ في %1.</translation>
    </message>
    <message>
        <source>The people who matter to me</source>
        <translation>الأشخاص المهمّون لي</translation>
    </message>
    <message>
        <source>What I&apos;d like you to know about %1:</source>
        <translation>ما أحب أن تعرفه عن %1:</translation>
    </message>
    <message>
        <source>Where I have lived</source>
        <translation>الأماكن التي عشت فيها</translation>
    </message>
    <message>
        <source>From %1 until now</source>
        <translation>من %1 حتى الآن</translation>
    </message>
    <message>
        <source>From %1 to %2</source>
        <translation>من %1 إلى %2</translation>
    </message>
    <message>
        <source>I lived with %1.</source>
        <translation>عشت مع %1.</translation>
    </message>
    <message>
        <source>My school was %1.</source>
        <translation>كانت مدرستي %1.</translation>
    </message>
    <message>
        <source>Why I moved: %1</source>
        <translation>لماذا انتقلت: %1</translation>
    </message>
    <message>
        <source>My memories</source>
        <translation>ذكرياتي</translation>
    </message>
    <message>
        <source>CONFIDENTIAL</source>
        <translation>سرّي</translation>
    </message>
    <message>
        <source>Child:</source>
        <translation>الطفل:</translation>
    </message>
    <message>
        <source>Known as:</source>
        <translation>معروف باسم:</translation>
    </message>
    <message>
        <source>Date of birth:</source>
        <translation>تاريخ الميلاد:</translation>
    </message>
    <message>
        <source>Prepared on:</source>
        <translation>أُعدّ في:</translation>
    </message>
    <message>
        <source>Prepared with:</source>
        <translation>أُعدّ باستخدام:</translation>
    </message>
    <message>
        <source>Belonging (life-story and relationship record)</source>
        <translation>Belonging (سجل قصة الحياة والعلاقات)</translation>
    </message>
    <message>
        <source>This pack contains sensitive personal information about a child. It is prepared for the court or review named above and must not be shared further. Addresses and contact details have been removed.</source>
        <translation>يحتوي هذا الملف على معلومات شخصية حساسة عن طفل. وقد أُعدّ للمحكمة أو المراجعة المذكورة أعلاه ولا يجوز مشاركته مع أي جهة أخرى. حُذفت العناوين وبيانات الاتصال.</translation>
    </message>
    <message>
        <source>Chronology</source>
        <translation>التسلسل الزمني</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>الرقم</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>الحدث</translation>
    </message>
    <message>
        <source>Source / reference</source>
        <translation>المصدر / المرجع</translation>
    </message>
    <message>
        <source>Impact on the child</source>
        <translation>الأثر على الطفل</translation>
    </message>
    <message>
        <source>Ecomap</source>
        <translation>الخريطة البيئية</translation>
    </message>
    <message>
        <source>Ecomap of %1</source>
        <translation>الخريطة البيئية لـ %1</translation>
    </message>
    <message>
        <source>People and relationships</source>
        <translation>الأشخاص والعلاقات</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>الدور</translation>
    </message>
    <message>
        <source>Relationship with the child</source>
        <translation>العلاقة بالطفل</translation>
    </message>
    <message>
        <source>Contact arrangement</source>
        <translation>ترتيب التواصل</translation>
    </message>
    <message>
        <source>Next planned contact</source>
        <translation>التواصل المخطط التالي</translation>
    </message>
    <message>
        <source>Placement history</source>
        <translation>سج&amp;ل الإيداع</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>الحالي</translation>
    </message>
    <message>
        <source>From</source>
        <translation>من</translation>
    </message>
    <message>
        <source>To</source>
        <translation>إلى</translation>
    </message>
    <message>
        <source>Placement</source>
        <translation>الإيداع</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>In the child&apos;s words</source>
        <translation>بكلمات الطفل</translation>
    </message>
    <message>
        <source>CONFIDENTIAL — %1</source>
        <translation>سرّي — %1</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>الصفحة %1 من %2</translation>
    </message>
    <message>
        <source>I was born in %1.</source>
        <translation>وُلدت في %1.</translation>
    </message>
    <message>
        <source>Why I came here: %1</source>
        <translation>لماذا جئت إلى هنا: %1</translation>
    </message>
    <message>
        <source>Court or review:</source>
        <translation>المحكمة أو المراجعة:</translation>
    </message>
    <message>
        <source>Case number:</source>
        <translation>رقم القضية:</translation>
    </message>
    <message>
        <source>Hearing or review date:</source>
        <translation>تاريخ الجلسة أو المراجعة:</translation>
    </message>
    <message>
        <source>Prepared by:</source>
        <translation>أعدّه:</translation>
    </message>
    <message>
        <source>CONFIDENTIAL — %1 — case %2</source>
        <translation>سرّي — %1 — القضية %2</translation>
    </message>
    <message>
        <source>Came: %1</source>
        <translation>المجيء: %1</translation>
    </message>
    <message>
        <source>Left: %1</source>
        <translation>المغادرة: %1</translation>
    </message>
    <message>
        <source>I live with %1.</source>
        <translation>أعيش مع %1.</translation>
    </message>
    <message>
        <source>Why they came and left (record)</source>
        <translation>سبب المجيء والمغادرة (السجل)</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>«%1»</translation>
    </message>
    <message>
        <source>What I said, and what happened</source>
        <translation>ما قلته، وما حدث</translation>
    </message>
    <message>
        <source>I said</source>
        <translation>قلت</translation>
    </message>
    <message>
        <source>On %1 I said</source>
        <translation>في %1 قلت</translation>
    </message>
    <message>
        <source>Someone asked me: %1</source>
        <translation>سألني أحدهم: %1</translation>
    </message>
    <message>
        <source>I felt: %1</source>
        <translation>شعرت: %1</translation>
    </message>
    <message>
        <source>What happened: %1</source>
        <translation>ما حدث: %1</translation>
    </message>
    <message>
        <source>What happened: we are still waiting to hear.</source>
        <translation>ما حدث: ما زلنا ننتظر الجواب.</translation>
    </message>
    <message>
        <source>Why: %1</source>
        <translation>لماذا: %1</translation>
    </message>
    <message>
        <source>Review pack: %1</source>
        <translation>ملف المراجعة: %1</translation>
    </message>
    <message>
        <source>Court pack: %1</source>
        <translation>ملف المحكمة: %1</translation>
    </message>
    <message>
        <source>Review pack</source>
        <translation>ملف المراجعة</translation>
    </message>
    <message>
        <source>Court pack</source>
        <translation>ملف المحكمة</translation>
    </message>
    <message>
        <source>The child&apos;s wishes and feelings in their own words</source>
        <translation>رغبات الطفل ومشاعره بكلماته هو</translation>
    </message>
    <message>
        <source>Nothing %1 has said is recorded as agreed for reviews and court.</source>
        <translation>لم يُسجَّل أي شيء قاله %1 بموافقته على أن تراه المراجعات والمحكمة.</translation>
    </message>
    <message>
        <source>Asked: %1</source>
        <translation>السؤال: %1</translation>
    </message>
    <message>
        <source>Topic: %1</source>
        <translation>الموضوع: %1</translation>
    </message>
    <message>
        <source>Decided at: %1, %2</source>
        <translation>تقرر في: %1، %2</translation>
    </message>
    <message>
        <source>Answer: %1</source>
        <translation>الجواب: %1</translation>
    </message>
    <message>
        <source>Told to %1 on %2.</source>
        <translation>أُخبر %1 بذلك في %2.</translation>
    </message>
    <message>
        <source>Told to %1.</source>
        <translation>أُخبر %1 بذلك.</translation>
    </message>
    <message>
        <source>Not yet told to %1.</source>
        <translation>لم يُخبَر %1 بعد.</translation>
    </message>
    <message>
        <source>What the child said (verbatim)</source>
        <translation>ما قاله الطفل (حرفيًا)</translation>
    </message>
    <message>
        <source>How it was heard</source>
        <translation>كيف سُمع</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>ما حدث</translation>
    </message>
    <message>
        <source>The child&apos;s own statement</source>
        <translation>إفادة الطفل نفسه</translation>
    </message>
    <message>
        <source>%1 (%2):</source>
        <translation>%1 (%2):</translation>
    </message>
    <message>
        <source>Waiting for an answer</source>
        <translation>بانتظار جواب</translation>
    </message>
    <message>
        <source>%1: %2 — said before %3 (%4); no answer is recorded.</source>
        <translation>%1: %2 — قيل قبل %3 (%4)؛ لم يُسجَّل أي جواب.</translation>
    </message>
    <message>
        <source>Waiting for an answer since %1 (%2).</source>
        <translation>بانتظار جواب منذ %1 (%2).</translation>
    </message>
    <message>
        <source>I drew</source>
        <translation>رسمت</translation>
    </message>
    <message>
        <source>On %1 I drew</source>
        <translation>في %1 رسمت</translation>
    </message>
    <message>
        <source>A drawing, described: %1</source>
        <translation>رسمة، موصوفة: %1</translation>
    </message>
    <message>
        <source>Felt: %1</source>
        <translation>الشعور: %1</translation>
    </message>
    <message>
        <source>%1 agreed it may be seen by: %2.</source>
        <translation>وافق %1 على أن يراه: %2.</translation>
    </message>
    <message>
        <source>Not to be shared with the family.</source>
        <translation>لا يُشارَك مع العائلة.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>When I move to %1</source>
        <translation>عندما أنتقل إلى %1</translation>
    </message>
    <message>
        <source>I will keep in touch with %1.</source>
        <translation>سأبقى على تواصل مع %1.</translation>
    </message>
    <message>
        <source>When I moved to %1</source>
        <translation>عندما انتقلتُ إلى %1</translation>
    </message>
    <message>
        <source>When I moved to %1, %2</source>
        <translation>عندما انتقلتُ إلى %1، %2</translation>
    </message>
    <message>
        <source>I kept in touch with %1.</source>
        <translation>بقيتُ على تواصل مع %1.</translation>
    </message>
    <message>
        <source>People I kept in touch with</source>
        <translation>أشخاص بقيتُ على تواصل معهم</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>مخطَّط له</translation>
    </message>
    <message>
        <source>Relationships through moves</source>
        <translation>العلاقات عبر الانتقالات</translation>
    </message>
    <message>
        <source>No moves are recorded.</source>
        <translation>لا توجد انتقالات مسجَّلة.</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>غير معروف</translation>
    </message>
    <message>
        <source>Planned move to %1, %2</source>
        <translation>انتقال مخطَّط له إلى %1، %2</translation>
    </message>
    <message>
        <source>Move %1: from %2 to %3, %4</source>
        <translation>الانتقال %1: من %2 إلى %3، %4</translation>
    </message>
    <message>
        <source>%1; notice given: %2</source>
        <translation>%1؛ مدة الإشعار: %2</translation>
    </message>
    <message>
        <source>How the move came about: %1.</source>
        <translation>كيف حدث الانتقال: %1.</translation>
    </message>
    <message>
        <source>Not decided yet, for a sibling or the current carer: %1.</source>
        <translation>لم يُقرَّر بعد، لأخ أو أخت أو لمقدّم الرعاية الحالي: %1.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>، </translation>
    </message>
    <message>
        <source>Person</source>
        <translation>الشخص</translation>
    </message>
    <message>
        <source>Keeping-in-touch plan</source>
        <translation>خطة البقاء على تواصل</translation>
    </message>
    <message>
        <source>What was planned</source>
        <translation>ما خُطِّط له</translation>
    </message>
    <message>
        <source>Six months after</source>
        <translation>بعد ستة أشهر</translation>
    </message>
    <message>
        <source>Basis</source>
        <translation>الأساس</translation>
    </message>
    <message>
        <source>Why, as recorded: %1</source>
        <translation>السبب، كما هو مسجَّل: %1</translation>
    </message>
    <message>
        <source>Why, in the child&apos;s words: %1</source>
        <translation>السبب، بكلمات الطفل: %1</translation>
    </message>
    <message>
        <source>My family tree</source>
        <translation>شجرة عائلتي</translation>
    </message>
    <message>
        <source>Genogram</source>
        <translation>مخطط العائلة (جينوغرام)</translation>
    </message>
    <message>
        <source>Genogram of %1</source>
        <translation>مخطط عائلة %1</translation>
    </message>
    <message>
        <source>My own map, as I saw it on %1. The closer to me, the closer they feel.</source>
        <translation>خريطتي الخاصة، كما رأيتها في %1. كلما كان الشخص أقرب إليّ، شعرت أنه أقرب.</translation>
    </message>
    <message>
        <source>My own map of the people in my life</source>
        <translation>خريطتي الخاصة للناس في حياتي</translation>
    </message>
    <message>
        <source>I told this in my own voice too (a recording).</source>
        <translation>حكيت هذا بصوتي أيضًا (تسجيل).</translation>
    </message>
    <message>
        <source>I chose not to say.</source>
        <translation>اخترت ألّا أقول.</translation>
    </message>
    <message>
        <source>I said it in my own voice (a recording).</source>
        <translation>قلته بصوتي (تسجيل).</translation>
    </message>
    <message>
        <source>The child chose not to say.</source>
        <translation>اختار الطفل ألّا يقول.</translation>
    </message>
    <message>
        <source>A recording in the child&apos;s own voice was made; it is kept in the encrypted case file, not in this document.</source>
        <translation>سُجّل تسجيل بصوت الطفل نفسه؛ وهو محفوظ في ملف القضية المشفّر، لا في هذه الوثيقة.</translation>
    </message>
    <message>
        <source>The child&apos;s own map</source>
        <translation>خريطة الطفل الخاصة</translation>
    </message>
    <message>
        <source>Made by %1 in Belonging&apos;s child mode, with an adult beside them, on %2: each person placed close, in the middle or further away, as %1 chose. Marks: + closer than on the ecomap, − further away, ! not on the ecomap.</source>
        <translation>أعدّها %1 في وضع الطفل في Belonging، وبجانبه شخص بالغ، في %2: وُضع كل شخص قريبًا أو في الوسط أو أبعد، كما اختار %1. العلامات: + أقرب مما في الخريطة البيئية، − أبعد، ! ليس في الخريطة البيئية.</translation>
    </message>
    <message>
        <source>%1&apos;s own map, %2</source>
        <translation>خريطة %1 الخاصة، %2</translation>
    </message>
    <message>
        <source>Where the child&apos;s map and the ecomap differ</source>
        <translation>مواضع الاختلاف بين خريطة الطفل والخريطة البيئية</translation>
    </message>
    <message>
        <source>They agree.</source>
        <translation>إنهما متطابقتان.</translation>
    </message>
    <message>
        <source>Earlier maps by %1, kept in the case file: %2.</source>
        <translation>خرائط سابقة أعدّها %1، محفوظة في ملف القضية: %2.</translation>
    </message>
</context>
<context>
    <name>BookExport</name>
    <message>
        <source>The book could not be prepared.</source>
        <translation>تعذّر إعداد الكتاب.</translation>
    </message>
    <message>
        <source>Making the PDF was stopped. Nothing was saved.</source>
        <translation>أُوقف إنشاء ملف PDF. لم يُحفظ شيء.</translation>
    </message>
    <message>
        <source>The PDF could not be finished.</source>
        <translation>تعذّر إكمال ملف PDF.</translation>
    </message>
    <message>
        <source>Ages as at %1. “c.” before a year: the year is not known exactly.</source>
        <translation>الأعمار كما في %1. «c.» قبل السنة: السنة غير معروفة بدقة.</translation>
    </message>
</context>
<context>
    <name>BookPane</name>
    <message>
        <source>A page for the &amp;people who matter</source>
        <translation>صفحة لل&amp;أشخاص المهمّين</translation>
    </message>
    <message>
        <source>&amp;Where I have lived / placement history</source>
        <translation>&amp;الأماكن التي عشت فيها / سجل الإيداع</translation>
    </message>
    <message>
        <source>&amp;Memories and photos</source>
        <translation>ال&amp;ذكريات والصور</translation>
    </message>
    <message>
        <source>&amp;Chronology</source>
        <translation>ال&amp;تسلسل الزمني</translation>
    </message>
    <message>
        <source>&quot;&amp;Impact on the child&quot; column</source>
        <translation>عمود &quot;&amp;الأثر على الطفل&quot;</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>حفظ ب&amp;صيغة PDF…</translation>
    </message>
    <message>
        <source>Books</source>
        <translation>الكتب</translation>
    </message>
    <message>
        <source>Who is it for?</source>
        <translation>لمن هذا الكتاب؟</translation>
    </message>
    <message>
        <source>A life-story &amp;book for the child</source>
        <translation>&amp;كتاب قصة حياة للطفل</translation>
    </message>
    <message>
        <source>What goes in</source>
        <translation>ما الذي سيُضمَّن</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>US Letter</translation>
    </message>
    <message>
        <source>Page size</source>
        <translation>حجم الصفحة</translation>
    </message>
    <message>
        <source>Pa&amp;ge size:</source>
        <translation>ح&amp;جم الصفحة:</translation>
    </message>
    <message>
        <source>People to leave out entirely</source>
        <translation>أشخاص يُستبعَدون تمامًا</translation>
    </message>
    <message>
        <source>What will be left out</source>
        <translation>ما الذي سيُستبعَد</translation>
    </message>
    <message>
        <source>People to &amp;leave out entirely:</source>
        <translation>أ&amp;شخاص يُستبعَدون تمامًا:</translation>
    </message>
    <message>
        <source>&lt;b&gt;What will be left out&lt;/b&gt;</source>
        <translation>&lt;b&gt;ما الذي سيُستبعَد&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Nothing: everything in the story goes in.</source>
        <translation>لا شيء: كل ما في القصة سيُضمَّن.</translation>
    </message>
    <message>
        <source>%1: 1 page.</source>
        <translation>%1: صفحة واحدة.</translation>
    </message>
    <message>
        <source>%1: %2 pages.</source>
        <translation>%1: %2 صفحة.</translation>
    </message>
    <message>
        <source>Preview: %1</source>
        <translation>معاينة: %1</translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation>جارٍ الطباعة…</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>إيقاف</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>حفظ بصيغة PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>مستندات PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Making the PDF…</source>
        <translation>جارٍ إنشاء ملف PDF…</translation>
    </message>
    <message>
        <source>No court or review named yet: the cover will not say who it is for.</source>
        <translation>لم تُسمَّ محكمة أو مراجعة بعد: لن يذكر الغلاف لمن أُعدّت الحزمة.</translation>
    </message>
    <message>
        <source>%1, case %2</source>
        <translation>%1، القضية %2</translation>
    </message>
    <message>
        <source>The ec&amp;omap, with its key</source>
        <translation>ال&amp;خريطة البيئية مع مفتاحها</translation>
    </message>
    <message>
        <source>W&amp;ishes and feelings</source>
        <translation>ال&amp;رغبات والمشاعر</translation>
    </message>
    <message>
        <source>Put the child&apos;s name in the PDF&apos;s &amp;details</source>
        <translation>وضع اسم الطفل في &amp;بيانات ملف PDF</translation>
    </message>
    <message>
        <source>P&amp;review…</source>
        <translation>معا&amp;ينة…</translation>
    </message>
    <message>
        <source>Pri&amp;nt…</source>
        <translation>&amp;طباعة…</translation>
    </message>
    <message>
        <source>Co&amp;urt or review details…</source>
        <translation>&amp;تفاصيل المحكمة أو المراجعة…</translation>
    </message>
    <message>
        <source>A copy for the birth famil&amp;y</source>
        <translation>&amp;نسخة للعائلة الأصلية</translation>
    </message>
    <message>
        <source>A review p&amp;ack (for the review meeting)</source>
        <translation>ملف مراجعة (لاج&amp;تماع المراجعة)</translation>
    </message>
    <message>
        <source>A court pac&amp;k</source>
        <translation>مل&amp;ف محكمة</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>«%1»</translation>
    </message>
    <message>
        <source>Words a child may not know: %1. Change them where they were typed.</source>
        <translation>كلمات قد لا يعرفها الطفل: %1. غيّرها حيث كُتبت.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>، </translation>
    </message>
    <message>
        <source>The family &amp;tree, with its key</source>
        <translation>شجرة العائلة مع مفتاح&amp;ها</translation>
    </message>
</context>
<context>
    <name>CaseArchive</name>
    <message>
        <source>A file with that name is already there. Choose another name.</source>
        <translation>يوجد ملف بهذا الاسم بالفعل. اختر اسمًا آخر.</translation>
    </message>
    <message>
        <source>The disk is full, so the export could not be saved, and nothing was left behind. Free some space, or choose another place.</source>
        <translation>القرص ممتلئ، لذا تعذّر حفظ التصدير، ولم يُترك شيء خلفه. أفرغ بعض المساحة، أو اختر مكانًا آخر.</translation>
    </message>
    <message>
        <source>That folder cannot be changed (it may be on a locked memory stick or belong to someone else). Choose another place.</source>
        <translation>لا يمكن تغيير ذلك المجلد (ربما هو على ذاكرة محمولة مقفلة أو يخص شخصًا آخر). اختر مكانًا آخر.</translation>
    </message>
    <message>
        <source>That folder is not there any more. Choose another place.</source>
        <translation>ذلك المجلد لم يعد موجودًا. اختر مكانًا آخر.</translation>
    </message>
    <message>
        <source>The export could not be saved. Try another place.</source>
        <translation>تعذّر حفظ التصدير. جرّب مكانًا آخر.</translation>
    </message>
    <message>
        <source>A picture in the archive is damaged or is not a picture.</source>
        <translation>إحدى الصور في الأرشيف تالفة أو ليست صورة.</translation>
    </message>
    <message>
        <source>This export is protected. Type its passphrase.</source>
        <translation>هذا التصدير محمي. اكتب عبارة مروره.</translation>
    </message>
    <message>
        <source>That is not the passphrase of this export. Try again.</source>
        <translation>هذه ليست عبارة مرور هذا التصدير. حاول مرة أخرى.</translation>
    </message>
    <message>
        <source>This is not a life story exported from Belonging.</source>
        <translation>هذه ليست قصة حياة مُصدَّرة من Belonging.</translation>
    </message>
    <message>
        <source>This export is damaged or incomplete, so nothing was brought in. If you have another copy, try that one.</source>
        <translation>هذا التصدير تالف أو ناقص، لذا لم يُستورد شيء. إن كانت لديك نسخة أخرى، فجرّبها.</translation>
    </message>
    <message>
        <source>This story was exported by a newer version of Belonging. Update Belonging to bring it in.</source>
        <translation>صُدّرت هذه القصة بإصدار أحدث من Belonging. حدّث Belonging لاستيرادها.</translation>
    </message>
    <message>
        <source>This archive holds things Belonging never writes (other files, links, or files in other places), so nothing was brought in.</source>
        <translation>يحتوي هذا الأرشيف على أشياء لا يكتبها Belonging أبدًا (ملفات أخرى أو روابط أو ملفات في أماكن أخرى)، لذا لم يُستورد شيء.</translation>
    </message>
    <message>
        <source>A file in this archive is far bigger than any Belonging writes, so nothing was brought in.</source>
        <translation>أحد الملفات في هذا الأرشيف أكبر بكثير من أي ملف يكتبه Belonging، لذا لم يُستورد شيء.</translation>
    </message>
    <message>
        <source>The export could not be made. There may not be enough memory free.</source>
        <translation>تعذّر صنع التصدير. ربما لا توجد ذاكرة فارغة كافية.</translation>
    </message>
    <message>
        <source>This export could not be read. Check that it is still there and that you are allowed to read it.</source>
        <translation>تعذّرت قراءة هذا التصدير. تحقق من أنه ما زال موجودًا وأنه يُسمح لك بقراءته.</translation>
    </message>
    <message>
        <source>A recording in the archive is damaged or is not a recording.</source>
        <translation>تسجيل في الأرشيف تالف أو ليس تسجيلًا.</translation>
    </message>
</context>
<context>
    <name>CaseJson</name>
    <message>
        <source>The story&apos;s file has a value it cannot use (%1, “%2”).</source>
        <translation>في ملف القصة قيمة لا يمكن استخدامها (%1، ”%2“).</translation>
    </message>
    <message>
        <source>The story&apos;s file has something that is not a record in “%1”.</source>
        <translation>في ملف القصة شيء ليس سجلًّا في ”%1“.</translation>
    </message>
    <message>
        <source>This is not a life story exported from Belonging.</source>
        <translation>هذه ليست قصة حياة مُصدَّرة من Belonging.</translation>
    </message>
    <message>
        <source>This story was exported by a newer version of Belonging. Update Belonging to bring it in.</source>
        <translation>صُدّرت هذه القصة بإصدار أحدث من Belonging. حدّث Belonging لاستيرادها.</translation>
    </message>
    <message>
        <source>The story&apos;s file has two records with the same id in “%1”.</source>
        <translation>في ملف القصة سجلّان بالمعرّف نفسه في ”%1“.</translation>
    </message>
    <message>
        <source>The story&apos;s file has a picture of a kind Belonging does not keep.</source>
        <translation>في ملف القصة صورة من نوع لا يحتفظ به Belonging.</translation>
    </message>
    <message>
        <source>The story&apos;s file names a picture that is not where it should be.</source>
        <translation>يذكر ملف القصة صورة ليست في مكانها الصحيح.</translation>
    </message>
    <message>
        <source>The story&apos;s file links to something that is not in it. It may be damaged.</source>
        <translation>يشير ملف القصة إلى شيء غير موجود فيه. ربما هو تالف.</translation>
    </message>
    <message>
        <source>The story&apos;s file has a recording of a kind Belonging does not keep.</source>
        <translation>في ملف القصة تسجيل من نوع لا يحفظه Belonging.</translation>
    </message>
</context>
<context>
    <name>CaseWorkspace</name>
    <message>
        <source>PNG picture (*.png);;SVG drawing (*.svg)</source>
        <translation>صورة PNG (*.png);;رسم SVG (*.svg)</translation>
    </message>
    <message>
        <source>Belonging</source>
        <translation>Belonging</translation>
    </message>
    <message>
        <source>%1&apos;s story</source>
        <translation>قصة %1</translation>
    </message>
    <message>
        <source>People who matter</source>
        <translation>أشخاص مهمّون</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>الخط الزمني</translation>
    </message>
    <message>
        <source>Moves</source>
        <translation>الانتقالات</translation>
    </message>
    <message>
        <source>Moves (to plan)</source>
        <translation>الانتقالات (للتخطيط)</translation>
    </message>
    <message>
        <source>My say</source>
        <translation>رأيي</translation>
    </message>
    <message>
        <source>My say (%1 waiting)</source>
        <translation>رأيي (%1 بالانتظار)</translation>
    </message>
    <message>
        <source>Books</source>
        <translation>كتب</translation>
    </message>
    <message>
        <source>The story</source>
        <translation>القصة</translation>
    </message>
    <message>
        <source>Books and packs</source>
        <translation>كتب وملفات</translation>
    </message>
    <message>
        <source>Later life letter</source>
        <translation>رسالة للمستقبل</translation>
    </message>
    <message>
        <source>Books and letters</source>
        <translation>كتب ورسائل</translation>
    </message>
    <message>
        <source>Sent to the printer “%1”.</source>
        <translation>أُرسل إلى الطابعة “%1”.</translation>
    </message>
    <message>
        <source>GEDCOM family trees (*.ged *.GED);;All files (*)</source>
        <translation>أشجار عائلة GEDCOM (*.ged *.GED);;كل الملفات (*)</translation>
    </message>
    <message>
        <source>GEDCOM family trees (*.ged)</source>
        <translation>أشجار عائلة GEDCOM (*.ged)</translation>
    </message>
    <message>
        <source>Family tree</source>
        <translation>شجرة العائلة</translation>
    </message>
    <message>
        <source>Child mode: the child&apos;s own space</source>
        <translation>وضع الطفل: مساحة الطفل الخاصة</translation>
    </message>
    <message>
        <source>Big buttons and reading aloud for the child (Ctrl+8); leaving asks for the password</source>
        <translation>أزرار كبيرة وقراءة بصوت عالٍ للطفل (Ctrl+8)؛ والخروج يطلب كلمة المرور</translation>
    </message>
</context>
<context>
    <name>ChildMapCompare</name>
    <message>
        <source>close</source>
        <translation>قريب</translation>
    </message>
    <message>
        <source>in the middle</source>
        <translation>في الوسط</translation>
    </message>
    <message>
        <source>further away</source>
        <translation>أبعد</translation>
    </message>
    <message>
        <source>%1 puts %2 closer than the adults&apos; map does (%3, not %4).</source>
        <translation>يضع %1 %2 أقرب مما في خريطة الكبار (%3، لا %4).</translation>
    </message>
    <message>
        <source>%1 puts %2 further away than the adults&apos; map does (%3, not %4).</source>
        <translation>يضع %1 %2 أبعد مما في خريطة الكبار (%3، لا %4).</translation>
    </message>
    <message>
        <source>%1 put %2 on their map (%3); the adults&apos; map does not have them.</source>
        <translation>وضع %1 %2 على خريطته (%3)؛ وليس في خريطة الكبار.</translation>
    </message>
    <message>
        <source>%2 is on the adults&apos; map (%3) but not on %1&apos;s.</source>
        <translation>%2 في خريطة الكبار (%3) لكن ليس في خريطة %1.</translation>
    </message>
</context>
<context>
    <name>ChildMapPicture</name>
    <message>
        <source>Me</source>
        <translation>أنا</translation>
    </message>
</context>
<context>
    <name>ChildMapView</name>
    <message>
        <source>My people: how close each person feels</source>
        <translation>ناسي: كم يبدو كل شخص قريبًا</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Nobody is on the map yet.</source>
        <translation>لا أحد على الخريطة بعد.</translation>
    </message>
</context>
<context>
    <name>ChildModeView</name>
    <message>
        <source>Grown-ups</source>
        <translation>الكبار</translation>
    </message>
    <message>
        <source>Back to the grown-ups&apos; view (needs the password)</source>
        <translation>العودة إلى عرض الكبار (يحتاج إلى كلمة المرور)</translation>
    </message>
    <message>
        <source>Read this out loud</source>
        <translation>اقرأ هذا بصوت عالٍ</translation>
    </message>
    <message>
        <source>Read out loud: %1</source>
        <translation>اقرأ بصوت عالٍ: %1</translation>
    </message>
    <message>
        <source>What would you like to do?</source>
        <translation>ماذا تحب أن تفعل؟</translation>
    </message>
    <message>
        <source>My say: tell us what you think</source>
        <translation>رأيي: أخبرنا بما تفكر فيه</translation>
    </message>
    <message>
        <source>What is good in your life right now?</source>
        <translation>ما الشيء الجيد في حياتك الآن؟</translation>
    </message>
    <message>
        <source>Is anything worrying you?</source>
        <translation>هل يقلقك شيء؟</translation>
    </message>
    <message>
        <source>If you could wish for anything, what would it be?</source>
        <translation>لو استطعت أن تتمنى أي شيء، فماذا سيكون؟</translation>
    </message>
    <message>
        <source>How do you feel about where you live?</source>
        <translation>ما شعورك تجاه المكان الذي تعيش فيه؟</translation>
    </message>
    <message>
        <source>Who would you like to see more?</source>
        <translation>من تحب أن تراه أكثر؟</translation>
    </message>
    <message>
        <source>Type your words here (a grown-up can help)</source>
        <translation>اكتب كلماتك هنا (يمكن لشخص كبير أن يساعدك)</translation>
    </message>
    <message>
        <source>Your words</source>
        <translation>كلماتك</translation>
    </message>
    <message>
        <source>Save my words</source>
        <translation>احفظ كلماتي</translation>
    </message>
    <message>
        <source>Skip this one</source>
        <translation>تخطَّ هذا</translation>
    </message>
    <message>
        <source>I don&apos;t want to say</source>
        <translation>لا أريد أن أقول</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>رجوع</translation>
    </message>
    <message>
        <source>Ask your grown-up to type the password.</source>
        <translation>اطلب من الشخص الكبير معك أن يكتب كلمة المرور.</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>كلمة المرور</translation>
    </message>
    <message>
        <source>Go to the grown-ups&apos; view</source>
        <translation>الذهاب إلى عرض الكبار</translation>
    </message>
    <message>
        <source>Stay here</source>
        <translation>ابقَ هنا</translation>
    </message>
    <message>
        <source>My space</source>
        <translation>مساحتي</translation>
    </message>
    <message>
        <source>%1&apos;s space</source>
        <translation>مساحة %1</translation>
    </message>
    <message>
        <source>That&apos;s all the questions for now. Thank you for telling us.</source>
        <translation>هذه كل الأسئلة الآن. شكرًا لأنك أخبرتنا.</translation>
    </message>
    <message>
        <source>Thank you. Your words are saved.</source>
        <translation>شكرًا. حُفظت كلماتك.</translation>
    </message>
    <message>
        <source>That is not the password. Ask your grown-up to try again.</source>
        <translation>هذه ليست كلمة المرور. اطلب من الشخص الكبير أن يحاول مرة أخرى.</translation>
    </message>
    <message>
        <source>How do you feel about it? You can pick faces too.</source>
        <translation>ما شعورك تجاه ذلك؟ يمكنك أن تختار وجوهًا أيضًا.</translation>
    </message>
    <message>
        <source>Question %1 of %2</source>
        <translation>السؤال %1 من %2</translation>
    </message>
    <message>
        <source>That&apos;s fine. You don&apos;t have to say.</source>
        <translation>لا بأس. ليس عليك أن تقول.</translation>
    </message>
    <message>
        <source>Choose a photo</source>
        <translation>اختر صورة</translation>
    </message>
    <message>
        <source>My people: who is close to me</source>
        <translation>ناسي: من القريب مني</translation>
    </message>
    <message>
        <source>My memories: add one</source>
        <translation>ذكرياتي: أضف ذكرى</translation>
    </message>
    <message>
        <source>My book: read my story</source>
        <translation>كتابي: اقرأ قصتي</translation>
    </message>
    <message>
        <source>How big is the worry?</source>
        <translation>ما حجم القلق؟</translation>
    </message>
    <message>
        <source>The worry is %1</source>
        <translation>القلق %1</translation>
    </message>
    <message>
        <source>Thank you. Your voice is saved.</source>
        <translation>شكرًا. حُفظ صوتك.</translation>
    </message>
</context>
<context>
    <name>ChildViewPanel</name>
    <message>
        <source>Which day&apos;s map</source>
        <translation>خريطة أي يوم</translation>
    </message>
    <message>
        <source>Marks: + closer than on the adults&apos; map, − further away, ! only on the child&apos;s map.</source>
        <translation>العلامات: + أقرب مما في خريطة الكبار، − أبعد، ! في خريطة الطفل فقط.</translation>
    </message>
    <message>
        <source>%1&apos;s own map</source>
        <translation>خريطة %1 الخاصة</translation>
    </message>
    <message>
        <source>The child</source>
        <translation>الطفل</translation>
    </message>
    <message>
        <source>As %1 saw it on %2</source>
        <translation>كما رآها %1 في %2</translation>
    </message>
    <message>
        <source>%1 has not made their own map yet. They can in Child Mode, under “My people”.</source>
        <translation>لم يُعدّ %1 خريطته الخاصة بعد. يمكنه ذلك في وضع الطفل، تحت «ناسي».</translation>
    </message>
    <message>
        <source>%1&apos;s map and the adults&apos; map agree.</source>
        <translation>خريطة %1 وخريطة الكبار متطابقتان.</translation>
    </message>
</context>
<context>
    <name>Chronology</name>
    <message>
        <source>In the child&apos;s words: “%1”</source>
        <translation>بكلمات الطفل: «%1»</translation>
    </message>
    <message>
        <source>Home: %1 (%2)</source>
        <translation>المنزل: %1 (%2)</translation>
    </message>
    <message>
        <source>Moved from %1 to %2 (%3)</source>
        <translation>انتقل من %1 إلى %2 (%3)</translation>
    </message>
    <message>
        <source>Left %1</source>
        <translation>غادر %1</translation>
    </message>
    <message>
        <source>Outcome: %1</source>
        <translation>النتيجة: %1</translation>
    </message>
    <message>
        <source>Planned move from %1 to %2 (%3)</source>
        <translation>انتقال مخطَّط له من %1 إلى %2 (%3)</translation>
    </message>
</context>
<context>
    <name>Command</name>
    <message>
        <source>Edit the line between %1 and %2</source>
        <translation>تعديل الخط بين %1 و %2</translation>
    </message>
    <message>
        <source>Make the line to %1 “%2”</source>
        <translation>جعل الخط إلى %1 “%2”</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>إضافة %1</translation>
    </message>
    <message>
        <source>Change %1</source>
        <translation>تغيير %1</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>إزالة %1</translation>
    </message>
    <message>
        <source>the child</source>
        <translation>الطفل</translation>
    </message>
    <message>
        <source>Add what %1 said</source>
        <translation>إضافة ما قاله %1</translation>
    </message>
    <message>
        <source>Change what %1 said</source>
        <translation>تغيير ما قاله %1</translation>
    </message>
    <message>
        <source>Answer what %1 said</source>
        <translation>الرد على ما قاله %1</translation>
    </message>
    <message>
        <source>Remove what %1 said</source>
        <translation>إزالة ما قاله %1</translation>
    </message>
    <message>
        <source>Keeping in touch after the move to %1</source>
        <translation>البقاء على تواصل بعد الانتقال إلى %1</translation>
    </message>
    <message>
        <source>Write “%1”</source>
        <translation>كتابة «%1»</translation>
    </message>
    <message>
        <source>Start “%1” from the facts</source>
        <translation>بدء «%1» من الوقائع</translation>
    </message>
    <message>
        <source>Change the letter&apos;s details</source>
        <translation>تغيير بيانات الرسالة</translation>
    </message>
    <message>
        <source>Permission for %1: %2</source>
        <translation>الإذن بذكر %1: %2</translation>
    </message>
    <message>
        <source>Add a parent</source>
        <translation>إضافة أحد الوالدين</translation>
    </message>
    <message>
        <source>Remove a parent&apos;s line</source>
        <translation>إزالة خط أحد الوالدين</translation>
    </message>
    <message>
        <source>Change a parent&apos;s line</source>
        <translation>تغيير خط أحد الوالدين</translation>
    </message>
    <message>
        <source>Add partners</source>
        <translation>إضافة شريكين</translation>
    </message>
    <message>
        <source>Remove partners</source>
        <translation>إزالة شريكين</translation>
    </message>
    <message>
        <source>Change partners</source>
        <translation>تغيير شريكين</translation>
    </message>
    <message>
        <source>Mark as twins</source>
        <translation>تحديد كتوأمين</translation>
    </message>
    <message>
        <source>Unmark twins</source>
        <translation>إلغاء تحديد التوأمين</translation>
    </message>
    <message>
        <source>Change twins</source>
        <translation>تغيير التوأمين</translation>
    </message>
    <message>
        <source>Add a pregnancy lost</source>
        <translation>إضافة حمل فُقد</translation>
    </message>
    <message>
        <source>Remove a pregnancy lost</source>
        <translation>إزالة حمل فُقد</translation>
    </message>
    <message>
        <source>Change a pregnancy lost</source>
        <translation>تغيير حمل فُقد</translation>
    </message>
    <message>
        <source>Move in the family tree</source>
        <translation>تحريك في شجرة العائلة</translation>
    </message>
    <message>
        <source>Tidy the family tree</source>
        <translation>ترتيب شجرة العائلة</translation>
    </message>
    <message>
        <source>Put %1 on the map</source>
        <translation>وضع %1 على الخريطة</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>شخص ما</translation>
    </message>
    <message>
        <source>Move %1 on the child&apos;s own map</source>
        <translation>نقل %1 على خريطة الطفل الخاصة</translation>
    </message>
    <message>
        <source>Put %1 on the child&apos;s own map</source>
        <translation>وضع %1 على خريطة الطفل الخاصة</translation>
    </message>
    <message>
        <source>Take %1 off the child&apos;s own map</source>
        <translation>إزالة %1 من خريطة الطفل الخاصة</translation>
    </message>
</context>
<context>
    <name>CommandBar</name>
    <message>
        <source>More commands</source>
        <translation>أوامر أخرى</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Passphrase:</source>
        <translation>عبارة المرور:</translation>
    </message>
    <message>
        <source>Please give the passphrase on standard input.</source>
        <translation>يُرجى إدخال عبارة المرور عبر الإدخال القياسي.</translation>
    </message>
    <message>
        <source>Wrote %1 pages to %2.</source>
        <translation>كُتبت %1 صفحة في %2.</translation>
    </message>
    <message>
        <source>Left out: %1</source>
        <translation>المستبعَد: %1</translation>
    </message>
    <message>
        <source>Choose a passphrase for the demo:</source>
        <translation>اختر عبارة مرور للقصة التجريبية:</translation>
    </message>
    <message>
        <source>Please give a passphrase of at least 8 characters on standard input.</source>
        <translation>يُرجى إدخال عبارة مرور من 8 أحرف على الأقل عبر الإدخال القياسي.</translation>
    </message>
    <message>
        <source>Wrote the demo life story to %1.</source>
        <translation>كُتبت قصة الحياة التجريبية في %1.</translation>
    </message>
    <message>
        <source>Fine: the passphrase is right and the life story is undamaged.</source>
        <translation>كل شيء سليم: عبارة المرور صحيحة وقصة الحياة غير تالفة.</translation>
    </message>
    <message>
        <source>Usage: belonging handover --for new-carers|adopters|young-person|birth-family|worker
                          CASE -o COPY.belonging
                          [--leave-out NAME]... [--from NAME] [--letter FILE]
Makes a copy of the life story holding only what that receiver may have, with its
own passphrase, and records the hand-over in both files.
Standard input: the story&apos;s passphrase on the first line, the copy&apos;s on the
second. With no second line, a passphrase of six words is made and printed once.
--leave-out leaves a person out as well (the name they are known by, or their
full name); --letter is a plain-text file shown when the copy is first opened.</source>
        <translation>الاستخدام: belonging handover --for new-carers|adopters|young-person|birth-family|worker
                               CASE -o COPY.belonging
                               [--leave-out NAME]... [--from NAME] [--letter FILE]
يصنع نسخة من قصة الحياة لا تحمل إلا ما يحق لذلك المستلم، بعبارة مرور خاصة بها،
ويسجّل التسليم في الملفين كليهما.
الإدخال القياسي: عبارة مرور القصة في السطر الأول، وعبارة مرور النسخة في السطر الثاني.
إن لم يوجد سطر ثانٍ، تُصنع عبارة مرور من ست كلمات وتُطبع مرة واحدة.
‏--leave-out يستبعد شخصًا أيضًا (بالاسم المعروف به أو باسمه الكامل)؛
‏--letter ملف نص عادي يُعرض عند فتح النسخة أول مرة.</translation>
    </message>
    <message>
        <source>The letter file could not be read, or is larger than 1 MB.</source>
        <translation>تعذّرت قراءة ملف الرسالة، أو أن حجمه أكبر من 1 ميغابايت.</translation>
    </message>
    <message>
        <source>Nobody in this story is called “%1”.</source>
        <translation>لا يوجد في هذه القصة أحد اسمه ”%1“.</translation>
    </message>
    <message>
        <source>Passphrase for the copy (empty: make one of words):</source>
        <translation>عبارة مرور النسخة (فارغة: اصنع واحدة من كلمات):</translation>
    </message>
    <message>
        <source>The copy&apos;s passphrase (write it down and give it separately): %1</source>
        <translation>عبارة مرور النسخة (اكتبها وسلّمها على حدة): %1</translation>
    </message>
    <message>
        <source>Please give the copy a passphrase of at least 8 characters.</source>
        <translation>يُرجى إعطاء النسخة عبارة مرور من 8 أحرف على الأقل.</translation>
    </message>
    <message>
        <source>Wrote the copy for “%1” to %2.</source>
        <translation>كُتبت النسخة الخاصة بـ ”%1“ إلى %2.</translation>
    </message>
    <message>
        <source>Usage: belonging archive CASE -o STORY.zip [--plain]
       belonging import STORY.zip -o NEW.belonging
archive writes the whole story as case.json and picture files in one ZIP
archive, encrypted with AES-256 (7-Zip and other tools open it with the
passphrase). Standard input: the story&apos;s passphrase, then the archive&apos;s.
--plain writes it unencrypted, readable by anyone who has the file.
import makes a new life story from such an archive. Standard input: the
archive&apos;s passphrase (an empty line if it has none), then the new story&apos;s.</source>
        <translation>الاستخدام: belonging archive CASE -o STORY.zip [--plain]
           belonging import STORY.zip -o NEW.belonging
يكتب archive القصة كاملة ملفَّ case.json وملفات صور في أرشيف ZIP واحد،
مشفّرًا بـ AES-256 (يفتحه 7-Zip وأدوات أخرى بعبارة المرور).
الإدخال القياسي: عبارة مرور القصة، ثم عبارة مرور الأرشيف.
‏--plain يكتبه من دون تشفير، فيقرؤه كل من لديه الملف.
يصنع import قصة حياة جديدة من أرشيف كهذا. الإدخال القياسي: عبارة مرور
الأرشيف (سطر فارغ إن لم تكن له)، ثم عبارة مرور القصة الجديدة.</translation>
    </message>
    <message>
        <source>Passphrase for the archive:</source>
        <translation>عبارة مرور الأرشيف:</translation>
    </message>
    <message>
        <source>Please give the archive a passphrase of at least 8 characters on standard input, or choose --plain.</source>
        <translation>يُرجى إعطاء الأرشيف عبارة مرور من 8 أحرف على الأقل في الإدخال القياسي، أو اختيار --plain.</translation>
    </message>
    <message>
        <source>Wrote the whole story, not encrypted, to %1.</source>
        <translation>كُتبت القصة كاملة، من دون تشفير، إلى %1.</translation>
    </message>
    <message>
        <source>Wrote the whole story, encrypted, to %1.</source>
        <translation>كُتبت القصة كاملة، مشفّرة، إلى %1.</translation>
    </message>
    <message>
        <source>Passphrase of the archive:</source>
        <translation>عبارة مرور الأرشيف:</translation>
    </message>
    <message>
        <source>Choose a passphrase for the new story:</source>
        <translation>اختر عبارة مرور للقصة الجديدة:</translation>
    </message>
    <message>
        <source>Please give the new story a passphrase of at least 8 characters on standard input.</source>
        <translation>يُرجى إعطاء القصة الجديدة عبارة مرور من 8 أحرف على الأقل في الإدخال القياسي.</translation>
    </message>
    <message>
        <source>Brought the story in as %1 (people: %2, memories: %3, pictures: %4).</source>
        <translation>استُوردت القصة باسم %1 (الأشخاص: %2، الذكريات: %3، الصور: %4).</translation>
    </message>
    <message>
        <source>Usage: belonging merge CASE OTHER-COPY [--mine|--theirs]
Brings the changes made in another copy of the same story into CASE: what is
new there is added, what only the other copy changed is taken, and what it
removed (unchanged here) is removed. Where both copies changed the same thing,
or one removed what the other changed, nothing is written unless --mine (keep
this copy&apos;s) or --theirs (take the other&apos;s) says how to settle every one; the
questions are listed. One transaction: stopped part-way, CASE is as it was.
Standard input: CASE&apos;s passphrase, then the other copy&apos;s.</source>
        <translation>الاستخدام: belonging merge CASE OTHER-COPY [--mine|--theirs]
يجلب التغييرات المصنوعة في نسخة أخرى من القصة نفسها إلى CASE: ما هو جديد هناك يُضاف،
وما غيّرته النسخة الأخرى وحدها يؤخذ، وما أزالته (ولم يتغيّر هنا) يُزال. وحيث غيّرت
النسختان الشيء نفسه، أو أزالت إحداهما ما غيّرته الأخرى، لا يُكتب شيء ما لم يحدد
--mine (الاحتفاظ بما في هذه النسخة) أو --theirs (أخذ ما في الأخرى) كيف يُحسم كل واحد؛
وتُذكر الأسئلة. معاملة واحدة: إن توقفت في منتصفها بقي CASE كما كان.
الإدخال القياسي: عبارة مرور CASE، ثم عبارة مرور النسخة الأخرى.</translation>
    </message>
    <message>
        <source>Passphrase of the other copy:</source>
        <translation>عبارة مرور النسخة الأخرى:</translation>
    </message>
    <message>
        <source>Please give the other copy&apos;s passphrase on the second line of standard input.</source>
        <translation>يُرجى إعطاء عبارة مرور النسخة الأخرى في السطر الثاني من الإدخال القياسي.</translation>
    </message>
    <message>
        <source>Nothing to bring in: this copy already has everything in %1.</source>
        <translation>لا شيء لجلبه: في هذه النسخة كل ما في %1 بالفعل.</translation>
    </message>
    <message>
        <source>Both changed: %1 — %2. This copy: “%3”. The other: “%4”.</source>
        <translation>غيّرته النسختان: %1 — %2. هذه النسخة: ”%3“. الأخرى: ”%4“.</translation>
    </message>
    <message>
        <source>Removed here, changed in the other copy: %1.</source>
        <translation>أُزيل هنا وغُيّر في النسخة الأخرى: %1.</translation>
    </message>
    <message>
        <source>Removed in the other copy, changed here: %1.</source>
        <translation>أُزيل في النسخة الأخرى وغُيّر هنا: %1.</translation>
    </message>
    <message>
        <source>Nothing was changed. Both copies changed the things listed: choose --mine or --theirs, or bring the copies together in Belonging to choose one by one.</source>
        <translation>لم يتغيّر شيء. غيّرت النسختان الأشياء المذكورة: اختر --mine أو --theirs، أو اجمع النسختين في Belonging لتختار واحدًا واحدًا.</translation>
    </message>
    <message>
        <source>Brought in from %1: %2 new, %3 changed, %4 removed.</source>
        <translation>جُلب من %1: %2 جديد، %3 مُغيَّر، %4 مُزال.</translation>
    </message>
    <message>
        <source>Those are the same file. Name the other person&apos;s copy second.</source>
        <translation>هذان هما الملف نفسه. اذكر نسخة الشخص الآخر ثانيًا.</translation>
    </message>
    <message>
        <source>Usage: belonging demo PATH    (writes the demo life story to PATH)
       belonging check PATH   (checks the passphrase and the file)
       belonging export --audience book|family|review|court CASE -o OUT.pdf
                        [--page-size a4|letter]
       belonging handover --for RECEIVER CASE -o COPY.belonging  (see --help)
       belonging archive CASE -o STORY.zip [--plain]   (the open export)
       belonging import STORY.zip -o NEW.belonging
       belonging merge CASE OTHER-COPY [--mine|--theirs]
       belonging gedcom import CASE TREE.ged [--child XREF]
       belonging gedcom export CASE -o TREE.ged
The passphrase is read from standard input.</source>
        <translation>الاستخدام: belonging demo PATH    (يكتب قصة الحياة التجريبية إلى PATH)
           belonging check PATH   (يتحقق من عبارة المرور ومن الملف)
           belonging export --audience book|family|review|court CASE -o OUT.pdf
                            [--page-size a4|letter]
           belonging handover --for RECEIVER CASE -o COPY.belonging  (انظر --help)
           belonging archive CASE -o STORY.zip [--plain]   (التصدير المفتوح)
           belonging import STORY.zip -o NEW.belonging
           belonging merge CASE OTHER-COPY [--mine|--theirs]
       belonging gedcom import CASE TREE.ged [--child XREF]
       belonging gedcom export CASE -o TREE.ged
تُقرأ عبارة المرور من الإدخال القياسي.</translation>
    </message>
    <message>
        <source>1 person</source>
        <translation>شخص واحد</translation>
    </message>
    <message>
        <source>%1 people</source>
        <translation>%1 أشخاص</translation>
    </message>
    <message>
        <source>1 family</source>
        <translation>عائلة واحدة</translation>
    </message>
    <message>
        <source>%1 families</source>
        <translation>%1 عائلات</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 و%2</translation>
    </message>
    <message>
        <source>Usage: belonging gedcom import CASE TREE.ged [--child XREF]
       belonging gedcom export CASE -o TREE.ged
import adds everyone in a GEDCOM family tree (5.5.1 or 7.0) to CASE as new
people, with who is whose parent and partner; nobody already there is changed.
--child names the person in the file (e.g. @I4@) who is the child the story is
about. It prints how many people and families were added and each line it
could not read. export writes the family&apos;s shape as GEDCOM 7: names, sex,
birth, death, parents and partners; private people and everything else are
left out. Standard input: CASE&apos;s passphrase.</source>
        <translation>الاستخدام: belonging gedcom import CASE TREE.ged [--child XREF]
           belonging gedcom export CASE -o TREE.ged
يضيف import كل من في شجرة عائلة GEDCOM (5.5.1 أو 7.0) إلى CASE كأشخاص جدد،
مع من هو والد من وشريكه؛ لا يتغير أحد موجود أصلًا.
يسمّي --child الشخص في الملف (مثل @I4@) الذي هو الطفل صاحب القصة.
يطبع عدد الأشخاص والعائلات المضافة وكل سطر تعذّرت قراءته.
يكتب export شكل العائلة بصيغة GEDCOM 7: الأسماء والجنس والميلاد والوفاة
والوالدين والشركاء؛ ويُستبعد الأشخاص الخاصون وكل ما عدا ذلك.
الإدخال القياسي: عبارة مرور CASE.</translation>
    </message>
    <message>
        <source>The family tree file could not be read. Check that it is there.</source>
        <translation>تعذّرت قراءة ملف شجرة العائلة. تأكد من وجوده.</translation>
    </message>
    <message>
        <source>That file is far bigger than any family tree; nothing was added.</source>
        <translation>هذا الملف أكبر بكثير من أي شجرة عائلة؛ لم يُضف شيء.</translation>
    </message>
    <message>
        <source>The family tree could not be saved there. Try another place.</source>
        <translation>تعذّر حفظ شجرة العائلة هناك. جرّب مكانًا آخر.</translation>
    </message>
    <message>
        <source>Wrote %1 to %2.</source>
        <translation>كُتب %1 في %2.</translation>
    </message>
    <message>
        <source>No people were found in that file, so nothing was added. Is it a GEDCOM family tree?</source>
        <translation>لم يوجد أي شخص في ذلك الملف، فلم يُضف شيء. هل هو شجرة عائلة GEDCOM؟</translation>
    </message>
    <message>
        <source>Added %1.</source>
        <translation>أُضيف %1.</translation>
    </message>
</context>
<context>
    <name>CopyMerge</name>
    <message>
        <source>That file is this copy of the story, not another one.</source>
        <translation>ذلك الملف هو هذه النسخة من القصة نفسها، لا نسخة أخرى.</translation>
    </message>
    <message>
        <source>That file is a different life story, not a copy of this one, so the two cannot be brought together. (Copies saved before this version of Belonging cannot be brought together either.)</source>
        <translation>ذلك الملف قصة حياة مختلفة، لا نسخة من هذه، فلا يمكن جمعهما. (ولا يمكن كذلك جمع النسخ المحفوظة قبل هذا الإصدار من Belonging.)</translation>
    </message>
</context>
<context>
    <name>CourtDetailsDialog</name>
    <message>
        <source>Court or review details</source>
        <translation>تفاصيل المحكمة أو المراجعة</translation>
    </message>
    <message>
        <source>For example: Cardiff Family Court, or Looked-after review</source>
        <translation>مثلًا: محكمة الأسرة في كارديف، أو مراجعة رعاية الطفل</translation>
    </message>
    <message>
        <source>Court or review</source>
        <translation>المحكمة أو المراجعة</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>رقم القضية</translation>
    </message>
    <message>
        <source>Date of the hearing or review</source>
        <translation>تاريخ الجلسة أو المراجعة</translation>
    </message>
    <message>
        <source>Prepared by</source>
        <translation>أعدّه</translation>
    </message>
    <message>
        <source>For example: Social worker</source>
        <translation>مثلًا: أخصائي اجتماعي</translation>
    </message>
    <message>
        <source>Their role</source>
        <translation>دوره</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>الجهة</translation>
    </message>
    <message>
        <source>Printed on the cover of the court and review pack; the case number is also printed at the foot of every page.</source>
        <translation>يُطبع على غلاف حزمة المحكمة والمراجعة؛ ويُطبع رقم القضية أيضًا أسفل كل صفحة.</translation>
    </message>
    <message>
        <source>&amp;Court or review:</source>
        <translation>&amp;المحكمة أو المراجعة:</translation>
    </message>
    <message>
        <source>Case &amp;number:</source>
        <translation>&amp;رقم القضية:</translation>
    </message>
    <message>
        <source>&amp;Hearing or review date:</source>
        <translation>تاريخ ال&amp;جلسة أو المراجعة:</translation>
    </message>
    <message>
        <source>&amp;Prepared by:</source>
        <translation>أ&amp;عدّه:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>ال&amp;دور:</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>الج&amp;هة:</translation>
    </message>
    <message>
        <source>The date is not clear yet: try “12 May 2027” or leave it empty.</source>
        <translation>التاريخ غير واضح بعد: جرّب «12 مايو 2027» أو اتركه فارغًا.</translation>
    </message>
</context>
<context>
    <name>DateCheck</name>
    <message>
        <source>This date is in the future. Is that right?</source>
        <translation>هذا التاريخ في المستقبل. هل هذا صحيح؟</translation>
    </message>
    <message>
        <source>This is before you were born. That&apos;s fine for family history.</source>
        <translation>هذا قبل أن تولد. لا بأس بذلك في تاريخ العائلة.</translation>
    </message>
    <message>
        <source>The end date is before the start date.</source>
        <translation>تاريخ النهاية قبل تاريخ البداية.</translation>
    </message>
</context>
<context>
    <name>DemoCase</name>
    <message>
        <source>she/her</source>
        <translation>هي</translation>
    </message>
    <message>
        <source>I am Maisie. I am 11. I love drawing, swimming and my dog Biscuit. My favourite food is Nana&apos;s shepherd&apos;s pie.</source>
        <translation>أنا Maisie. عمري 11 سنة. أحب الرسم والسباحة وكلبي Biscuit. أكلتي المفضلة فطيرة الراعي التي تعدّها تيتا.</translation>
    </message>
    <message>
        <source>Mum</source>
        <translation>ماما</translation>
    </message>
    <message>
        <source>Dad</source>
        <translation>بابا</translation>
    </message>
    <message>
        <source>Big brother, 14</source>
        <translation>الأخ الكبير، 14</translation>
    </message>
    <message>
        <source>Little sister, 4, adopted</source>
        <translation>الأخت الصغيرة، 4، متبنّاة</translation>
    </message>
    <message>
        <source>Nana</source>
        <translation>تيتا</translation>
    </message>
    <message>
        <source>Mum&apos;s mum</source>
        <translation>أم ماما</translation>
    </message>
    <message>
        <source>Emergency carer</source>
        <translation>مقدّمة رعاية طارئة</translation>
    </message>
    <message>
        <source>Social worker until 2023</source>
        <translation>أخصائية اجتماعية حتى 2023</translation>
    </message>
    <message>
        <source>Mr Evans</source>
        <translation>Mr Evans</translation>
    </message>
    <message>
        <source>Year 6 teacher</source>
        <translation>معلّم الصف السادس</translation>
    </message>
    <message>
        <source>Play therapist</source>
        <translation>معالجة باللعب</translation>
    </message>
    <message>
        <source>Dog</source>
        <translation>كلب</translation>
    </message>
    <message>
        <source>Mum gives the best hugs. Sometimes she is poorly and can&apos;t come, and that makes me sad.</source>
        <translation>ماما تعطي أجمل العناقات. أحيانًا تكون مريضة ولا تستطيع المجيء، وهذا يحزنني.</translation>
    </message>
    <message>
        <source>Nana is kind and funny and she always has biscuits. I feel safe at Nana&apos;s.</source>
        <translation>تيتا لطيفة ومضحكة وعندها بسكويت دائمًا. أشعر بالأمان في بيت تيتا.</translation>
    </message>
    <message>
        <source>Tyler is my big brother. We play football when we see each other. I miss him.</source>
        <translation>Tyler أخي الكبير. نلعب كرة القدم عندما نرى بعضنا. أشتاق إليه.</translation>
    </message>
    <message>
        <source>Ruby is my little sister. She lives with her new family. I send her a letter and a drawing every year.</source>
        <translation>Ruby أختي الصغيرة. تعيش مع عائلتها الجديدة. أرسل إليها رسالة ورسمة كل سنة.</translation>
    </message>
    <message>
        <source>Biscuit is the best dog in the world.</source>
        <translation>Biscuit أفضل كلب في العالم.</translation>
    </message>
    <message>
        <source>Whereabouts not known since 2019.</source>
        <translation>مكانه غير معروف منذ 2019.</translation>
    </message>
    <message>
        <source>Supervised, at the family centre</source>
        <translation>تحت الإشراف، في مركز العائلة</translation>
    </message>
    <message>
        <source>Day trips and school holidays</source>
        <translation>رحلات يومية وعطلات مدرسية</translation>
    </message>
    <message>
        <source>One letter a year, through the adoption team</source>
        <translation>رسالة واحدة في السنة، عن طريق فريق التبنّي</translation>
    </message>
    <message>
        <source>Living with Mum</source>
        <translation>أعيش مع ماما</translation>
    </message>
    <message>
        <source>Mum was poorly and couldn&apos;t look after me and Tyler properly. It wasn&apos;t my fault.</source>
        <translation>كانت ماما مريضة ولم تستطع الاعتناء بي وبـ Tyler كما يجب. لم يكن ذلك ذنبي.</translation>
    </message>
    <message>
        <source>Accommodated under s.76 following escalating neglect concerns and maternal mental health crisis.</source>
        <translation>أُودعت بموجب المادة 76 إثر تزايد المخاوف من الإهمال وأزمة في الصحة النفسية للأم.</translation>
    </message>
    <message>
        <source>Sue&apos;s house</source>
        <translation>بيت Sue</translation>
    </message>
    <message>
        <source>Sue&apos;s husband got very ill and I had to move really quickly. I didn&apos;t get to say goodbye to my friends.</source>
        <translation>مرض زوج Sue مرضًا شديدًا واضطررت إلى الانتقال بسرعة كبيرة. لم أتمكن من توديع أصدقائي.</translation>
    </message>
    <message>
        <source>Placement ended at short notice (24 hours) due to carer&apos;s family illness; emergency placement identified.</source>
        <translation>انتهى الإيداع بإشعار قصير (24 ساعة) بسبب مرض في عائلة مقدّمة الرعاية؛ حُدّد إيداع طارئ.</translation>
    </message>
    <message>
        <source>Lisa&apos;s flat</source>
        <translation>شقة Lisa</translation>
    </message>
    <message>
        <source>Nana got approved to look after me!</source>
        <translation>حصلت تيتا على الموافقة لتعتني بي!</translation>
    </message>
    <message>
        <source>Planned move to connected person (maternal grandmother) following positive kinship assessment.</source>
        <translation>انتقال مخطط له إلى شخص ذي صلة (الجدة من جهة الأم) بعد تقييم إيجابي لرعاية الأقارب.</translation>
    </message>
    <message>
        <source>Nana&apos;s house</source>
        <translation>بيت تيتا</translation>
    </message>
    <message>
        <source>My 4th birthday</source>
        <translation>عيد ميلادي الرابع</translation>
    </message>
    <message>
        <source>Mum made a pink cake with four candles.</source>
        <translation>صنعت ماما كعكة وردية عليها أربع شموع.</translation>
    </message>
    <message>
        <source>Feeding the ducks</source>
        <translation>إطعام البط</translation>
    </message>
    <message>
        <source>Tyler and me fed the ducks at the park. One duck chased me!</source>
        <translation>أطعمتُ أنا وTyler البط في الحديقة. لحقتني بطة!</translation>
    </message>
    <message>
        <source>When Ruby was born</source>
        <translation>عندما وُلدت Ruby</translation>
    </message>
    <message>
        <source>She was really tiny and she grabbed my finger.</source>
        <translation>كانت صغيرة جدًا وأمسكت بإصبعي.</translation>
    </message>
    <message>
        <source>First night at Sue&apos;s</source>
        <translation>الليلة الأولى عند Sue</translation>
    </message>
    <message>
        <source>I was scared but Sue let me have the landing light on.</source>
        <translation>كنت خائفة لكن Sue تركت ضوء الممر مضاءً لي.</translation>
    </message>
    <message>
        <source>Sue&apos;s garden</source>
        <translation>حديقة Sue</translation>
    </message>
    <message>
        <source>There was a swing in the big tree.</source>
        <translation>كانت هناك أرجوحة في الشجرة الكبيرة.</translation>
    </message>
    <message>
        <source>Video calls with Tyler</source>
        <translation>مكالمات فيديو مع Tyler</translation>
    </message>
    <message>
        <source>We could only see each other on the tablet for ages.</source>
        <translation>لم نكن نستطيع أن نرى بعضنا إلا على الجهاز اللوحي لمدة طويلة.</translation>
    </message>
    <message>
        <source>My 5th birthday</source>
        <translation>عيد ميلادي الخامس</translation>
    </message>
    <message>
        <source>Sue made a cake and Helen brought a present.</source>
        <translation>صنعت Sue كعكة وأحضرت Helen هدية.</translation>
    </message>
    <message>
        <source>Learning to swim</source>
        <translation>تعلّم السباحة</translation>
    </message>
    <message>
        <source>I got my 10 metres badge!</source>
        <translation>حصلت على شارة العشرة أمتار!</translation>
    </message>
    <message>
        <source>Beach day with Tyler</source>
        <translation>يوم على الشاطئ مع Tyler</translation>
    </message>
    <message>
        <source>We built the biggest sandcastle ever.</source>
        <translation>بنينا أكبر قلعة رمل على الإطلاق.</translation>
    </message>
    <message>
        <source>Moving to Lisa&apos;s</source>
        <translation>الانتقال إلى Lisa</translation>
    </message>
    <message>
        <source>It all happened really fast.</source>
        <translation>حدث كل شيء بسرعة كبيرة.</translation>
    </message>
    <message>
        <source>Lisa&apos;s cat</source>
        <translation>قطة Lisa</translation>
    </message>
    <message>
        <source>Lisa had a grumpy cat called Pepper.</source>
        <translation>كانت عند Lisa قطة متذمّرة اسمها Pepper.</translation>
    </message>
    <message>
        <source>Moving to Nana&apos;s</source>
        <translation>الانتقال إلى تيتا</translation>
    </message>
    <message>
        <source>Nana let me choose the colour for my bedroom. I picked purple.</source>
        <translation>تركتني تيتا أختار لون غرفة نومي. اخترت البنفسجي.</translation>
    </message>
    <message>
        <source>Meeting Biscuit</source>
        <translation>التعرّف على Biscuit</translation>
    </message>
    <message>
        <source>Biscuit licked my face and I laughed so much.</source>
        <translation>لعق Biscuit وجهي وضحكت كثيرًا.</translation>
    </message>
    <message>
        <source>New school</source>
        <translation>مدرسة جديدة</translation>
    </message>
    <message>
        <source>I met Lily on my first day. She showed me where everything was.</source>
        <translation>تعرّفت على Lily في يومي الأول. أرتني أين كل شيء.</translation>
    </message>
    <message>
        <source>Christmas at Nana&apos;s</source>
        <translation>عيد الميلاد في بيت تيتا</translation>
    </message>
    <message>
        <source>Tyler came for the whole day. Best Christmas.</source>
        <translation>جاء Tyler وقضى اليوم كله. أجمل عيد ميلاد.</translation>
    </message>
    <message>
        <source>Biscuit&apos;s walk in the snow</source>
        <translation>نزهة Biscuit في الثلج</translation>
    </message>
    <message>
        <source>Biscuit tried to eat the snow.</source>
        <translation>حاول Biscuit أن يأكل الثلج.</translation>
    </message>
    <message>
        <source>Star of the week</source>
        <translation>نجمة الأسبوع</translation>
    </message>
    <message>
        <source>Mr Evans gave me star of the week for my story about Biscuit.</source>
        <translation>منحني Mr Evans لقب نجمة الأسبوع على قصتي عن Biscuit.</translation>
    </message>
    <message>
        <source>My 9th birthday</source>
        <translation>عيد ميلادي التاسع</translation>
    </message>
    <message>
        <source>Lily came for a sleepover.</source>
        <translation>جاءت Lily لتبيت عندي.</translation>
    </message>
    <message>
        <source>Seeing Mum at the park</source>
        <translation>رؤية ماما في الحديقة</translation>
    </message>
    <message>
        <source>Mum was well and we had ice creams.</source>
        <translation>كانت ماما بخير وأكلنا المثلّجات.</translation>
    </message>
    <message>
        <source>My 11th birthday</source>
        <translation>عيد ميلادي الحادي عشر</translation>
    </message>
    <message>
        <source>Tyler and Nana and Lily and Biscuit. Pizza and bowling!</source>
        <translation>Tyler وتيتا وLily وBiscuit. بيتزا وبولينغ!</translation>
    </message>
    <message>
        <source>Accommodated; placed with foster carer</source>
        <translation>أُودعت؛ وُضعت لدى مقدّمة رعاية بديلة</translation>
    </message>
    <message>
        <source>Maisie and Tyler accommodated; placed separately due to lack of a sibling placement.</source>
        <translation>أُودع Maisie وTyler؛ ووُضعا منفصلَين لعدم توفر إيداع يجمع الإخوة.</translation>
    </message>
    <message>
        <source>Placement plan PP/20/014</source>
        <translation>خطة الإيداع PP/20/014</translation>
    </message>
    <message>
        <source>Social worker allocated</source>
        <translation>تعيين أخصائية اجتماعية</translation>
    </message>
    <message>
        <source>Helen Price allocated as social worker.</source>
        <translation>عُيّنت Helen Price أخصائية اجتماعية.</translation>
    </message>
    <message>
        <source>Case note 10/02/2020</source>
        <translation>ملاحظة الحالة 10/02/2020</translation>
    </message>
    <message>
        <source>First looked-after child review</source>
        <translation>أول مراجعة لطفل في الرعاية</translation>
    </message>
    <message>
        <source>IRO Anita Shah chaired. Plan: assessment of maternal grandmother.</source>
        <translation>ترأّست الاجتماعَ مسؤولة المراجعة المستقلة Anita Shah. الخطة: تقييم الجدة من جهة الأم.</translation>
    </message>
    <message>
        <source>LAC review minutes</source>
        <translation>محضر مراجعة الطفل في الرعاية</translation>
    </message>
    <message>
        <source>Final hearing: care order</source>
        <translation>الجلسة النهائية: أمر رعاية</translation>
    </message>
    <message>
        <source>Care order granted. Plan for kinship placement endorsed.</source>
        <translation>صدر أمر الرعاية. واعتُمدت خطة الإيداع لدى الأقارب.</translation>
    </message>
    <message>
        <source>Court order ref. CF21C00123</source>
        <translation>مرجع أمر المحكمة CF21C00123</translation>
    </message>
    <message>
        <source>Legal certainty; plan to live with Nana.</source>
        <translation>استقرار قانوني؛ خطة للعيش مع تيتا.</translation>
    </message>
    <message>
        <source>Emergency placement move</source>
        <translation>انتقال إلى إيداع طارئ</translation>
    </message>
    <message>
        <source>Placement ended at 24 hours&apos; notice; moved to emergency foster carer.</source>
        <translation>انتهى الإيداع بإشعار مدته 24 ساعة؛ نُقلت إلى مقدّمة رعاية بديلة طارئة.</translation>
    </message>
    <message>
        <source>Case note 20/01/2022</source>
        <translation>ملاحظة الحالة 20/01/2022</translation>
    </message>
    <message>
        <source>Distressed; lost contact with school friends for a term.</source>
        <translation>في ضيق؛ انقطع التواصل مع أصدقاء المدرسة لفصل دراسي.</translation>
    </message>
    <message>
        <source>Moved to kinship placement</source>
        <translation>الانتقال إلى إيداع لدى الأقارب</translation>
    </message>
    <message>
        <source>Planned move to maternal grandmother.</source>
        <translation>انتقال مخطط له إلى الجدة من جهة الأم.</translation>
    </message>
    <message>
        <source>Placement plan PP/22/088</source>
        <translation>خطة الإيداع PP/22/088</translation>
    </message>
    <message>
        <source>Change of social worker</source>
        <translation>تغيير الأخصائي الاجتماعي</translation>
    </message>
    <message>
        <source>Helen Price left the team; Tom Okafor allocated.</source>
        <translation>غادرت Helen Price الفريق؛ وعُيّن Tom Okafor.</translation>
    </message>
    <message>
        <source>Case note</source>
        <translation>ملاحظة الحالة</translation>
    </message>
    <message>
        <source>Maisie said she was sad to lose Helen and met Tom twice before the handover.</source>
        <translation>قالت Maisie إنها حزينة لفقدان Helen، والتقت Tom مرتين قبل التسليم.</translation>
    </message>
    <message>
        <source>Family time with Mum</source>
        <translation>وقت العائلة مع ماما</translation>
    </message>
    <message>
        <source>Supervised contact at the family centre, 2 hours.</source>
        <translation>تواصل تحت الإشراف في مركز العائلة، ساعتان.</translation>
    </message>
    <message>
        <source>Contact record CR/26/301</source>
        <translation>سجل التواصل CR/26/301</translation>
    </message>
    <message>
        <source>Warm; Mum arrived on time. Maisie showed her drawings.</source>
        <translation>لقاء دافئ؛ وصلت ماما في الوقت المحدد. أرتها Maisie رسوماتها.</translation>
    </message>
    <message>
        <source>Looked-after child review</source>
        <translation>مراجعة الطفل في الرعاية</translation>
    </message>
    <message>
        <source>Plan remains long-term kinship care with Nana; increase sibling time.</source>
        <translation>تبقى الخطة رعاية طويلة الأمد لدى الأقارب مع تيتا؛ وزيادة وقت اللقاء بالإخوة.</translation>
    </message>
    <message>
        <source>School</source>
        <translation>المدرسة</translation>
    </message>
    <message>
        <source>Emergency foster placement; no placement could take Maisie and Tyler together.</source>
        <translation>إيداع طارئ لدى أسرة حاضنة؛ لم يتوفر إيداع يستقبل ميزي وتايلر معًا.</translation>
    </message>
    <message>
        <source>I asked to live with Nana and she said yes.</source>
        <translation>طلبت أن أعيش مع جدتي فقالت نعم.</translation>
    </message>
    <message>
        <source>Who would you like to see more?</source>
        <translation>من تحب أن تراه أكثر؟</translation>
    </message>
    <message>
        <source>I want to see Tyler more, not just in the holidays. Every week would be best.</source>
        <translation>أريد أن أرى تايلر أكثر، ليس في العطلات فقط. كل أسبوع سيكون الأفضل.</translation>
    </message>
    <message>
        <source>You said you wanted to see Tyler more. The review agreed: every two weeks from October, with video calls in between.</source>
        <translation>قلتَ إنك تريد أن ترى تايلر أكثر. وافقت المراجعة: كل أسبوعين ابتداءً من أكتوبر، مع مكالمات فيديو بينهما.</translation>
    </message>
    <message>
        <source>Every week was not possible because Tyler plays football on Saturdays.</source>
        <translation>لم يكن كل أسبوع ممكنًا لأن تايلر يلعب كرة القدم أيام السبت.</translation>
    </message>
    <message>
        <source>What would make home better?</source>
        <translation>ما الذي يجعل البيت أفضل؟</translation>
    </message>
    <message>
        <source>I want to stay living with Nana. Nothing would make it better, it is already good. Maybe a bigger bed.</source>
        <translation>أريد أن أبقى أعيش مع جدتي. لا شيء سيجعله أفضل، إنه جيد أصلًا. ربما سرير أكبر.</translation>
    </message>
    <message>
        <source>The review agreed you will keep living with Nana.</source>
        <translation>وافقت المراجعة على أن تبقى تعيش مع جدتك.</translation>
    </message>
    <message>
        <source>I want to get letters from Ruby, and send her my drawings.</source>
        <translation>أريد أن تصلني رسائل من روبي، وأن أرسل لها رسوماتي.</translation>
    </message>
    <message>
        <source>What worries you?</source>
        <translation>ما الذي يقلقك؟</translation>
    </message>
    <message>
        <source>Sometimes I worry Mum is cross that I like living with Nana. Please don&apos;t tell her I said that.</source>
        <translation>أحيانًا أقلق أن أمي غاضبة لأنني أحب العيش مع جدتي. أرجوك لا تخبرها أنني قلت ذلك.</translation>
    </message>
    <message>
        <source>Best friend at Maesycoed Primary</source>
        <translation>أعز صديقة في مدرسة ميسيكويد الابتدائية</translation>
    </message>
    <message>
        <source>Friend at Maesycoed Primary</source>
        <translation>صديقة في مدرسة ميسيكويد الابتدائية</translation>
    </message>
    <message>
        <source>Nana&apos;s new bungalow</source>
        <translation>بيت نانا الجديد</translation>
    </message>
    <message>
        <source>Planned move: carer relocating nearer hospital for health reasons; kinship placement continues.</source>
        <translation>انتقال مخطَّط له: تنتقل مقدّمة الرعاية قرب المستشفى لأسباب صحية؛ تستمر الرعاية لدى الأقارب.</translation>
    </message>
    <message>
        <source>Nana needs to be near the hospital. I&apos;m going too.</source>
        <translation>نانا تحتاج أن تكون قرب المستشفى. وأنا ذاهبة معها.</translation>
    </message>
    <message>
        <source>24 hours</source>
        <translation>24 ساعة</translation>
    </message>
    <message>
        <source>Helen (social worker)</source>
        <translation>هيلين (الأخصائية الاجتماعية)</translation>
    </message>
    <message>
        <source>Sue&apos;s family illness; no goodbye visit was arranged</source>
        <translation>مرض في عائلة سو؛ لم تُرتَّب زيارة وداع</translation>
    </message>
    <message>
        <source>Four weeks</source>
        <translation>أربعة أسابيع</translation>
    </message>
    <message>
        <source>Short-term emergency carer</source>
        <translation>مقدّمة رعاية طارئة قصيرة الأمد</translation>
    </message>
    <message>
        <source>Three months</source>
        <translation>ثلاثة أشهر</translation>
    </message>
    <message>
        <source>The adoption team</source>
        <translation>فريق التبنّي</translation>
    </message>
    <message>
        <source>Tom (social worker)</source>
        <translation>توم (الأخصائي الاجتماعي)</translation>
    </message>
    <message>
        <source>Family time moves to the Cardiff family centre</source>
        <translation>ينتقل وقت العائلة إلى مركز العائلة في كارديف</translation>
    </message>
    <message>
        <source>Nana and Lily&apos;s mum</source>
        <translation>نانا وأم ليلي</translation>
    </message>
    <message>
        <source>New school after the move</source>
        <translation>مدرسة جديدة بعد الانتقال</translation>
    </message>
    <message>
        <source>Your social worker</source>
        <translation>أخصائيك الاجتماعي</translation>
    </message>
    <message>
        <source>You were born on 12 May 2015 in Cardiff, early on a sunny Tuesday morning. Your mum chose the name Maisie because it was the name of her own nana, and she wanted you to have something of the family from the very first day.</source>
        <translation>وُلدتِ في 12 مايو 2015 في كارديف، في الصباح الباكر من يوم ثلاثاء مشمس. اختارت أمك اسم Maisie لأنه كان اسم جدتها، وأرادت أن يكون لكِ شيء من العائلة منذ اليوم الأول.</translation>
    </message>
    <message>
        <source>Your mum is called Kelly Jones. She loves drawing, just like you, and she kept every picture you made for her. Your dad is called Lee Turner. He was not able to look after you, but he told me he hopes you know he thinks of you on your birthday.</source>
        <translation>اسم أمك Kelly Jones. هي تحب الرسم، مثلكِ تمامًا، وقد احتفظت بكل رسمة رسمتِها لها. واسم أبيك Lee Turner. لم يكن قادرًا على رعايتك، لكنه أخبرني أنه يتمنى أن تعرفي أنه يفكر فيكِ في يوم عيد ميلادك.</translation>
    </message>
    <message>
        <source>When you were living with Lisa, a judge made a special guardianship order, so that you could grow up with Nana. The judge listened to what you had said, and to your mum, your nana and me, before deciding.</source>
        <translation>عندما كنتِ تعيشين مع Lisa، أصدر قاضٍ أمر وصاية خاصة، لكي تكبري مع Nana. استمع القاضي إلى ما قلتِه، وإلى أمك وجدتك وإليّ، قبل أن يقرر.</translation>
    </message>
    <message>
        <source>You were brave and funny. Mr Evans told me you made the whole class laugh in the nativity play, and you never forgot to feed Biscuit.</source>
        <translation>كنتِ شجاعة ومرحة. أخبرني Mr Evans أنكِ أضحكتِ الصف كله في مسرحية عيد الميلاد، ولم تنسَي يومًا أن تطعمي Biscuit.</translation>
    </message>
    <message>
        <source>Grandad</source>
        <translation>جدّي</translation>
    </message>
    <message>
        <source>Mum&apos;s dad</source>
        <translation>والد أمي</translation>
    </message>
    <message>
        <source>Mum&apos;s partner</source>
        <translation>شريك أمي</translation>
    </message>
    <message>
        <source>Ruby&apos;s adoptive mum</source>
        <translation>أم روبي بالتبني</translation>
    </message>
    <message>
        <source>Ruby&apos;s adoptive dad</source>
        <translation>أب روبي بالتبني</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <source>Saved</source>
        <translation>تم الحفظ</translation>
    </message>
    <message>
        <source>Saved “%1”.</source>
        <translation>تم حفظ «%1».</translation>
    </message>
    <message>
        <source>Show in &amp;folder</source>
        <translation>إظهار في الم&amp;جلد</translation>
    </message>
    <message>
        <source>Save the &amp;Hand-over Sheet…</source>
        <translation>احفظ &amp;ورقة التسليم…</translation>
    </message>
</context>
<context>
    <name>EcomapExport</name>
    <message>
        <source>All relationships, past and present</source>
        <translation>كل العلاقات، السابقة والحالية</translation>
    </message>
    <message>
        <source>As it was on %1</source>
        <translation>كما كانت في %1</translation>
    </message>
    <message>
        <source>The picture could not be saved there. Check that the folder exists, that you may write to it and that the disk is not full.</source>
        <translation>تعذّر حفظ الصورة هناك. تأكد من وجود المجلد، ومن أنه يمكنك الكتابة فيه، ومن أن القرص غير ممتلئ.</translation>
    </message>
</context>
<context>
    <name>EcomapPane</name>
    <message>
        <source>&amp;Add someone…</source>
        <translation>&amp;إضافة شخص…</translation>
    </message>
    <message>
        <source>&amp;Change…</source>
        <translation>&amp;تغيير…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>إ&amp;زالة</translation>
    </message>
    <message>
        <source>Save as &amp;Picture…</source>
        <translation>&amp;حفظ كصورة…</translation>
    </message>
    <message>
        <source>&amp;Group…</source>
        <translation>&amp;مجموعة…</translation>
    </message>
    <message>
        <source>Show the map as it &amp;was on:</source>
        <translation>عرض الخريطة كما &amp;كانت في:</translation>
    </message>
    <message>
        <source>People who matter</source>
        <translation>الأشخاص المهمّون</translation>
    </message>
    <message>
        <source>PNG picture (*.png);;SVG drawing (*.svg)</source>
        <translation>صورة PNG (*.png);;رسم SVG (*.svg)</translation>
    </message>
    <message>
        <source>Draw a named outline round the people you have selected</source>
        <translation>رسم إطار باسم حول الأشخاص الذين اخترتهم</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>ت&amp;كبير</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>ت&amp;صغير</translation>
    </message>
    <message>
        <source>&amp;Fit</source>
        <translation>م&amp;لاءمة</translation>
    </message>
    <message>
        <source>Date to show the map at</source>
        <translation>التاريخ الذي تُعرض عليه الخريطة</translation>
    </message>
    <message>
        <source>Showing everyone, past and present</source>
        <translation>عرض الجميع، في الماضي والحاضر</translation>
    </message>
    <message>
        <source>Add someone who matters</source>
        <translation>إضافة شخص مهم</translation>
    </message>
    <message>
        <source>Change %1</source>
        <translation>تغيير %1</translation>
    </message>
    <message>
        <source>Remove someone</source>
        <translation>إزالة شخص</translation>
    </message>
    <message>
        <source>Take %1 off the map? Their lines go too. You can undo this.</source>
        <translation>إزالة %1 من الخريطة؟ ستُزال خطوطه أيضًا. يمكنك التراجع عن ذلك.</translation>
    </message>
    <message>
        <source>Connect %1</source>
        <translation>ربط %1</translation>
    </message>
    <message>
        <source>Draw a line between %1 and:</source>
        <translation>رسم خط بين %1 و:</translation>
    </message>
    <message>
        <source>Make a group</source>
        <translation>إنشاء مجموعة</translation>
    </message>
    <message>
        <source>What is this group called? For example: Nana&apos;s house, school, the care team.</source>
        <translation>ما اسم هذه المجموعة؟ مثلًا: بيت تيتا، المدرسة، فريق الرعاية.</translation>
    </message>
    <message>
        <source>Rename the group</source>
        <translation>إعادة تسمية المجموعة</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>الاسم الجديد:</translation>
    </message>
    <message>
        <source>People who matter to %1</source>
        <translation>الأشخاص المهمّون لـ %1</translation>
    </message>
    <message>
        <source>Save the map as a picture</source>
        <translation>حفظ الخريطة كصورة</translation>
    </message>
    <message>
        <source>A&amp;bout the child…</source>
        <translation>ع&amp;ن الطفل…</translation>
    </message>
    <message>
        <source>A&amp;bout %1…</source>
        <translation>ع&amp;ن %1…</translation>
    </message>
    <message>
        <source>Their name, birthday, photo and all about them</source>
        <translation>اسمه وعيد ميلاده وصورته وكل شيء عنه</translation>
    </message>
    <message>
        <source>The day before: %1</source>
        <translation>اليوم السابق: %1</translation>
    </message>
    <message>
        <source>Six months after: %1</source>
        <translation>بعد ستة أشهر: %1</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>الآن</translation>
    </message>
    <message>
        <source>The child&apos;s &amp;view</source>
        <translation>&amp;وجهة نظر الطفل</translation>
    </message>
    <message>
        <source>The child&apos;s own map beside this one, with the differences marked</source>
        <translation>خريطة الطفل الخاصة بجانب هذه، مع تعليم الاختلافات</translation>
    </message>
    <message>
        <source>%1&apos;s &amp;view</source>
        <translation>&amp;وجهة نظر %1</translation>
    </message>
</context>
<context>
    <name>EcomapScene</name>
    <message>
        <source>&amp;Change…</source>
        <translation>&amp;تغيير…</translation>
    </message>
    <message>
        <source>C&amp;onnect to someone else…</source>
        <translation>&amp;ربط بشخص آخر…</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>إ&amp;زالة…</translation>
    </message>
    <message>
        <source>&amp;Arrows</source>
        <translation>الأ&amp;سهم</translation>
    </message>
    <message>
        <source>None</source>
        <translation>بلا</translation>
    </message>
    <message>
        <source>Towards %1</source>
        <translation>نحو %1</translation>
    </message>
    <message>
        <source>Both ways</source>
        <translation>في الاتجاهين</translation>
    </message>
    <message>
        <source>Remove this &amp;line</source>
        <translation>إزالة هذا ال&amp;خط</translation>
    </message>
    <message>
        <source>&amp;Rename the group…</source>
        <translation>إعادة &amp;تسمية المجموعة…</translation>
    </message>
    <message>
        <source>Remove the &amp;group (keep the people)</source>
        <translation>إزالة الم&amp;جموعة (مع إبقاء الأشخاص)</translation>
    </message>
    <message>
        <source>&amp;About %1…</source>
        <translation>ع&amp;ن %1…</translation>
    </message>
    <message>
        <source>It feels: %1</source>
        <translation>تبدو: %1</translation>
    </message>
    <message>
        <source>Support goes both ways</source>
        <translation>الدعم في الاتجاهين</translation>
    </message>
    <message>
        <source>Support goes to %1</source>
        <translation>الدعم يذهب إلى %1</translation>
    </message>
    <message>
        <source>Contact: %1</source>
        <translation>التواصل: %1</translation>
    </message>
    <message>
        <source>Ended %1</source>
        <translation>انتهت %1</translation>
    </message>
    <message>
        <source>Kept private</source>
        <translation>محفوظة بشكل خاص</translation>
    </message>
    <message>
        <source>With %1: %2</source>
        <translation>مع %1: %2</translation>
    </message>
    <message>
        <source>No line to %1 yet</source>
        <translation>لا يوجد خط إلى %1 بعد</translation>
    </message>
</context>
<context>
    <name>EcomapView</name>
    <message>
        <source>Map of the people who matter</source>
        <translation>خريطة الأشخاص المهمّين</translation>
    </message>
    <message>
        <source>%1, at the centre of the map</source>
        <translation>%1، في وسط الخريطة</translation>
    </message>
    <message>
        <source>People on the map: %1</source>
        <translation>الأشخاص على الخريطة: %1</translation>
    </message>
</context>
<context>
    <name>EditChild</name>
    <message>
        <source>Change what we know about %1</source>
        <translation>تغيير ما نعرفه عن %1</translation>
    </message>
</context>
<context>
    <name>EditGroup</name>
    <message>
        <source>Rename the group %1</source>
        <translation>إعادة تسمية المجموعة %1</translation>
    </message>
</context>
<context>
    <name>EditPerson</name>
    <message>
        <source>Edit %1</source>
        <translation>تعديل %1</translation>
    </message>
</context>
<context>
    <name>EventDialog</name>
    <message>
        <source>Who was involved</source>
        <translation>من شارك</translation>
    </message>
    <message>
        <source>Keep &amp;private (leave out of every book)</source>
        <translation>إبقاؤه &amp;خاصًا (يُستبعد من كل كتاب)</translation>
    </message>
    <message>
        <source>An event</source>
        <translation>حدث</translation>
    </message>
    <message>
        <source>Kind of event</source>
        <translation>نوع الحدث</translation>
    </message>
    <message>
        <source>For example: Contact with Mum at the family centre</source>
        <translation>مثلًا: تواصل مع ماما في مركز العائلة</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>ماذا حدث</translation>
    </message>
    <message>
        <source>When</source>
        <translation>متى</translation>
    </message>
    <message>
        <source>For contact: how it went</source>
        <translation>للتواصل: كيف جرى</translation>
    </message>
    <message>
        <source>Document or reference, for the chronology</source>
        <translation>مستند أو مرجع، للتسلسل الزمني</translation>
    </message>
    <message>
        <source>Optional: what this meant for the child</source>
        <translation>اختياري: ماذا عنى هذا للطفل</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>ال&amp;نوع:</translation>
    </message>
    <message>
        <source>&amp;What happened:</source>
        <translation>ماذا &amp;حدث:</translation>
    </message>
    <message>
        <source>Wh&amp;en:</source>
        <translation>م&amp;تى:</translation>
    </message>
    <message>
        <source>W&amp;ho:</source>
        <translation>&amp;من:</translation>
    </message>
    <message>
        <source>&amp;Details:</source>
        <translation>التفا&amp;صيل:</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>المص&amp;در:</translation>
    </message>
    <message>
        <source>&amp;Impact on the child:</source>
        <translation>ال&amp;أثر على الطفل:</translation>
    </message>
    <message>
        <source>Say briefly what happened first.</source>
        <translation>اكتب باختصار ماذا حدث أولًا.</translation>
    </message>
    <message>
        <source>Check the date above.</source>
        <translation>تحقق من التاريخ أعلاه.</translation>
    </message>
    <message>
        <source>How it we&amp;nt:</source>
        <translation>&amp;كيف جرى:</translation>
    </message>
</context>
<context>
    <name>FamilyImportDialog</name>
    <message>
        <source>Someone not named</source>
        <translation>شخص بلا اسم</translation>
    </message>
    <message>
        <source>%1 (%2–%3)</source>
        <translation>%1 (%2–%3)</translation>
    </message>
    <message>
        <source>Bring in a family tree</source>
        <translation>إدخال شجرة عائلة</translation>
    </message>
    <message>
        <source>1 person</source>
        <translation>شخص واحد</translation>
    </message>
    <message>
        <source>%1 people</source>
        <translation>%1 أشخاص</translation>
    </message>
    <message>
        <source>1 family</source>
        <translation>عائلة واحدة</translation>
    </message>
    <message>
        <source>%1 families</source>
        <translation>%1 عائلات</translation>
    </message>
    <message>
        <source>No one: add everyone as new</source>
        <translation>لا أحد: أضف الجميع كأشخاص جدد</translation>
    </message>
    <message>
        <source>&amp;Which of them is %1?</source>
        <translation>&amp;من منهم هو %1؟</translation>
    </message>
    <message>
        <source>Who will be added</source>
        <translation>من سيُضاف</translation>
    </message>
    <message>
        <source>What could not be &amp;read (%1), left out:</source>
        <translation>ما تعذّرت &amp;قراءته (%1)، وقد استُبعد:</translation>
    </message>
    <message>
        <source>What could not be read</source>
        <translation>ما تعذّرت قراءته</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>إضافة</translation>
    </message>
    <message>
        <source>&amp;Add 1 person</source>
        <translation>إ&amp;ضافة شخص واحد</translation>
    </message>
    <message>
        <source>&amp;Add %1 people</source>
        <translation>إ&amp;ضافة %1 أشخاص</translation>
    </message>
    <message>
        <source>Who will be add&amp;ed:</source>
        <translation>&amp;لائحة من سيُضاف:</translation>
    </message>
    <message>
        <source>These look like people already in this story. &amp;Tick each one that is the same person:</source>
        <translation>يبدو أن هؤلاء موجودون في هذه القصة أصلًا. &amp;علّم كل من هو الشخص نفسه:</translation>
    </message>
    <message>
        <source>People who may be in the story already</source>
        <translation>أشخاص قد يكونون في القصة أصلًا</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 is %2, already here</source>
        <translation>%1 هو %2، الموجود هنا</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <comment>between two years</comment>
        <translation>%1 إلى %2</translation>
    </message>
    <message>
        <source>c. %1</source>
        <translation>نحو %1</translation>
    </message>
    <message>
        <source>“%1” has %2 and %3. Anyone you tick below as already here is joined to the person in this story (whose details stay as they are); everyone else is added to %4&apos;s family tree as someone new. New people are not put on the map of people who matter: choose who from their menu on the Family tree tab.</source>
        <translation>في “%1” %2 و%3. كل من تضع عليه علامة أدناه على أنه موجود هنا يُربط بالشخص الموجود في هذه القصة (وتبقى تفاصيله كما هي)؛ ويُضاف الباقون إلى شجرة عائلة %4 كأشخاص جدد. لا يوضع الأشخاص الجدد على خريطة الأشخاص المهمين: اختر من تريد من قائمته في تبويب شجرة العائلة.</translation>
    </message>
</context>
<context>
    <name>FamilyTree</name>
    <message>
        <source>Someone not named</source>
        <translation>شخص بلا اسم</translation>
    </message>
    <message>
        <source>1 person marked private</source>
        <translation>شخص واحد مُعلَّم كخاص</translation>
    </message>
    <message>
        <source>%1 people marked private</source>
        <translation>%1 أشخاص مُعلَّمون كخاصين</translation>
    </message>
    <message>
        <source>1 person who is not in the family (a carer, a worker, a friend)</source>
        <translation>شخص واحد ليس من العائلة (مقدّم رعاية أو موظف أو صديق)</translation>
    </message>
    <message>
        <source>%1 people who are not in the family (carers, workers, friends)</source>
        <translation>%1 أشخاص ليسوا من العائلة (مقدّمو رعاية وموظفون وأصدقاء)</translation>
    </message>
    <message>
        <source>Everything but names, birth and death, parents and partners: roles, addresses, phone numbers, notes, memories, what the child said, pictures and pregnancies lost</source>
        <translation>كل شيء عدا الأسماء والميلاد والوفاة والوالدين والشركاء: الأدوار والعناوين وأرقام الهاتف والملاحظات والذكريات وما قاله الطفل والصور وحالات الحمل التي فُقدت</translation>
    </message>
</context>
<context>
    <name>FamilyWords</name>
    <message>
        <source>Not known or not said</source>
        <translation>غير معروف أو لم يُذكر</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>أنثى</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>ذكر</translation>
    </message>
    <message>
        <source>Non-binary</source>
        <translation>غير ثنائي</translation>
    </message>
    <message>
        <source>Birth parent</source>
        <translation>والد بيولوجي</translation>
    </message>
    <message>
        <source>Adoptive parent</source>
        <translation>والد بالتبني</translation>
    </message>
    <message>
        <source>Step-parent</source>
        <translation>زوج الأم أو زوجة الأب</translation>
    </message>
    <message>
        <source>Foster carer</source>
        <translation>مقدّم رعاية بديلة</translation>
    </message>
    <message>
        <source>Special guardian</source>
        <translation>وصي خاص</translation>
    </message>
    <message>
        <source>Kinship carer</source>
        <translation>مقدّم رعاية من الأقارب</translation>
    </message>
    <message>
        <source>Other parent figure</source>
        <translation>شخص آخر بمقام الوالد</translation>
    </message>
    <message>
        <source>Married</source>
        <translation>متزوجان</translation>
    </message>
    <message>
        <source>Civil partnership</source>
        <translation>شراكة مدنية</translation>
    </message>
    <message>
        <source>Living together</source>
        <translation>يعيشان معًا</translation>
    </message>
    <message>
        <source>Engaged</source>
        <translation>مخطوبان</translation>
    </message>
    <message>
        <source>Going out together</source>
        <translation>يتواعدان</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>غير معروف</translation>
    </message>
    <message>
        <source>Still together</source>
        <translation>ما زالا معًا</translation>
    </message>
    <message>
        <source>Separated</source>
        <translation>منفصلان</translation>
    </message>
    <message>
        <source>Divorced or dissolved</source>
        <translation>مطلّقان أو انتهت الشراكة</translation>
    </message>
    <message>
        <source>Ended by a death</source>
        <translation>انتهت بوفاة</translation>
    </message>
    <message>
        <source>Miscarriage</source>
        <translation>إجهاض تلقائي</translation>
    </message>
    <message>
        <source>Stillbirth</source>
        <translation>ولادة جنين ميت</translation>
    </message>
</context>
<context>
    <name>FuzzyDate</name>
    <message>
        <source>spring %1</source>
        <translation>ربيع %1</translation>
    </message>
    <message>
        <source>summer %1</source>
        <translation>صيف %1</translation>
    </message>
    <message>
        <source>autumn %1</source>
        <translation>خريف %1</translation>
    </message>
    <message>
        <source>winter %1</source>
        <translation>شتاء %1</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>month name, then year</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>not known yet</source>
        <translation>غير معروف بعد</translation>
    </message>
    <message>
        <source>about %1</source>
        <translation>حوالي %1</translation>
    </message>
    <message>
        <source>before %1</source>
        <translation>قبل %1</translation>
    </message>
    <message>
        <source>after %1</source>
        <translation>بعد %1</translation>
    </message>
    <message>
        <source>between %1 and %2</source>
        <translation>بين %1 و %2</translation>
    </message>
    <message>
        <source>spring</source>
        <comment>season word when typing a date</comment>
        <translation>ربيع|الربيع</translation>
    </message>
    <message>
        <source>summer</source>
        <comment>season word when typing a date</comment>
        <translation>صيف|الصيف</translation>
    </message>
    <message>
        <source>autumn|fall</source>
        <comment>season words when typing a date, | separated</comment>
        <translation>خريف|الخريف</translation>
    </message>
    <message>
        <source>winter</source>
        <comment>season word when typing a date</comment>
        <translation>شتاء|الشتاء</translation>
    </message>
    <message>
        <source>Please write the year in full, for example 2019.</source>
        <translation>يُرجى كتابة السنة كاملة، مثلًا 2019.</translation>
    </message>
    <message>
        <source>The year %1 does not look right. Please check it.</source>
        <translation>السنة %1 لا تبدو صحيحة. يُرجى التحقق منها.</translation>
    </message>
    <message>
        <source>There is no month number %1. Months go from 1 to 12.</source>
        <translation>لا يوجد شهر رقمه %1. الأشهر من 1 إلى 12.</translation>
    </message>
    <message>
        <source>%1 has no day %2.</source>
        <translation>لا يوجد يوم %2 في %1.</translation>
    </message>
    <message>
        <source>of</source>
        <comment>filler word in &apos;summer of 2015&apos;</comment>
        <translation>عام</translation>
    </message>
    <message>
        <source>Belonging could not read “%1” as a date. Try something like 12/03/2019, March 2019, summer 2015, about 2012 or between 2010 and 2012.</source>
        <translation>تعذّر على Belonging قراءة “%1” كتاريخ. جرّب شيئًا مثل 12/03/2019 أو مارس 2019 أو صيف 2015 أو حوالي 2012 أو بين 2010 و 2012.</translation>
    </message>
    <message>
        <source>not known|not known yet|unknown|don&apos;t know</source>
        <comment>ways of saying a date is not known, | separated</comment>
        <translation>غير معروف|غير معروف بعد|مجهول|لا أعرف</translation>
    </message>
    <message>
        <source>about|around|approximately|circa|roughly</source>
        <comment>words meaning &apos;about&apos; a date, | separated</comment>
        <translation>حوالي|تقريبا|تقريبًا|نحو</translation>
    </message>
    <message>
        <source>before</source>
        <comment>as in &apos;before 2010&apos;</comment>
        <translation>قبل</translation>
    </message>
    <message>
        <source>after</source>
        <comment>as in &apos;after 2010&apos;</comment>
        <translation>بعد</translation>
    </message>
    <message>
        <source>between|from</source>
        <comment>as in &apos;between 2010 and 2012&apos;</comment>
        <translation>بين|من</translation>
    </message>
    <message>
        <source>and|to|until</source>
        <comment>as in &apos;between 2010 and 2012&apos;</comment>
        <translation>و|إلى|حتى</translation>
    </message>
    <message>
        <source>The first date must come before the second one.</source>
        <translation>يجب أن يأتي التاريخ الأول قبل الثاني.</translation>
    </message>
    <message>
        <source>Please give two dates, for example “between 2010 and 2012”.</source>
        <translation>يُرجى إدخال تاريخين، مثلًا “بين 2010 و 2012”.</translation>
    </message>
    <message>
        <source>03/12/2019 (month/day/year)</source>
        <translation>03/12/2019 (شهر/يوم/سنة)</translation>
    </message>
    <message>
        <source>12/03/2019 (day/month/year)</source>
        <translation>12/03/2019 (يوم/شهر/سنة)</translation>
    </message>
</context>
<context>
    <name>FuzzyDateEdit</name>
    <message>
        <source>Not known yet — that&apos;s fine.</source>
        <translation>غير معروف بعد — لا بأس بذلك.</translation>
    </message>
    <message>
        <source>Understood as: %1</source>
        <translation>فُهم على أنه: %1</translation>
    </message>
    <message>
        <source>For example: %1, summer 2015, about 2012</source>
        <translation>مثلًا: %1، صيف 2015، حوالي 2012</translation>
    </message>
    <message>
        <source>%1 or summer 2015</source>
        <translation>%1 أو صيف 2015</translation>
    </message>
</context>
<context>
    <name>GedcomReader</name>
    <message>
        <source>Line %1 is not a GEDCOM line, so it was skipped.</source>
        <translation>السطر %1 ليس سطر GEDCOM، فتم تخطيه.</translation>
    </message>
    <message>
        <source>Line %1 is nested deeper than the line before allows, so it was skipped.</source>
        <translation>السطر %1 متداخل أعمق مما يسمح به السطر الذي قبله، فتم تخطيه.</translation>
    </message>
    <message>
        <source>Line %1: the date “%2” could not be read; it was left out.</source>
        <translation>السطر %1: تعذّرت قراءة التاريخ ”%2“؛ فتُرك.</translation>
    </message>
    <message>
        <source>Line %1: a family names %2, who is not in the file.</source>
        <translation>السطر %1: عائلة تذكر %2، وهو غير موجود في الملف.</translation>
    </message>
    <message>
        <source>Line %1: %2 is said to be a child of %3, which is not in the file.</source>
        <translation>السطر %1: يُقال إن %2 طفل لـ %3، وهي غير موجودة في الملف.</translation>
    </message>
    <message>
        <source>Line %1: %2 would be their own ancestor; that link was left out.</source>
        <translation>السطر %1: سيكون %2 سلفًا لنفسه؛ فتُرك ذلك الرابط.</translation>
    </message>
    <message>
        <source>The file is too big to be a family tree (more than 64 MB); nothing was read.</source>
        <translation>الملف أكبر من أن يكون شجرة عائلة (أكثر من 64 ميغابايت)؛ لم يُقرأ شيء.</translation>
    </message>
    <message>
        <source>Line %1: a record without its @id@ was skipped.</source>
        <translation>السطر %1: تم تخطي سجل بلا @id@.</translation>
    </message>
    <message>
        <source>Line %1: a second record called %2 was skipped.</source>
        <translation>السطر %1: تم تخطي سجل ثانٍ باسم %2.</translation>
    </message>
    <message>
        <source>The file ends before its last line (TRLR): it may have been cut short. Everything before that was read.</source>
        <translation>ينتهي الملف قبل سطره الأخير (TRLR): ربما قُطع. قُرئ كل ما قبل ذلك.</translation>
    </message>
    <message>
        <source>There is no family tree in this file.</source>
        <translation>لا توجد شجرة عائلة في هذا الملف.</translation>
    </message>
</context>
<context>
    <name>GenogramCanvas</name>
    <message>
        <source>Family tree</source>
        <translation>شجرة العائلة</translation>
    </message>
    <message>
        <source>Choose someone with the arrow keys; the Menu key adds their relatives.</source>
        <translation>اختر شخصًا بمفاتيح الأسهم؛ مفتاح القائمة يضيف أقاربه.</translation>
    </message>
</context>
<context>
    <name>GenogramPane</name>
    <message>
        <source>Key to the family tree</source>
        <translation>مفتاح شجرة العائلة</translation>
    </message>
    <message>
        <source>Show &amp;closeness from the map</source>
        <translation>إظهار ال&amp;قرب من الخريطة</translation>
    </message>
    <message>
        <source>Who the child lived with, by year</source>
        <translation>مع من عاش الطفل، حسب السنة</translation>
    </message>
    <message>
        <source>&amp;Add a relative…</source>
        <translation>إ&amp;ضافة قريب…</translation>
    </message>
    <message>
        <source>Family &amp;details…</source>
        <translation>&amp;تفاصيل العائلة…</translation>
    </message>
    <message>
        <source>now</source>
        <translation>الآن</translation>
    </message>
    <message>
        <source>the child</source>
        <translation>الطفل</translation>
    </message>
    <message>
        <source>Start with %1: choose Add a relative to add their mother, father, brothers and sisters. The family tree arranges itself.</source>
        <translation>ابدأ بـ %1: اختر «إضافة قريب» لإضافة الأم والأب والإخوة والأخوات. شجرة العائلة ترتّب نفسها.</translation>
    </message>
    <message>
        <source>Right-click someone (or choose them with the arrow keys and press the Menu key) to add their relatives. Alt+arrow keys move them.</source>
        <translation>انقر بزر الفأرة الأيمن على شخص (أو اختره بمفاتيح الأسهم واضغط مفتاح القائمة) لإضافة أقاربه. Alt مع مفاتيح الأسهم تحرّكه.</translation>
    </message>
    <message>
        <source>Add &amp;mother…</source>
        <translation>إضافة أ&amp;م…</translation>
    </message>
    <message>
        <source>Add &amp;father…</source>
        <translation>إضافة أ&amp;ب…</translation>
    </message>
    <message>
        <source>Add another &amp;parent or carer…</source>
        <translation>إضافة &amp;والد أو مقدّم رعاية آخر…</translation>
    </message>
    <message>
        <source>Add a p&amp;artner…</source>
        <translation>إضافة &amp;شريك…</translation>
    </message>
    <message>
        <source>Add a &amp;child…</source>
        <translation>إضافة &amp;طفل…</translation>
    </message>
    <message>
        <source>Add a brother or &amp;sister…</source>
        <translation>إضافة أ&amp;خ أو أخت…</translation>
    </message>
    <message>
        <source>Add a brother or &amp;sister (add a birth parent first)</source>
        <translation>إضافة أ&amp;خ أو أخت (أضف أحد الوالدين البيولوجيين أولًا)</translation>
    </message>
    <message>
        <source>Mark as a &amp;twin of</source>
        <translation>تحديد ك&amp;توأم لـ</translation>
    </message>
    <message>
        <source>%1 (identical)</source>
        <translation>%1 (متطابق)</translation>
    </message>
    <message>
        <source>Add a pregnancy &amp;lost…</source>
        <translation>إضافة &amp;حمل فُقد…</translation>
    </message>
    <message>
        <source>&amp;Remove a line</source>
        <translation>إ&amp;زالة خط</translation>
    </message>
    <message>
        <source>%1 as %2&apos;s %3</source>
        <translation>%1 بصفته %3 لـ %2</translation>
    </message>
    <message>
        <source>%1 and %2 as partners</source>
        <translation>%1 و%2 كشريكين</translation>
    </message>
    <message>
        <source>%1 and %2 as twins</source>
        <translation>%1 و%2 كتوأمين</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1، %2</translation>
    </message>
    <message>
        <source>Put &amp;back where the tree places them</source>
        <translation>إ&amp;عادة إلى حيث تضعه الشجرة</translation>
    </message>
    <message>
        <source>Add %1&apos;s parent</source>
        <translation>إضافة أحد والدَي %1</translation>
    </message>
    <message>
        <source>Add %1&apos;s partner</source>
        <translation>إضافة شريك %1</translation>
    </message>
    <message>
        <source>Add %1&apos;s child</source>
        <translation>إضافة طفل %1</translation>
    </message>
    <message>
        <source>Add %1&apos;s brother or sister</source>
        <translation>إضافة أخ أو أخت %1</translation>
    </message>
    <message>
        <source>Household &amp;in:</source>
        <translation>الأسرة &amp;في:</translation>
    </message>
    <message>
        <source>&amp;Bring in a family tree…</source>
        <translation>إ&amp;دخال شجرة عائلة…</translation>
    </message>
    <message>
        <source>Add the people in a GEDCOM file from a family history program</source>
        <translation>إضافة الأشخاص من ملف GEDCOM من برنامج لتاريخ العائلة</translation>
    </message>
    <message>
        <source>Bring in a family tree</source>
        <translation>إدخال شجرة عائلة</translation>
    </message>
    <message>
        <source>That file could not be read. Check that it is still there.</source>
        <translation>تعذّرت قراءة ذلك الملف. تأكد من أنه ما زال موجودًا.</translation>
    </message>
    <message>
        <source>That file is far bigger than any family tree, so nothing was brought in.</source>
        <translation>هذا الملف أكبر بكثير من أي شجرة عائلة، فلم يُدخل شيء.</translation>
    </message>
    <message>
        <source>No people were found in that file, so nothing was brought in. Family history programs save family trees as GEDCOM (.ged) files: choose one of those.</source>
        <translation>لم يوجد أي شخص في ذلك الملف، فلم يُدخل شيء. برامج تاريخ العائلة تحفظ أشجار العائلة كملفات GEDCOM (.ged): اختر واحدًا منها.</translation>
    </message>
    <message>
        <source>Bring in a family tree (%1)</source>
        <translation>إدخال شجرة عائلة (%1)</translation>
    </message>
    <message>
        <source>Save the family tree as GEDCOM</source>
        <translation>حفظ شجرة العائلة بصيغة GEDCOM</translation>
    </message>
    <message>
        <source>%1 – family tree</source>
        <translation>%1 – شجرة العائلة</translation>
    </message>
    <message>
        <source>The family tree could not be saved there (the disk may be full or the folder locked). Choose another place.</source>
        <translation>تعذّر حفظ شجرة العائلة هناك (قد يكون القرص ممتلئًا أو المجلد مقفلًا). اختر مكانًا آخر.</translation>
    </message>
    <message>
        <source>Saved the family tree (%1 people) to “%2”.</source>
        <translation>حُفظت شجرة العائلة (%1 أشخاص) في «%2».</translation>
    </message>
    <message>
        <source>Left out:</source>
        <translation>ما استُبعد:</translation>
    </message>
    <message>
        <source>Family tree saved</source>
        <translation>حُفظت شجرة العائلة</translation>
    </message>
    <message>
        <source>&amp;Save as GEDCOM…</source>
        <translation>حفظ بص&amp;يغة GEDCOM…</translation>
    </message>
    <message>
        <source>Save the family&apos;s shape for a family history program</source>
        <translation>حفظ شكل العائلة لبرنامج تاريخ العائلة</translation>
    </message>
    <message>
        <source>T&amp;idy the whole tree</source>
        <translation>ت&amp;رتيب الشجرة كلها</translation>
    </message>
    <message>
        <source>Change %1…</source>
        <translation>تغيير %1…</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>تصغير</translation>
    </message>
    <message>
        <source>Zoom out (Ctrl+-)</source>
        <translation>تصغير (Ctrl+-)</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>تكبير</translation>
    </message>
    <message>
        <source>Zoom in (Ctrl+=)</source>
        <translation>تكبير (Ctrl+=)</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>ملاءمة</translation>
    </message>
    <message>
        <source>Fit the whole tree</source>
        <translation>ملاءمة الشجرة كلها</translation>
    </message>
    <message>
        <source>Fit the whole tree in view (Ctrl+0)</source>
        <translation>إظهار الشجرة كلها (Ctrl+0)</translation>
    </message>
    <message>
        <source>Put &amp;on the map of people who matter</source>
        <translation>و&amp;ضع على خريطة الأشخاص المهمين</translation>
    </message>
    <message>
        <source>Record how %1 and %2 are together…</source>
        <translation>تسجيل كيف يكون %1 و%2 معًا…</translation>
    </message>
</context>
<context>
    <name>GenogramPicture</name>
    <message>
        <source>%1, from %2</source>
        <translation>%1، منذ %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1, the child this story is about</source>
        <translation>%1، الطفل الذي تدور حوله هذه القصة</translation>
    </message>
    <message>
        <source>born %1</source>
        <translation>وُلد %1</translation>
    </message>
    <message>
        <source>died %1</source>
        <translation>توفي %1</translation>
    </message>
    <message>
        <source>has died</source>
        <translation>متوفى</translation>
    </message>
    <message>
        <source>%1: partner, %2</source>
        <translation>%1: شريك، %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: their child</source>
        <translation>%1: طفله</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>منذ %1</translation>
    </message>
    <message>
        <source>to %1</source>
        <translation>حتى %1</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>b. %1</source>
        <translation>م. %1</translation>
    </message>
    <message>
        <source>d. %1</source>
        <translation>ت. %1</translation>
    </message>
    <message>
        <source>Me</source>
        <translation>أنا</translation>
    </message>
    <message>
        <source>A girl or woman</source>
        <translation>بنت أو امرأة</translation>
    </message>
    <message>
        <source>A boy or man</source>
        <translation>ولد أو رجل</translation>
    </message>
    <message>
        <source>Someone else</source>
        <translation>شخص آخر</translation>
    </message>
    <message>
        <source>Someone who has died</source>
        <translation>شخص تُوفي</translation>
    </message>
    <message>
        <source>A couple</source>
        <translation>زوجان</translation>
    </message>
    <message>
        <source>A couple who split up</source>
        <translation>زوجان انفصلا</translation>
    </message>
    <message>
        <source>Their child</source>
        <translation>طفلهما</translation>
    </message>
    <message>
        <source>Adopted</source>
        <translation>بالتبني</translation>
    </message>
    <message>
        <source>Who I live with</source>
        <translation>مع من أعيش</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>أنثى</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>ذكر</translation>
    </message>
    <message>
        <source>Non-binary, or not known</source>
        <translation>غير ثنائي، أو غير معروف</translation>
    </message>
    <message>
        <source>The child (index person)</source>
        <translation>الطفل (الشخص المحوري)</translation>
    </message>
    <message>
        <source>Deceased</source>
        <translation>متوفى</translation>
    </message>
    <message>
        <source>Married or civil partnership</source>
        <translation>زواج أو شراكة مدنية</translation>
    </message>
    <message>
        <source>Living together, engaged, dating, or not known</source>
        <translation>يعيشان معًا أو مخطوبان أو يتواعدان أو غير معروف</translation>
    </message>
    <message>
        <source>Separated</source>
        <translation>منفصلان</translation>
    </message>
    <message>
        <source>Divorced or dissolved</source>
        <translation>مطلّقان أو انتهت الشراكة</translation>
    </message>
    <message>
        <source>Birth child</source>
        <translation>طفل بيولوجي</translation>
    </message>
    <message>
        <source>Fostered, step, special guardianship or kinship care</source>
        <translation>رعاية بديلة أو زوج أحد الوالدين أو وصاية خاصة أو رعاية الأقارب</translation>
    </message>
    <message>
        <source>Twins (a bar between: identical)</source>
        <translation>توأمان (خط بينهما: متطابقان)</translation>
    </message>
    <message>
        <source>Household (who the child lives with)</source>
        <translation>الأسرة (مع من يعيش الطفل)</translation>
    </message>
    <message>
        <source>Miscarriage (triangle), stillbirth (crossed circle)</source>
        <translation>إجهاض تلقائي (مثلث)، ولادة جنين ميت (دائرة مشطوبة)</translation>
    </message>
    <message>
        <source>A married couple</source>
        <translation>زوجان متزوجان</translation>
    </message>
    <message>
        <source>c. %1</source>
        <translation>نحو %1</translation>
    </message>
    <message>
        <source>adopted %1</source>
        <translation>تبنٍّ %1</translation>
    </message>
    <message>
        <source>SGO %1</source>
        <comment>special guardianship order</comment>
        <translation>وصاية خاصة %1</translation>
    </message>
    <message>
        <source>Looks after a child</source>
        <translation>يعتني بطفل</translation>
    </message>
    <message>
        <source>Twins</source>
        <translation>توأم</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <comment>a range of years</comment>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>married %1</source>
        <translation>تزوّجا %1</translation>
    </message>
    <message>
        <source>divorced %1</source>
        <translation>طلاق %1</translation>
    </message>
    <message>
        <source>separated %1</source>
        <translation>انفصال %1</translation>
    </message>
</context>
<context>
    <name>GettingStarted</name>
    <message>
        <source>Getting started</source>
        <translation>البدء</translation>
    </message>
    <message>
        <source>Belonging keeps a child&apos;s story safe: the people who matter, where they have lived, their memories, and books made from them. These steps take a few minutes.</source>
        <translation>يحفظ Belonging قصة الطفل بأمان: الأشخاص المهمون، والأماكن التي عاش فيها، وذكرياته، والكتب المصنوعة منها. تستغرق هذه الخطوات بضع دقائق.</translation>
    </message>
    <message>
        <source>1. Start a new life story</source>
        <translation>1. ابدأ قصة حياة جديدة</translation>
    </message>
    <message>
        <source>Choose “New life story” (Ctrl+N). Type the name the child likes to be called and, if you know it, their birthday — “spring 2015” is fine. Choose where to keep the file, then a passphrase of a few unusual words. Nobody can open the story without it, so write it down somewhere safe.</source>
        <translation>اختر «قصة حياة جديدة» (Ctrl+N). اكتب الاسم الذي يحب الطفل أن يُنادى به، وتاريخ ميلاده إن كنت تعرفه — «ربيع 2015» مقبول. اختر مكان حفظ الملف، ثم عبارة مرور من بضع كلمات غير مألوفة. لا يستطيع أحد فتح القصة بدونها، فاكتبها في مكان آمن.</translation>
    </message>
    <message>
        <source>2. About the child</source>
        <translation>2. عن الطفل</translation>
    </message>
    <message>
        <source>Double-click the circle in the middle of the map, or press Ctrl+I, to add their photo, pronouns and “all about me” in their own words.</source>
        <translation>انقر نقرًا مزدوجًا على الدائرة في وسط الخريطة، أو اضغط Ctrl+I، لإضافة صورته وضمائره و«كل شيء عني» بكلماته هو.</translation>
    </message>
    <message>
        <source>3. The people who matter</source>
        <translation>3. الأشخاص المهمون</translation>
    </message>
    <message>
        <source>Choose “Add someone…” (Ctrl+Shift+A). Say who they are and how the relationship feels — or “Not sure yet”. Drag people closer or further away; the key beside the map explains the lines and colours.</source>
        <translation>اختر «إضافة شخص…» (Ctrl+Shift+A). قل من هو وكيف تبدو العلاقة — أو «لست متأكدًا بعد». اسحب الأشخاص أقرب أو أبعد؛ ويشرح المفتاح بجانب الخريطة الخطوط والألوان.</translation>
    </message>
    <message>
        <source>4. The timeline</source>
        <translation>4. الخط الزمني</translation>
    </message>
    <message>
        <source>On the Timeline tab (Ctrl+2) add the places the child has lived, memories with photos, and events such as family time, reviews and court hearings. “Things we don&apos;t know yet” lists the gaps still to fill.</source>
        <translation>في تبويب الخط الزمني (Ctrl+2) أضف الأماكن التي عاش فيها الطفل، والذكريات مع الصور، والأحداث مثل وقت العائلة والمراجعات وجلسات المحكمة. وتسرد «أشياء لا نعرفها بعد» الفجوات التي لم تُملأ.</translation>
    </message>
    <message>
        <source>Every change is saved at once, inside one encrypted file. Press Ctrl+L to lock the story when you step away; it also locks itself after a while.</source>
        <translation>يُحفظ كل تغيير فورًا داخل ملف واحد مشفّر. اضغط Ctrl+L لقفل القصة عندما تبتعد؛ وهي تُقفل نفسها أيضًا بعد فترة.</translation>
    </message>
    <message>
        <source>5. Moves</source>
        <translation>5. الانتقالات</translation>
    </message>
    <message>
        <source>On the Moves tab (Ctrl+3) see each change of home and who the child kept in touch with afterwards. Before a move, choose “Plan a move…” and decide, brothers and sisters first, how each relationship will carry on.</source>
        <translation>في تبويب الانتقالات (Ctrl+3) ترى كل تغيير في البيت ومن بقي الطفل على تواصل معه بعده. قبل الانتقال، اختر «التخطيط لانتقال…» وقرِّر، بدءًا بالإخوة والأخوات، كيف ستستمر كل علاقة.</translation>
    </message>
    <message>
        <source>6. My say</source>
        <translation>6. رأيي</translation>
    </message>
    <message>
        <source>On the My say tab (Ctrl+4) write down what the child tells you — a wish, a worry, a good thing — in their own words, and ask them who may see it. After a review, write what happened because they said it, and tell them.</source>
        <translation>في تبويب رأيي (Ctrl+4) اكتب ما يقوله لك الطفل — أمنية، أو قلق، أو شيء جيد — بكلماته هو، واسأله من يمكنه أن يراه. بعد المراجعة، اكتب ما حدث لأنه قاله، وأخبره.</translation>
    </message>
    <message>
        <source>7. Books</source>
        <translation>7. الكتب</translation>
    </message>
    <message>
        <source>On the Books tab (Ctrl+5) make a life-story book for the child, a copy for the birth family, a review pack or a court pack. The tab lists what will be left out before you save the PDF.</source>
        <translation>في تبويب الكتب (Ctrl+5) اصنع كتاب قصة حياة للطفل، أو نسخة لعائلته الأصلية، أو ملف مراجعة أو ملف محكمة. يعرض التبويب ما سيُستبعد قبل حفظ ملف PDF.</translation>
    </message>
    <message>
        <source>8. The later life letter</source>
        <translation>8. رسالة للمستقبل</translation>
    </message>
    <message>
        <source>Books › Later life letter (Ctrl+6) is the letter written to the child, to read when they are older. Start each part from the facts already in the story, then rewrite it in your own words; words a child may not know are underlined, and each person named is asked for permission.</source>
        <translation>كتب › رسالة للمستقبل (Ctrl+6) هي الرسالة التي تُكتب للطفل ليقرأها حين يكبر. ابدأ كل جزء من الوقائع الموجودة في القصة، ثم أعد كتابته بكلماتك؛ يوضع خط تحت الكلمات التي قد لا يعرفها الطفل، ويُطلب إذن كل شخص يُذكر اسمه.</translation>
    </message>
    <message>
        <source>9. Keeping it safe</source>
        <translation>9. حفظها بأمان</translation>
    </message>
    <message>
        <source>10. When the story travels</source>
        <translation>10. عندما تنتقل القصة</translation>
    </message>
    <message>
        <source>File › Hand Over a Copy (Ctrl+Shift+H) makes a copy for new carers, adopters, the young person, the family or another worker, holding only what they may have. When someone else keeps a copy too, File › Bring In Changes from Another Copy (Ctrl+Shift+B) adds what they added and asks where you both changed the same thing.</source>
        <translation>ملف › تسليم نسخة (Ctrl+Shift+H) يصنع نسخة لمقدمي الرعاية الجدد أو المتبنّين أو الشاب نفسه أو العائلة أو أخصائي آخر، لا تحمل إلا ما يحق لهم. وحين يحتفظ شخص آخر بنسخة أيضًا، فإن ملف › جلب التغييرات من نسخة أخرى (Ctrl+Shift+B) يضيف ما أضافه ويسألك حيث غيّرتما الشيء نفسه.</translation>
    </message>
    <message>
        <source>11. The family tree</source>
        <translation>11. شجرة العائلة</translation>
    </message>
    <message>
        <source>The Family tree tab (Ctrl+7) draws the family for you. Choose someone with the arrow keys (or right-click them) and press the Menu key to add their mother, father, partner, children or brothers and sisters. A family tree from a family history program (a GEDCOM file) can be brought in there too.</source>
        <translation>يرسم تبويب شجرة العائلة (Ctrl+7) العائلة نيابة عنك. اختر شخصًا بمفاتيح الأسهم (أو انقر عليه بالزر الأيمن) واضغط مفتاح القائمة لإضافة أمه أو أبيه أو شريكه أو أطفاله أو إخوته وأخواته. ويمكن إدخال شجرة عائلة من برنامج لتاريخ العائلات (ملف GEDCOM) هناك أيضًا.</translation>
    </message>
    <message>
        <source>12. The child&apos;s own space</source>
        <translation>12. مساحة الطفل الخاصة</translation>
    </message>
    <message>
        <source>View › Child Mode (Ctrl+8) gives the window to the child, with you beside them: big buttons and a speaker that reads every text aloud. My people is their own map of who is close; My memories takes a photo, a face, words or their own voice; My say asks one question at a time; My book shows their book. Nothing from your record can be reached; to leave, press Grown-ups and type the password. Back on the map of people who matter, the child&apos;s view shows their map beside yours.</source>
        <translation>تعطي «عرض › وضع الطفل» (Ctrl+8) النافذة للطفل، وأنت بجانبه: أزرار كبيرة ومكبّر صوت يقرأ كل نص بصوت عالٍ. «ناسي» هي خريطته الخاصة لمن هو قريب منه؛ و«ذكرياتي» تأخذ صورة ووجهًا وكلمات أو صوته؛ و«رأيي» تطرح سؤالًا واحدًا في كل مرة؛ و«كتابي» تعرض كتابه. لا يمكن الوصول إلى أي شيء من سجلّك؛ وللخروج اضغط «الكبار» واكتب كلمة المرور. وعند العودة إلى خريطة الأشخاص المهمّين، تعرض وجهة نظر الطفل خريطته بجانب خريطتك.</translation>
    </message>
</context>
<context>
    <name>GuardedDialog</name>
    <message>
        <source>Throw away what you typed?</source>
        <translation>هل تريد التخلي عما كتبته؟</translation>
    </message>
    <message>
        <source>You have typed or changed something here. Close without keeping it?</source>
        <translation>لقد كتبت أو غيّرت شيئًا هنا. هل تريد الإغلاق دون الاحتفاظ به؟</translation>
    </message>
</context>
<context>
    <name>HandoverDialog</name>
    <message>
        <source>Hand over a copy</source>
        <translation>تسليم نسخة</translation>
    </message>
    <message>
        <source>Who is this copy for?</source>
        <translation>لمن هذه النسخة؟</translation>
    </message>
    <message>
        <source>Leave out of the copy</source>
        <translation>استبعاد من النسخة</translation>
    </message>
    <message>
        <source>&amp;Leave out these people too (you can skip this):</source>
        <translation>ا&amp;ستبعد هؤلاء الأشخاص أيضًا (يمكنك تخطي هذا):</translation>
    </message>
    <message>
        <source>What stays here, not in the copy</source>
        <translation>ما يبقى هنا، لا في النسخة</translation>
    </message>
    <message>
        <source>&amp;A letter for them, shown when they first open the copy (you can skip this):</source>
        <translation>&amp;رسالة لهم، تُعرض عند فتحهم النسخة أول مرة (يمكنك تخطي هذا):</translation>
    </message>
    <message>
        <source>A letter for them</source>
        <translation>رسالة لهم</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;من:</translation>
    </message>
    <message>
        <source>From</source>
        <translation>من</translation>
    </message>
    <message>
        <source>Your name and role</source>
        <translation>اسمك ودورك</translation>
    </message>
    <message>
        <source>&amp;Make the copy…</source>
        <translation>ا&amp;صنع النسخة…</translation>
    </message>
    <message>
        <source>Choose who it is for to see what the copy will hold.</source>
        <translation>اختر لمن هي لترى ما ستحمله النسخة.</translation>
    </message>
    <message>
        <source>Nothing: everything in the story goes in the copy.</source>
        <translation>لا شيء: كل ما في القصة يذهب إلى النسخة.</translation>
    </message>
    <message>
        <source>Make a copy of this story for someone who should have it. It is a story file they open in Belonging with its own passphrase and can add to — not a printed book. It holds only what they may have.</source>
        <translation>اصنع نسخة من هذه القصة لمن ينبغي أن تكون لديه. إنها ملف قصة يفتحه في Belonging بعبارة مرور خاصة به ويمكنه الإضافة إليه — لا كتاب مطبوع. لا تحمل إلا ما يحق له.</translation>
    </message>
    <message>
        <source>For example: what to know first, and who to ask about anything in it.</source>
        <translation>مثلًا: ما يجب معرفته أولًا، ومن يُسأل عن أي شيء فيها.</translation>
    </message>
</context>
<context>
    <name>HandoverLetterDialog</name>
    <message>
        <source>A letter came with this story</source>
        <translation>وصلت رسالة مع هذه القصة</translation>
    </message>
    <message>
        <source>This copy was handed over on %1.</source>
        <translation>سُلّمت هذه النسخة في %1.</translation>
    </message>
    <message>
        <source>This copy was handed over by %1 on %2.</source>
        <translation>سلّم %1 هذه النسخة في %2.</translation>
    </message>
    <message>
        <source>The letter</source>
        <translation>الرسالة</translation>
    </message>
    <message>
        <source>What stayed with the sender, not in this copy:</source>
        <translation>ما بقي عند المرسل، لا في هذه النسخة:</translation>
    </message>
</context>
<context>
    <name>HandoverPassphraseDialog</name>
    <message>
        <source>&amp;New words</source>
        <translation>كلمات &amp;جديدة</translation>
    </message>
    <message>
        <source>The copy&apos;s passphrase</source>
        <translation>عبارة مرور النسخة</translation>
    </message>
    <message>
        <source>The copy opens only with this passphrase. Write it down now and give it to them separately, not with the copy: it is not shown again, and nobody can open the copy without it.</source>
        <translation>لا تُفتح النسخة إلا بعبارة المرور هذه. اكتبها الآن وسلّمها لهم على حدة، لا مع النسخة: لن تُعرض مرة أخرى، ولا يستطيع أحد فتح النسخة من دونها.</translation>
    </message>
    <message>
        <source>I have &amp;written it down</source>
        <translation>لقد &amp;كتبتها</translation>
    </message>
    <message>
        <source>&amp;Use these words</source>
        <translation>ا&amp;ستخدم هذه الكلمات</translation>
    </message>
    <message>
        <source>Choose my &amp;own…</source>
        <translation>اختر عبارتي ال&amp;خاصة…</translation>
    </message>
    <message>
        <source>The passphrase: %1</source>
        <translation>عبارة المرور: %1</translation>
    </message>
</context>
<context>
    <name>HandoverPlan</name>
    <message>
        <source>New carers</source>
        <translation>مقدمو رعاية جدد</translation>
    </message>
    <message>
        <source>An adoptive family</source>
        <translation>أسرة متبنّية</translation>
    </message>
    <message>
        <source>The young person themself</source>
        <translation>الشاب نفسه</translation>
    </message>
    <message>
        <source>The birth family</source>
        <translation>الأسرة البيولوجية</translation>
    </message>
    <message>
        <source>Another worker</source>
        <translation>عامل اجتماعي آخر</translation>
    </message>
    <message>
        <source>As for new carers, with the later life letter. Private items, addresses and phone numbers, and professional notes stay here.</source>
        <translation>كما لمقدمي الرعاية الجدد، مع رسالة الحياة اللاحقة. تبقى هنا العناصر الخاصة والعناوين وأرقام الهواتف والملاحظات المهنية.</translation>
    </message>
    <message>
        <source>Their own story when they leave care: everything they said, and the later life letter. Private items, other people&apos;s addresses and professional notes stay here.</source>
        <translation>قصتهم الخاصة عند مغادرة الرعاية: كل ما قالوه، ورسالة الحياة اللاحقة. تبقى هنا العناصر الخاصة وعناوين الآخرين والملاحظات المهنية.</translation>
    </message>
    <message>
        <source>Everything, including private items, addresses and professional notes, for a social worker who takes the case on.</source>
        <translation>كل شيء، بما في ذلك العناصر الخاصة والعناوين والملاحظات المهنية، لعامل اجتماعي يتولى الحالة.</translation>
    </message>
    <message>
        <source>The story to carry on with the child. Private items, addresses and phone numbers, professional notes, and anything the child did not want their carers to see stay here.</source>
        <translation>القصة لمتابعتها مع الطفل. تبقى هنا العناصر الخاصة والعناوين وأرقام الهواتف والملاحظات المهنية وكل ما لم يرد الطفل أن يراه مقدمو الرعاية.</translation>
    </message>
    <message>
        <source>What the child agreed their family may see. Where the child lives now, their carers, school and teachers, private items, addresses and professional notes stay here.</source>
        <translation>ما وافق الطفل على أن تراه أسرته. يبقى هنا مكان عيش الطفل الآن ومقدمو رعايته ومدرسته ومعلموه والعناصر الخاصة والعناوين والملاحظات المهنية.</translation>
    </message>
</context>
<context>
    <name>HandoverSheet</name>
    <message>
        <source>Hand-over of a life story</source>
        <translation>تسليم قصة حياة</translation>
    </message>
    <message>
        <source>Made on</source>
        <translation>صُنعت في</translation>
    </message>
    <message>
        <source>For</source>
        <translation>لـ</translation>
    </message>
    <message>
        <source>From</source>
        <translation>من</translation>
    </message>
    <message>
        <source>The copy</source>
        <translation>النسخة</translation>
    </message>
    <message>
        <source>What the copy holds</source>
        <translation>ما تحمله النسخة</translation>
    </message>
    <message>
        <source>The later life letter</source>
        <translation>رسالة الحياة اللاحقة</translation>
    </message>
    <message>
        <source>What stayed with the sender</source>
        <translation>ما بقي عند المرسل</translation>
    </message>
    <message>
        <source>Nothing: everything in the story went in the copy.</source>
        <translation>لا شيء: ذهب كل ما في القصة إلى النسخة.</translation>
    </message>
    <message>
        <source>The passphrase that opens the copy is not on this sheet. It was given separately. Keep this sheet with the case records.</source>
        <translation>عبارة المرور التي تفتح النسخة ليست على هذه الورقة. سُلّمت على حدة. احتفظ بهذه الورقة مع سجلات الحالة.</translation>
    </message>
    <message>
        <source>Given by: ____________________________  Date: ____________</source>
        <translation>سلّمها: ____________________________  التاريخ: ____________</translation>
    </message>
    <message>
        <source>Received by: _________________________  Date: ____________</source>
        <translation>استلمها: _________________________  التاريخ: ____________</translation>
    </message>
    <message>
        <source>Hand-over sheet</source>
        <translation>ورقة التسليم</translation>
    </message>
    <message>
        <source>The hand-over sheet could not be made into a PDF.</source>
        <translation>تعذّر تحويل ورقة التسليم إلى PDF.</translation>
    </message>
    <message>
        <source>Whose story</source>
        <translation>قصة من</translation>
    </message>
    <message>
        <source>1 person</source>
        <translation>شخص واحد</translation>
    </message>
    <message>
        <source>%1 people</source>
        <translation>الأشخاص: %1</translation>
    </message>
    <message>
        <source>1 home</source>
        <translation>منزل واحد</translation>
    </message>
    <message>
        <source>%1 homes</source>
        <translation>المنازل: %1</translation>
    </message>
    <message>
        <source>1 memory</source>
        <translation>ذكرى واحدة</translation>
    </message>
    <message>
        <source>%1 memories</source>
        <translation>الذكريات: %1</translation>
    </message>
    <message>
        <source>1 picture</source>
        <translation>صورة واحدة</translation>
    </message>
    <message>
        <source>%1 pictures</source>
        <translation>الصور: %1</translation>
    </message>
    <message>
        <source>1 thing the child said</source>
        <translation>شيء واحد قاله الطفل</translation>
    </message>
    <message>
        <source>%1 things the child said</source>
        <translation>ما قاله الطفل: %1</translation>
    </message>
    <message>
        <source>1 recording in the child&apos;s own voice</source>
        <translation>تسجيل واحد بصوت الطفل نفسه</translation>
    </message>
    <message>
        <source>%1 recordings in the child&apos;s own voice</source>
        <translation>%1 تسجيلات بصوت الطفل نفسه</translation>
    </message>
</context>
<context>
    <name>JargonCheck</name>
    <message>
        <source>looked after child</source>
        <translation>طفل تحت الرعاية|طفل في الرعاية|طفل مودع|أطفال تحت الرعاية|أطفال في الرعاية</translation>
    </message>
    <message>
        <source>a child who lives with carers instead of with their birth family</source>
        <translation>طفل يعيش مع أشخاص يرعونه بدلًا من العيش مع عائلته الأصلية</translation>
    </message>
    <message>
        <source>LAC</source>
        <translation>LAC</translation>
    </message>
    <message>
        <source>section 20</source>
        <translation>مادة 20</translation>
    </message>
    <message>
        <source>your birth parents agreed that you could live with carers for a while</source>
        <translation>وافق والداك اللذان أنجباك على أن تعيش مع أشخاص يرعونك لبعض الوقت</translation>
    </message>
    <message>
        <source>s.20</source>
        <translation>s.20</translation>
    </message>
    <message>
        <source>section 31</source>
        <translation>مادة 31</translation>
    </message>
    <message>
        <source>a judge decided that the council should help to look after you</source>
        <translation>قرّر قاضٍ أن تساعد البلدية في رعايتك</translation>
    </message>
    <message>
        <source>s.31</source>
        <translation>s.31</translation>
    </message>
    <message>
        <source>care order</source>
        <translation>أمر رعاية|أمر الرعاية</translation>
    </message>
    <message>
        <source>interim care order</source>
        <translation>أمر رعاية مؤقت|أمر الرعاية المؤقت|أمر رعاية مؤقتة|أمر الرعاية المؤقتة</translation>
    </message>
    <message>
        <source>a decision for a short time, while the judge thought about what was best for you</source>
        <translation>قرار لوقت قصير، بينما كان القاضي يفكّر فيما هو الأفضل لك</translation>
    </message>
    <message>
        <source>contact</source>
        <translation>ترتيبات التواصل|حق الرؤية|حق الزيارة</translation>
    </message>
    <message>
        <source>family time: seeing, calling or writing to your family</source>
        <translation>وقت مع العائلة: رؤية عائلتك أو الاتصال بها أو الكتابة إليها</translation>
    </message>
    <message>
        <source>supervised</source>
        <translation>تحت الإشراف|خاضع للإشراف|خاضعة للإشراف|إشرافية</translation>
    </message>
    <message>
        <source>with a worker there to help</source>
        <translation>مع وجود شخص من العاملين هناك للمساعدة</translation>
    </message>
    <message>
        <source>placement</source>
        <translation>إيداع|ايداع|إيداعات|إيداعك|إيداعه|إيداعها</translation>
    </message>
    <message>
        <source>home</source>
        <translation>بيت</translation>
    </message>
    <message>
        <source>placed</source>
        <translation>أودعت|أودعوا|أودعوك|أودعناك</translation>
    </message>
    <message>
        <source>went to live</source>
        <translation>انتقلت للعيش</translation>
    </message>
    <message>
        <source>respite</source>
        <translation>رعاية مؤقتة|رعاية الاستراحة|رعاية استراحة</translation>
    </message>
    <message>
        <source>a short stay with other carers, so that everyone could have a rest</source>
        <translation>إقامة قصيرة عند أشخاص آخرين يرعونك، حتى يرتاح الجميع قليلًا</translation>
    </message>
    <message>
        <source>IRO</source>
        <translation>IRO</translation>
    </message>
    <message>
        <source>the person who checks that the plan for you is working</source>
        <translation>الشخص الذي يتأكد من أن الخطة الموضوعة لك تسير جيدًا</translation>
    </message>
    <message>
        <source>independent reviewing officer</source>
        <translation>مسؤول المراجعة المستقل|مسؤولة المراجعة المستقلة|مسؤول مراجعة مستقل|ضابط المراجعة المستقل</translation>
    </message>
    <message>
        <source>CP plan</source>
        <translation>CP plan|خطة حماية الطفل|خطة حماية</translation>
    </message>
    <message>
        <source>a plan made to keep you safe</source>
        <translation>خطة وُضعت للحفاظ على سلامتك</translation>
    </message>
    <message>
        <source>child protection</source>
        <translation>حماية الطفل|حماية الأطفال|حماية طفل</translation>
    </message>
    <message>
        <source>keeping children safe from harm</source>
        <translation>إبقاء الأطفال بأمان بعيدًا عن الأذى</translation>
    </message>
    <message>
        <source>safeguarding</source>
        <translation>صون|حماية وقائية</translation>
    </message>
    <message>
        <source>threshold</source>
        <translation>معايير العتبة|معيار العتبة|عتبة التدخل|عتبة الضرر</translation>
    </message>
    <message>
        <source>the point where a judge decides that a child cannot safely live at home</source>
        <translation>الحد الذي يقرر عنده القاضي أن الطفل لا يستطيع العيش في بيته بأمان</translation>
    </message>
    <message>
        <source>neglect</source>
        <translation>إهمال|اهمال</translation>
    </message>
    <message>
        <source>not getting the care every child needs, like food, warmth and someone to look after you</source>
        <translation>عدم الحصول على الرعاية التي يحتاجها كل طفل، مثل الطعام والدفء وشخص يعتني بك</translation>
    </message>
    <message>
        <source>SGO</source>
        <translation>SGO|أمر وصاية خاصة</translation>
    </message>
    <message>
        <source>a judge&apos;s decision that someone from your family, or a carer, looks after you until you are grown up</source>
        <translation>قرار من القاضي بأن يعتني بك أحد أفراد عائلتك، أو شخص يرعاك، حتى تكبر</translation>
    </message>
    <message>
        <source>special guardianship order</source>
        <translation>أمر وصاية خاصة|أمر الوصاية الخاصة</translation>
    </message>
    <message>
        <source>PLO</source>
        <translation>PLO</translation>
    </message>
    <message>
        <source>the steps the council takes before it asks a judge to decide</source>
        <translation>الخطوات التي تقوم بها البلدية قبل أن تطلب من القاضي أن يقرر</translation>
    </message>
    <message>
        <source>LADO</source>
        <translation>LADO</translation>
    </message>
    <message>
        <source>the person who checks when an adult who works with children may have done something wrong</source>
        <translation>الشخص الذي يتحقق من الأمر عندما يكون شخص بالغ يعمل مع الأطفال ربما فعل شيئًا خاطئًا</translation>
    </message>
    <message>
        <source>presenting issues</source>
        <translation>أسباب الإحالة|دواعي الإحالة|مشكلات معروضة</translation>
    </message>
    <message>
        <source>the worries people had</source>
        <translation>الأمور التي كانت تُقلق الناس</translation>
    </message>
    <message>
        <source>care plan</source>
        <translation>خطة رعاية|خطة الرعاية</translation>
    </message>
    <message>
        <source>the plan for who looks after you, and how</source>
        <translation>الخطة التي تحدد من يعتني بك، وكيف</translation>
    </message>
    <message>
        <source>local authority</source>
        <translation>سلطة محلية|سلطة المحلية|سلطات محلية</translation>
    </message>
    <message>
        <source>the council</source>
        <translation>البلدية</translation>
    </message>
    <message>
        <source>permanence</source>
        <translation>ديمومة|خطة ديمومة|خطة الديمومة</translation>
    </message>
    <message>
        <source>a home where you can stay until you are grown up</source>
        <translation>بيت يمكنك أن تبقى فيه حتى تكبر</translation>
    </message>
    <message>
        <source>disclosure</source>
        <translation>إفصاح|افصاح</translation>
    </message>
    <message>
        <source>when you told someone what had happened</source>
        <translation>عندما أخبرت أحدًا بما حدث</translation>
    </message>
    <message>
        <source>child in need</source>
        <translation>طفل محتاج|أطفال محتاجون|أطفال محتاجين</translation>
    </message>
    <message>
        <source>a child the council gives extra help to</source>
        <translation>طفل تقدم له البلدية مساعدة إضافية</translation>
    </message>
    <message>
        <source>A child may not know “%1”. Say instead, or explain: %2</source>
        <translation>قد لا يعرف الطفل «%1». قل بدلًا منها، أو اشرح: %2</translation>
    </message>
    <message>
        <source>placement order</source>
        <translation>أمر إيداع|أمر الإيداع</translation>
    </message>
    <message>
        <source>a judge&apos;s decision that you could go to live with a new family who would adopt you</source>
        <translation>قرار من القاضي بأن تذهب لتعيش مع عائلة جديدة ستتبنّاك</translation>
    </message>
</context>
<context>
    <name>LegendWidget</name>
    <message>
        <source>Key to the lines</source>
        <translation>مفتاح الخطوط</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>المفتاح</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>العائلة</translation>
    </message>
    <message>
        <source>Carers</source>
        <translation>مقدمو الرعاية</translation>
    </message>
    <message>
        <source>Workers</source>
        <translation>العاملون</translation>
    </message>
    <message>
        <source>School and friends</source>
        <translation>المدرسة والأصدقاء</translation>
    </message>
    <message>
        <source>Pets</source>
        <translation>الحيوانات الأليفة</translation>
    </message>
    <message>
        <source>Places and others</source>
        <translation>أماكن وغيرها</translation>
    </message>
    <message>
        <source>Dashed outline: kept private (left out of books)</source>
        <translation>إطار متقطع: خاص (يُستبعد من الكتب)</translation>
    </message>
    <message>
        <source>Amber glow: ended when a home ended</source>
        <translation>توهج كهرماني: انتهت عندما انتهى منزل</translation>
    </message>
    <message>
        <source>Cards</source>
        <translation>البطاقات</translation>
    </message>
</context>
<context>
    <name>LetterDocument</name>
    <message>
        <source>Letter removed</source>
        <translation>حُذفت الرسالة</translation>
    </message>
    <message>
        <source>Wrote “%1”</source>
        <translation>كُتب «%1»</translation>
    </message>
    <message>
        <source>Marked “%1” as rewritten</source>
        <translation>عُلّم «%1» على أنه أُعيدت كتابته</translation>
    </message>
    <message>
        <source>Changed who it is to, from or when</source>
        <translation>تغيّر لمن الرسالة أو ممن أو متى</translation>
    </message>
    <message>
        <source>Permission for %1: %2</source>
        <translation>الإذن بذكر %1: %2</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>حُفظت</translation>
    </message>
    <message>
        <source>Drafted “%1” from the facts</source>
        <translation>صيغت مسودة «%1» من الوقائع</translation>
    </message>
</context>
<context>
    <name>LetterDrafter</name>
    <message>
        <source>“%1”</source>
        <translation>«%1»</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 و%2</translation>
    </message>
    <message>
        <source>, </source>
        <translation>، </translation>
    </message>
    <message>
        <source>on %1</source>
        <translation>في %1</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>في %1</translation>
    </message>
    <message>
        <source>You were born %1.</source>
        <translation>وُلدت %1.</translation>
    </message>
    <message>
        <source>Your full name is %1, and you like to be called %2.</source>
        <translation>اسمك الكامل هو %1، وتحب أن يناديك الناس %2.</translation>
    </message>
    <message>
        <source>Your name is %1.</source>
        <translation>اسمك %1.</translation>
    </message>
    <message>
        <source>When you were born, you lived at %1.</source>
        <translation>عندما وُلدت، عشت في %1.</translation>
    </message>
    <message>
        <source>Your birth mother is called %1.</source>
        <translation>أمك التي أنجبتك اسمها %1.</translation>
    </message>
    <message>
        <source>Your birth father is called %1.</source>
        <translation>أبوك الذي أنجبك اسمه %1.</translation>
    </message>
    <message>
        <source>%1 is part of your birth family.</source>
        <translation>%1 من عائلتك الأصلية.</translation>
    </message>
    <message>
        <source>%1 is part of your birth family (%2).</source>
        <translation>%1 من عائلتك الأصلية (%2).</translation>
    </message>
    <message>
        <source>You said: %1</source>
        <translation>قلت: %1</translation>
    </message>
    <message>
        <source>Soon you will move to %1.</source>
        <translation>قريبًا سيكون انتقالك إلى %1.</translation>
    </message>
    <message>
        <source>Soon you will move to %1, to live with %2.</source>
        <translation>قريبًا سيكون انتقالك إلى %1، للعيش مع %2.</translation>
    </message>
    <message>
        <source>Now you live at %1.</source>
        <translation>بيتك الآن في %1.</translation>
    </message>
    <message>
        <source>Now you live at %1 with %2.</source>
        <translation>بيتك الآن في %1 مع %2.</translation>
    </message>
    <message>
        <source>You went to live at %1 %2.</source>
        <translation>انتقلت للعيش في %1 %2.</translation>
    </message>
    <message>
        <source>You went to live at %1 with %2 %3.</source>
        <translation>انتقلت للعيش في %1 مع %2 %3.</translation>
    </message>
    <message>
        <source>at a time we don&apos;t know</source>
        <translation>في وقت لا نعرفه</translation>
    </message>
    <message>
        <source>From %1 to %2 you lived at %3.</source>
        <translation>من %1 إلى %2 عشت في %3.</translation>
    </message>
    <message>
        <source>From %1 to %2 you lived at %3 with %4.</source>
        <translation>من %1 إلى %2 عشت في %3 مع %4.</translation>
    </message>
    <message>
        <source>This move happened in a hurry.</source>
        <translation>حدث هذا الانتقال على عجل.</translation>
    </message>
    <message>
        <source>This move happened in a hurry, with %1 notice.</source>
        <translation>حدث هذا الانتقال على عجل، وعرفت به قبل %1.</translation>
    </message>
    <message>
        <source>This move was planned.</source>
        <translation>كان هذا الانتقال مخططًا له.</translation>
    </message>
    <message>
        <source>You said why you are moving: %1</source>
        <translation>قلت عن سبب انتقالك: %1</translation>
    </message>
    <message>
        <source>You said why you came: %1</source>
        <translation>قلت عن سبب مجيئك: %1</translation>
    </message>
    <message>
        <source>You said why you left: %1</source>
        <translation>قلت عن سبب مغادرتك: %1</translation>
    </message>
    <message>
        <source>A judge in the family court decided that you should be adopted, so that you could grow up in a family who would keep you safe and love you for always.</source>
        <translation>قرّر قاضٍ في محكمة الأسرة أن يتم تبنّيك، لكي تكبر في عائلة تحافظ على سلامتك وتحبك إلى الأبد.</translation>
    </message>
    <message>
        <source>It was decided that you would grow up with people from your own family, who love you and keep you safe.</source>
        <translation>تقرّر أن تكبر مع أشخاص من عائلتك، يحبونك ويحافظون على سلامتك.</translation>
    </message>
    <message>
        <source>It was decided that you would grow up with %1, who is part of your family, so that you could be safe and loved.</source>
        <translation>تقرّر أن تكبر مع %1، أحد أفراد عائلتك، لكي تعيش في أمان ومحبة.</translation>
    </message>
    <message>
        <source>As you grew older, you and the people who cared about you planned together how you would live on your own.</source>
        <translation>عندما كبرت، خطّطت مع الأشخاص الذين يهتمون بك لكيفية العيش وحدك.</translation>
    </message>
    <message>
        <source>%1 there was a meeting about how you were doing: %2.</source>
        <translation>%1 عُقد اجتماع للاطمئنان على أحوالك: %2.</translation>
    </message>
    <message>
        <source>Who was there: %1.</source>
        <translation>من كان هناك: %1.</translation>
    </message>
    <message>
        <source>What was decided: %1</source>
        <translation>ما الذي تقرّر: %1</translation>
    </message>
    <message>
        <source>%1 is your brother or sister.</source>
        <translation>%1 من إخوتك.</translation>
    </message>
    <message>
        <source>After one of your moves, you stopped seeing each other.</source>
        <translation>بعد أحد انتقالاتك، توقفتما عن رؤية بعضكما.</translation>
    </message>
    <message>
        <source>You keep in touch by %1.</source>
        <translation>تبقيان على تواصل عن طريق %1.</translation>
    </message>
    <message>
        <source>You live together.</source>
        <translation>تعيشان معًا.</translation>
    </message>
    <message>
        <source>You said about yourself: %1</source>
        <translation>قلت عن نفسك: %1</translation>
    </message>
    <message>
        <source>We remember: %1.</source>
        <translation>نتذكر: %1.</translation>
    </message>
    <message>
        <source>We remember %1: %2.</source>
        <translation>نتذكر %1: %2.</translation>
    </message>
    <message>
        <source>%1 you said: %2</source>
        <translation>%1 قلت: %2</translation>
    </message>
    <message>
        <source>When you are 18, you have the right to see your adoption records. The adoption agency can help you read them, and can help you get in touch with your birth family if you want to.</source>
        <translation>عند بلوغك 18 عامًا، يحق لك رؤية سجلات تبنّيك. تستطيع وكالة التبنّي أن تساعدك على قراءتها، وأن تساعدك على التواصل مع عائلتك الأصلية إن أردت.</translation>
    </message>
    <message>
        <source>Your personal adviser can help you with anything you want to know, and you can ask the council to see your records.</source>
        <translation>يستطيع مستشارك الشخصي أن يساعدك في كل ما تريد معرفته، ويمكنك أن تطلب من البلدية رؤية سجلاتك.</translation>
    </message>
    <message>
        <source>When you are older, you can ask the council to see your records. The people who look after you can help you.</source>
        <translation>عندما تكبر، يمكنك أن تطلب من البلدية رؤية سجلاتك. ويستطيع الأشخاص الذين يعتنون بك مساعدتك.</translation>
    </message>
    <message>
        <source>%1 was your social worker and knows your story.</source>
        <translation>%1 كان أخصائيك الاجتماعي ويعرف قصتك.</translation>
    </message>
    <message>
        <source>Your birth mother is called %1. You call her %2.</source>
        <translation>اسم أمك التي أنجبتك %1. أنت تنادينها %2.</translation>
    </message>
    <message>
        <source>Your birth father is called %1. You call him %2.</source>
        <translation>اسم أبيك الذي أنجبك %1. أنت تناديه %2.</translation>
    </message>
    <message>
        <source>It was decided that you would live with your foster family until you were grown up.</source>
        <translation>تقرّر أن تعيش مع أسرتك الحاضنة حتى تكبر.</translation>
    </message>
    <message>
        <source>It was decided that you would live with %1 until you were grown up.</source>
        <translation>تقرّر أن تعيش مع %1 حتى تكبر.</translation>
    </message>
    <message>
        <source>%1 is your brother or sister (%2).</source>
        <translation>%1 أخوك أو أختك (%2).</translation>
    </message>
    <message>
        <source>You see each other %1.</source>
        <translation>تلتقيان: %1.</translation>
    </message>
    <message>
        <source>You keep in touch by letters and cards.</source>
        <translation>تبقيان على تواصل بالرسائل والبطاقات.</translation>
    </message>
    <message>
        <source>You keep in touch by phone or video calls.</source>
        <translation>تبقيان على تواصل بالمكالمات الهاتفية أو المرئية.</translation>
    </message>
    <message>
        <source>%1 a judge at the family court held a hearing: %2.</source>
        <translation>%1 عقد قاضٍ في محكمة الأسرة جلسة: %2.</translation>
    </message>
</context>
<context>
    <name>LetterExport</name>
    <message>
        <source>Dear %1,</source>
        <translation>مرحبًا %1،</translation>
    </message>
    <message>
        <source>Draft made from the case&apos;s facts: not yet rewritten by the writer.</source>
        <translation>مسودة مأخوذة من وقائع الحالة: لم يُعِد الكاتب صياغتها بعد.</translation>
    </message>
    <message>
        <source>With warm wishes,</source>
        <translation>مع أطيب الأمنيات،</translation>
    </message>
    <message>
        <source>No longer in the case</source>
        <translation>لم يعد ضمن الحالة</translation>
    </message>
    <message>
        <source>As written</source>
        <translation>كما هو مكتوب</translation>
    </message>
    <message>
        <source>As “%1”</source>
        <translation>بوصف «%1»</translation>
    </message>
    <message>
        <source>First name only: %1</source>
        <translation>الاسم الأول فقط: %1</translation>
    </message>
    <message>
        <source>For the file: people named in the letter</source>
        <translation>للملف: الأشخاص المذكورون في الرسالة</translation>
    </message>
    <message>
        <source>This page is not part of the letter. It records whose permission was asked to name them, and how each is named in the letter as printed on %1.</source>
        <translation>هذه الصفحة ليست جزءًا من الرسالة. وهي تسجّل من طُلب إذنه لذكر اسمه، وكيف ذُكر كل منهم في الرسالة كما طُبعت في %1.</translation>
    </message>
    <message>
        <source>Nobody is named in the letter.</source>
        <translation>لم يُذكر أي شخص في الرسالة.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Who they are</source>
        <translation>من هو</translation>
    </message>
    <message>
        <source>Permission to include</source>
        <translation>الإذن بذكره</translation>
    </message>
    <message>
        <source>Printed</source>
        <translation>كما طُبع</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 من %2</translation>
    </message>
    <message>
        <source>Later life letter</source>
        <translation>رسالة للمستقبل</translation>
    </message>
    <message>
        <source>The letter could not be made into a PDF.</source>
        <translation>تعذّر تحويل الرسالة إلى ملف PDF.</translation>
    </message>
</context>
<context>
    <name>LetterHistoryDialog</name>
    <message>
        <source>History of the letter</source>
        <translation>سجل تغييرات الرسالة</translation>
    </message>
    <message>
        <source>&amp;Changes, newest first:</source>
        <translation>&amp;التغييرات، الأحدث أولًا:</translation>
    </message>
    <message>
        <source>Changes, newest first</source>
        <translation>التغييرات، الأحدث أولًا</translation>
    </message>
    <message>
        <source>The letter after this change</source>
        <translation>الرسالة بعد هذا التغيير</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1، %2: %3</translation>
    </message>
</context>
<context>
    <name>LetterPane</name>
    <message>
        <source>E&amp;asy-read font</source>
        <translation>&amp;خط سهل القراءة</translation>
    </message>
    <message>
        <source>Start from the fa&amp;cts</source>
        <translation>ابدأ من الو&amp;قائع</translation>
    </message>
    <message>
        <source>Prev&amp;iew…</source>
        <translation>معا&amp;ينة…</translation>
    </message>
    <message>
        <source>Pri&amp;nt…</source>
        <translation>&amp;طباعة…</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>حفظ ب&amp;صيغة PDF…</translation>
    </message>
    <message>
        <source>Histor&amp;y…</source>
        <translation>السج&amp;ل…</translation>
    </message>
    <message>
        <source>Later life letter</source>
        <translation>رسالة للمستقبل</translation>
    </message>
    <message>
        <source>The name they use</source>
        <translation>الاسم الذي يُنادى به</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>اسمك</translation>
    </message>
    <message>
        <source>For example: your social worker</source>
        <translation>مثلًا: أخصائيك الاجتماعي</translation>
    </message>
    <message>
        <source>Sets the wording of the drafts: why they could not stay with their birth family, and who looks after them now.</source>
        <translation>يحدد صياغة المسودات: لماذا لم يستطع الطفل البقاء مع عائلته الأصلية، ومن يعتني به الآن.</translation>
    </message>
    <message>
        <source>Prints the letter larger, in a font made for new readers.</source>
        <translation>يطبع الرسالة بحجم أكبر، بخط مصمم للقرّاء المبتدئين.</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;إلى:</translation>
    </message>
    <message>
        <source>Fr&amp;om:</source>
        <translation>م&amp;ن:</translation>
    </message>
    <message>
        <source>Their &amp;role:</source>
        <translation>&amp;دوره:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>التا&amp;ريخ:</translation>
    </message>
    <message>
        <source>&amp;Kind of care:</source>
        <translation>ن&amp;وع الرعاية:</translation>
    </message>
    <message>
        <source>Parts of the letter</source>
        <translation>أجزاء الرسالة</translation>
    </message>
    <message>
        <source>People named in the letter</source>
        <translation>الأشخاص المذكورون في الرسالة</translation>
    </message>
    <message>
        <source>Everyone the letter names. A full name is printed only with their permission; someone who refused is printed as who they were to the child (&quot;your teacher&quot;).</source>
        <translation>كل من تذكرهم الرسالة. لا يُطبع الاسم الكامل إلا بإذن صاحبه؛ ومن رفض يُطبع بصفته بالنسبة إلى الطفل («معلمك»).</translation>
    </message>
    <message>
        <source>&amp;Parts of the letter:</source>
        <translation>&amp;أجزاء الرسالة:</translation>
    </message>
    <message>
        <source>Peop&amp;le named:</source>
        <translation>الأشخاص المذ&amp;كورون:</translation>
    </message>
    <message>
        <source>Per&amp;mission:</source>
        <translation>الإ&amp;ذن:</translation>
    </message>
    <message>
        <source>This part is a draft made from the case&apos;s facts. Rewrite it in your own words: it stays marked as a draft until you change it.</source>
        <translation>هذا الجزء مسودة مأخوذة من وقائع الحالة. أعد كتابته بكلماتك: سيبقى معلَّمًا كمسودة حتى تغيّره.</translation>
    </message>
    <message>
        <source>Fills this part with plain sentences made from what the case holds: dates, names, homes. A starting point, never a finished letter.</source>
        <translation>يملأ هذا الجزء بجمل بسيطة مأخوذة مما تحويه الحالة: تواريخ وأسماء وبيوت. نقطة بداية، وليست رسالة مكتملة أبدًا.</translation>
    </message>
    <message>
        <source>Words a child may not know</source>
        <translation>كلمات قد لا يعرفها الطفل</translation>
    </message>
    <message>
        <source>Your &amp;words:</source>
        <translation>كلم&amp;اتك:</translation>
    </message>
    <message>
        <source>Words a child may not know:</source>
        <translation>كلمات قد لا يعرفها الطفل:</translation>
    </message>
    <message>
        <source>%1 (draft)</source>
        <translation>%1 (مسودة)</translation>
    </message>
    <message>
        <source>Write to %1 in your own words, or start from the facts.</source>
        <translation>اكتب إلى %1 بكلماتك، أو ابدأ من الوقائع.</translation>
    </message>
    <message>
        <source>“%1”: %2</source>
        <translation>«%1»: %2</translation>
    </message>
    <message>
        <source>None found in this part.</source>
        <translation>لم يُعثر على شيء في هذا الجزء.</translation>
    </message>
    <message>
        <source>Reading age: nothing written yet.</source>
        <translation>عمر القراءة: لم يُكتب شيء بعد.</translation>
    </message>
    <message>
        <source>Whole letter: %1 words, about %2 words a sentence.</source>
        <translation>الرسالة كاملة: %1 كلمة، بمعدل %2 كلمة تقريبًا في الجملة.</translation>
    </message>
    <message>
        <source>Whole letter: %1 words. Reading age about %2 (a guide only: shorter sentences and words make it easier).</source>
        <translation>الرسالة كاملة: %1 كلمة. عمر القراءة نحو %2 (للاسترشاد فقط: الجمل والكلمات الأقصر تجعلها أسهل).</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Named in the letter but no longer in the story: %1. The words are kept; check that they are still right.</source>
        <translation>مذكورون في الرسالة لكنهم لم يعودوا في القصة: %1. الكلمات محفوظة كما هي؛ تحقّق من أنها ما زالت صحيحة.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>، </translation>
    </message>
    <message>
        <source>Nobody named yet.</source>
        <translation>لم يُذكر أحد بعد.</translation>
    </message>
    <message>
        <source>The story holds nothing for this part yet: write it in your own words.</source>
        <translation>لا تحتوي القصة على شيء لهذا الجزء بعد: اكتبه بكلماتك.</translation>
    </message>
    <message>
        <source>Start from the facts</source>
        <translation>البدء من الوقائع</translation>
    </message>
    <message>
        <source>Put a draft made from the facts in place of what is written in “%1”? Undo brings your words back.</source>
        <translation>هل تريد وضع مسودة مأخوذة من الوقائع مكان ما هو مكتوب في «%1»؟ يمكنك استعادة كلماتك بالتراجع.</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>حفظ بصيغة PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>مستندات PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved as a PDF</source>
        <translation>حُفظت بصيغة PDF</translation>
    </message>
    <message>
        <source>Preview: later life letter</source>
        <translation>معاينة: رسالة للمستقبل</translation>
    </message>
    <message>
        <source>Printed</source>
        <translation>طُبعت</translation>
    </message>
    <message>
        <source>Incl&amp;ude the page for the file</source>
        <translation>ت&amp;ضمين صفحة الملف</translation>
    </message>
    <message>
        <source>The page lists everyone the letter names and whether they agreed. It names people who refused, so it is for the case file only: leave it out of the copy that goes to the child.</source>
        <translation>تذكر الصفحة كل من تسميهم الرسالة وهل وافقوا. وهي تسمّي من رفضوا، لذلك هي لملف الحالة فقط: لا تضعها في النسخة التي تذهب إلى الطفل.</translation>
    </message>
    <message>
        <source>%1 (not started)</source>
        <translation>%1 (لم تبدأ بعد)</translation>
    </message>
    <message>
        <source>Printed as written.</source>
        <translation>يُطبع كما هو مكتوب.</translation>
    </message>
    <message>
        <source>Printed as “%1” instead of their name.</source>
        <translation>يُطبع «%1» بدلًا من اسمه.</translation>
    </message>
    <message>
        <source>Until they agree, a full name is printed as “%1” only.</source>
        <translation>إلى أن يوافق، يُطبع من الاسم الكامل «%1» فقط.</translation>
    </message>
    <message>
        <source>Printed as written; a full name would need their permission.</source>
        <translation>يُطبع كما هو مكتوب؛ الاسم الكامل يحتاج إلى إذنه.</translation>
    </message>
    <message>
        <source>1 part is still a draft.</source>
        <translation>جزء واحد ما زال مسودة.</translation>
    </message>
    <message>
        <source>%1 parts are still drafts.</source>
        <translation>%1 أجزاء ما زالت مسودات.</translation>
    </message>
    <message>
        <source>1 word a child may not know.</source>
        <translation>كلمة واحدة قد لا يعرفها الطفل.</translation>
    </message>
    <message>
        <source>%1 words a child may not know.</source>
        <translation>%1 كلمات قد لا يعرفها الطفل.</translation>
    </message>
    <message>
        <source>Say “%1” instead</source>
        <translation>قل «%1» بدلًا منها</translation>
    </message>
    <message>
        <source>Explain it: add “(%1)”</source>
        <translation>اشرحها: أضف «(%1)»</translation>
    </message>
    <message>
        <source>The letter begins “Dear …,” with this name: no need to write it.</source>
        <translation>تبدأ الرسالة بالتحية مع هذا الاسم من تلقاء نفسها: لا حاجة لكتابتها.</translation>
    </message>
</context>
<context>
    <name>LetterWords</name>
    <message>
        <source>You and your birth</source>
        <translation>أنت وولادتك</translation>
    </message>
    <message>
        <source>Your birth family</source>
        <translation>عائلتك الأصلية</translation>
    </message>
    <message>
        <source>Where you lived and why you moved</source>
        <translation>أين عشت ولماذا انتقلت</translation>
    </message>
    <message>
        <source>The decisions about you, and who made them</source>
        <translation>القرارات التي اتُّخذت بشأنك، ومن اتخذها</translation>
    </message>
    <message>
        <source>What your birth family said</source>
        <translation>ماذا قالت عائلتك الأصلية</translation>
    </message>
    <message>
        <source>Your brothers and sisters</source>
        <translation>إخوتك وأخواتك</translation>
    </message>
    <message>
        <source>What you were like</source>
        <translation>كيف كنت</translation>
    </message>
    <message>
        <source>Who you can talk to later</source>
        <translation>مع من يمكنك التحدث لاحقًا</translation>
    </message>
    <message>
        <source>When and where they were born, their name and who chose it, their first days.</source>
        <translation>متى وأين وُلد، واسمه ومن اختاره، وأيامه الأولى.</translation>
    </message>
    <message>
        <source>Who their birth parents and wider family are, something good about each, and what they were like.</source>
        <translation>من هم والداه الأصليان وعائلته الأوسع، وشيء جميل عن كل منهم، وكيف كانوا.</translation>
    </message>
    <message>
        <source>Each home in order: who they lived with, and the true reason for each move.</source>
        <translation>كل بيت بالترتيب: مع من عاش، والسبب الحقيقي لكل انتقال.</translation>
    </message>
    <message>
        <source>Why they could not live with their birth family, what was tried first, and who decided (a judge, a panel, their social worker).</source>
        <translation>لماذا لم يستطع العيش مع عائلته الأصلية، وما الذي جُرّب أولًا، ومن قرّر (قاضٍ، أو لجنة، أو أخصائيه الاجتماعي).</translation>
    </message>
    <message>
        <source>What their birth parents said about the decision and about them, in their words where you have them.</source>
        <translation>ما قاله والداه الأصليان عن القرار وعنه، بكلماتهم إن كانت لديك.</translation>
    </message>
    <message>
        <source>Each brother and sister, where they live, and how the child can keep in touch.</source>
        <translation>كل أخ وأخت، وأين يعيشون، وكيف يمكن للطفل البقاء على تواصل معهم.</translation>
    </message>
    <message>
        <source>What they loved, what they were good at, funny moments, what they said.</source>
        <translation>ما كان يحبه، وما كان يجيده، واللحظات المضحكة، وما قاله.</translation>
    </message>
    <message>
        <source>Who they can ask for their records and for support when they are older.</source>
        <translation>من يمكنه أن يطلب منه سجلاته والدعم عندما يكبر.</translation>
    </message>
    <message>
        <source>Not chosen yet</source>
        <translation>لم يُختر بعد</translation>
    </message>
    <message>
        <source>Adoption</source>
        <translation>التبنّي</translation>
    </message>
    <message>
        <source>Long-term foster care</source>
        <translation>رعاية بديلة طويلة الأمد</translation>
    </message>
    <message>
        <source>Kinship care (with family or friends)</source>
        <translation>رعاية الأقارب (مع العائلة أو الأصدقاء)</translation>
    </message>
    <message>
        <source>Leaving care</source>
        <translation>مغادرة الرعاية</translation>
    </message>
    <message>
        <source>Not asked yet</source>
        <translation>لم يُسأل بعد</translation>
    </message>
    <message>
        <source>Asked, no answer yet</source>
        <translation>سُئل، ولا جواب بعد</translation>
    </message>
    <message>
        <source>Permission given</source>
        <translation>أُعطي الإذن</translation>
    </message>
    <message>
        <source>Permission refused</source>
        <translation>رُفض الإذن</translation>
    </message>
    <message>
        <source>your birth mother</source>
        <translation>أمك التي أنجبتك</translation>
    </message>
    <message>
        <source>your birth father</source>
        <translation>أبوك الذي أنجبك</translation>
    </message>
    <message>
        <source>your brother or sister</source>
        <translation>أحد إخوتك</translation>
    </message>
    <message>
        <source>your grandparent</source>
        <translation>أحد أجدادك</translation>
    </message>
    <message>
        <source>someone in your family</source>
        <translation>أحد أفراد عائلتك</translation>
    </message>
    <message>
        <source>your foster carer</source>
        <translation>مقدّم الرعاية في أسرتك الحاضنة</translation>
    </message>
    <message>
        <source>the family member who looked after you</source>
        <translation>فرد العائلة الذي اعتنى بك</translation>
    </message>
    <message>
        <source>your parent</source>
        <translation>أحد والديك</translation>
    </message>
    <message>
        <source>your key worker</source>
        <translation>الموظف المسؤول عنك</translation>
    </message>
    <message>
        <source>your social worker</source>
        <translation>أخصائيك الاجتماعي</translation>
    </message>
    <message>
        <source>the person who checked your care was going well</source>
        <translation>الشخص الذي كان يتأكد من أن رعايتك تسير جيدًا</translation>
    </message>
    <message>
        <source>your teacher</source>
        <translation>معلمك</translation>
    </message>
    <message>
        <source>someone who helped you talk about your feelings</source>
        <translation>شخص ساعدك على التحدث عن مشاعرك</translation>
    </message>
    <message>
        <source>someone who helped you stay healthy</source>
        <translation>شخص ساعدك على البقاء بصحة جيدة</translation>
    </message>
    <message>
        <source>a friend</source>
        <translation>صديق</translation>
    </message>
    <message>
        <source>someone who knew you</source>
        <translation>شخص كان يعرفك</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;فتح القفل</translation>
    </message>
    <message>
        <source>&amp;Close it instead</source>
        <translation>إ&amp;غلاقها بدلًا من ذلك</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>مقفلة</translation>
    </message>
    <message>
        <source>This life story is locked</source>
        <translation>قصة الحياة هذه مقفلة</translation>
    </message>
    <message>
        <source>It was locked to keep it private. Type its passphrase to carry on where you left off.</source>
        <translation>أُقفلت للحفاظ على خصوصيتها. اكتب عبارة المرور لتكمل من حيث توقفت.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>عبارة المرور</translation>
    </message>
</context>
<context>
    <name>LossDialog</name>
    <message>
        <source>Show it in the child&apos;s own &amp;book too</source>
        <translation>إظهاره في &amp;كتاب الطفل أيضًا</translation>
    </message>
    <message>
        <source>A pregnancy %1 lost</source>
        <translation>حمل فقدته %1</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>اختر…</translation>
    </message>
    <message>
        <source>Not known or not said</source>
        <translation>غير معروف أو لم يُذكر</translation>
    </message>
    <message>
        <source>Empty: not known</source>
        <translation>فارغ: غير معروف</translation>
    </message>
    <message>
        <source>Only add this where the family wants it shown. It is drawn in the family tree for professionals, and left out of the child&apos;s book unless you choose otherwise.</source>
        <translation>لا تُضف هذا إلا إذا أرادت العائلة إظهاره. يُرسم في شجرة العائلة للمختصين، ويُستبعد من كتاب الطفل ما لم تختر غير ذلك.</translation>
    </message>
    <message>
        <source>&amp;What happened:</source>
        <translation>&amp;ماذا حدث:</translation>
    </message>
    <message>
        <source>W&amp;hen:</source>
        <translation>م&amp;تى:</translation>
    </message>
    <message>
        <source>The &amp;father:</source>
        <translation>الأ&amp;ب:</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>إ&amp;ضافة</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Belonging</source>
        <translation>Belonging</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>جاهز</translation>
    </message>
    <message>
        <source>&amp;New Life Story…</source>
        <translation>قصة حياة &amp;جديدة…</translation>
    </message>
    <message>
        <source>Start a new life story in a new, protected file</source>
        <translation>بدء قصة حياة جديدة في ملف جديد محمي</translation>
    </message>
    <message>
        <source>&amp;Open Life Story…</source>
        <translation>&amp;فتح قصة حياة…</translation>
    </message>
    <message>
        <source>Open a life story file</source>
        <translation>فتح ملف قصة حياة</translation>
    </message>
    <message>
        <source>Explore the &amp;Demo</source>
        <translation>استكشاف القصة التجري&amp;بية</translation>
    </message>
    <message>
        <source>Open a made-up life story to look around</source>
        <translation>فتح قصة حياة متخيّلة للتجوّل فيها</translation>
    </message>
    <message>
        <source>&amp;Close Life Story</source>
        <translation>إ&amp;غلاق قصة الحياة</translation>
    </message>
    <message>
        <source>Write an encrypted copy of this life story</source>
        <translation>كتابة نسخة مشفّرة من قصة الحياة هذه</translation>
    </message>
    <message>
        <source>Change &amp;Passphrase…</source>
        <translation>تغيير &amp;عبارة المرور…</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;قفل</translation>
    </message>
    <message>
        <source>Close the life story now; its passphrase opens it again</source>
        <translation>إغلاق قصة الحياة الآن؛ عبارة المرور تفتحها من جديد</translation>
    </message>
    <message>
        <source>Turn off on a shared computer: file names often say whose story it is</source>
        <translation>أوقفه على حاسوب مشترك: أسماء الملفات تدلّ غالبًا على صاحب القصة</translation>
    </message>
    <message>
        <source>&amp;Larger Text</source>
        <translation>نص أك&amp;بر</translation>
    </message>
    <message>
        <source>&amp;Easy-Read Font</source>
        <translation>خط &amp;سهل القراءة</translation>
    </message>
    <message>
        <source>Andika: letters designed to be easy to tell apart</source>
        <translation>Andika: حروف مصمّمة ليسهل التمييز بينها</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;خروج</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;تراجع</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>إ&amp;عادة</translation>
    </message>
    <message>
        <source>&amp;People Who Matter</source>
        <translation>ال&amp;أشخاص المهمّون</translation>
    </message>
    <message>
        <source>&amp;Timeline</source>
        <translation>ال&amp;خط الزمني</translation>
    </message>
    <message>
        <source>&amp;Books</source>
        <translation>ال&amp;كتب</translation>
    </message>
    <message>
        <source>&amp;About Belonging</source>
        <translation>&amp;عن Belonging</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>عن &amp;Qt</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;ملف</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>فتح &amp;الأخيرة</translation>
    </message>
    <message>
        <source>Lock &amp;Automatically</source>
        <translation>ا&amp;لقفل تلقائيًا</translation>
    </message>
    <message>
        <source>&amp;Never</source>
        <translation>أ&amp;بدًا</translation>
    </message>
    <message>
        <source>After %1 minutes of no use</source>
        <translation>بعد %1 دقيقة دون استخدام</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>ت&amp;حرير</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;عرض</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>م&amp;ساعدة</translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation>م&amp;سح القائمة</translation>
    </message>
    <message>
        <source>Start a new life story</source>
        <translation>بدء قصة حياة جديدة</translation>
    </message>
    <message>
        <source>Life stories (*.belonging)</source>
        <translation>قصص الحياة (*.belonging)</translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation>حفظ نسخة</translation>
    </message>
    <message>
        <source>Change passphrase</source>
        <translation>تغيير عبارة المرور</translation>
    </message>
    <message>
        <source>The passphrase has been changed.</source>
        <translation>تم تغيير عبارة المرور.</translation>
    </message>
    <message>
        <source>Open a life story</source>
        <translation>فتح قصة حياة</translation>
    </message>
    <message>
        <source>Life stories (*.belonging);;All files (*)</source>
        <translation>قصص الحياة (*.belonging);;كل الملفات (*)</translation>
    </message>
    <message>
        <source>That file is not there any more. It may have been moved, renamed or deleted.</source>
        <translation>هذا الملف لم يعد موجودًا. ربما نُقل أو أُعيدت تسميته أو حُذف.</translation>
    </message>
    <message>
        <source>Explore the demo</source>
        <translation>استكشاف القصة التجريبية</translation>
    </message>
    <message>
        <source>Demo</source>
        <translation>تجريبية</translation>
    </message>
    <message>
        <source>%1 — Belonging</source>
        <translation>%1 — Belonging</translation>
    </message>
    <message>
        <source>Locked — Belonging</source>
        <translation>مقفلة — Belonging</translation>
    </message>
    <message>
        <source>About Belonging</source>
        <translation>عن Belonging</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Belonging %1&lt;/h3&gt;&lt;p&gt;Life-story work and relationship mapping with children in care: the people who matter, where a child has lived, and their memories, kept together and safe.&lt;/p&gt;&lt;p&gt;Everything is stored in one encrypted file that only opens with its passphrase.&lt;/p&gt;&lt;p&gt;Belonging is free software, released under the GNU General Public License, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Belonging %1&lt;/h3&gt;&lt;p&gt;عمل قصة الحياة ورسم خرائط العلاقات مع الأطفال في الرعاية: الأشخاص المهمّون، والأماكن التي عاش فيها الطفل، وذكرياته، محفوظة معًا وبأمان.&lt;/p&gt;&lt;p&gt;كل شيء محفوظ في ملف واحد مشفّر لا يُفتح إلا بعبارة المرور الخاصة به.&lt;/p&gt;&lt;p&gt;Belonging برنامج حر، يُنشر بموجب رخصة جنو العمومية العامة، الإصدار 3 أو أي إصدار لاحق.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>As the computer is set</source>
        <translation>كما هو مضبوط في الحاسوب</translation>
    </message>
    <message>
        <source>Belonging will use this language when it next starts.</source>
        <translation>سيستخدم Belonging هذه اللغة عند تشغيله في المرة القادمة.</translation>
    </message>
    <message>
        <source>&amp;High Contrast</source>
        <translation>&amp;تباين عالٍ</translation>
    </message>
    <message>
        <source>White on black, with the chosen thing in yellow</source>
        <translation>أبيض على أسود، مع تمييز ما اخترته بالأصفر</translation>
    </message>
    <message>
        <source>A&amp;bout the Child…</source>
        <translation>ع&amp;ن الطفل…</translation>
    </message>
    <message>
        <source>Their name, birthday, photo and all about them</source>
        <translation>اسمه وعيد ميلاده وصورته وكل شيء عنه</translation>
    </message>
    <message>
        <source>A&amp;bout %1…</source>
        <translation>ع&amp;ن %1…</translation>
    </message>
    <message>
        <source>All changes saved</source>
        <translation>تم حفظ كل التغييرات</translation>
    </message>
    <message>
        <source>&amp;Getting Started</source>
        <translation>ال&amp;بدء</translation>
    </message>
    <message>
        <source>My &amp;Say</source>
        <translation>&amp;رأيي</translation>
    </message>
    <message>
        <source>That is not the passphrase of this story, so it has not been changed.</source>
        <translation>هذه ليست عبارة المرور لهذه القصة، لذلك لم تُغيَّر.</translation>
    </message>
    <message>
        <source>That is not the passphrase of this story. Try again.</source>
        <translation>هذه ليست عبارة المرور لهذه القصة. حاول مرة أخرى.</translation>
    </message>
    <message>
        <source>&amp;Moves</source>
        <translation>&amp;الانتقالات</translation>
    </message>
    <message>
        <source>&amp;Save a Copy…</source>
        <translation>حفظ &amp;نسخة…</translation>
    </message>
    <message>
        <source>Remember Recent &amp;Files</source>
        <translation>&amp;تذكّر الملفات الأخيرة</translation>
    </message>
    <message>
        <source>Lan&amp;guage</source>
        <translation>ال&amp;لغة</translation>
    </message>
    <message>
        <source>&amp;People</source>
        <translation>&amp;أشخاص</translation>
    </message>
    <message>
        <source>Later Life Lette&amp;r</source>
        <translation>رسالة لل&amp;مستقبل</translation>
    </message>
    <message>
        <source>Unlocking the life story…</source>
        <translation>جارٍ فتح قفل قصة الحياة…</translation>
    </message>
    <message>
        <source>The disk is full, so the new life story could not be made there. Free some space, or choose another place.</source>
        <translation>القرص ممتلئ، لذلك تعذّر إنشاء قصة الحياة الجديدة هناك. أفرغ بعض المساحة، أو اختر مكانًا آخر.</translation>
    </message>
    <message>
        <source>Protecting the new life story with its passphrase…</source>
        <translation>جارٍ حماية قصة الحياة الجديدة بعبارة المرور الخاصة بها…</translation>
    </message>
    <message>
        <source>&amp;Hand Over a Copy…</source>
        <translation>ت&amp;سليم نسخة…</translation>
    </message>
    <message>
        <source>Make a copy for new carers, adopters, the young person, the family or a worker</source>
        <translation>اصنع نسخة لمقدمي رعاية جدد أو لمتبنّين أو للشاب أو للأسرة أو لعامل اجتماعي</translation>
    </message>
    <message>
        <source>Hand over a copy</source>
        <translation>تسليم نسخة</translation>
    </message>
    <message>
        <source>%1 – copy for %2</source>
        <translation>%1 – نسخة لـ %2</translation>
    </message>
    <message>
        <source>Life story</source>
        <translation>قصة حياة</translation>
    </message>
    <message>
        <source>Protecting the copy with its passphrase…</source>
        <translation>جارٍ حماية النسخة بعبارة مرورها…</translation>
    </message>
    <message>
        <source>The disk is full, so the copy could not be made there, and nothing was left behind. Free some space, or choose another place.</source>
        <translation>القرص ممتلئ، لذا تعذّر صنع النسخة هناك، ولم يُترك شيء خلفها. أفرغ بعض المساحة، أو اختر مكانًا آخر.</translation>
    </message>
    <message>
        <source>Made the copy for: %1.</source>
        <translation>صُنعت النسخة لـ: %1.</translation>
    </message>
    <message>
        <source>Save the hand-over sheet</source>
        <translation>حفظ ورقة التسليم</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>مستندات PDF (*.pdf)</translation>
    </message>
    <message>
        <source>&amp;Export Everything…</source>
        <translation>تصدير ال&amp;كل…</translation>
    </message>
    <message>
        <source>Save the whole story in an open format (a ZIP archive) that other programs can read</source>
        <translation>احفظ القصة كاملة بتنسيق مفتوح (أرشيف ZIP) تستطيع برامج أخرى قراءته</translation>
    </message>
    <message>
        <source>&amp;Import a Story…</source>
        <translation>استي&amp;راد قصة…</translation>
    </message>
    <message>
        <source>Make a new life story from an export</source>
        <translation>اصنع قصة حياة جديدة من تصدير</translation>
    </message>
    <message>
        <source>The copy is made: “%1”, in the folder “%2”.

Give them the file and, separately, its passphrase. You can save a hand-over sheet to print for the records: it lists what the copy holds and what stayed here, never the passphrase.</source>
        <translation>صُنعت النسخة: ”%1“، في المجلد ”%2“.

سلّمهم الملف، وسلّمهم عبارة مروره على حدة. يمكنك حفظ ورقة تسليم لطباعتها للسجلات: تذكر ما تحمله النسخة وما بقي هنا، ولا تذكر عبارة المرور أبدًا.</translation>
    </message>
    <message>
        <source>Hand-over sheet for %1</source>
        <translation>ورقة التسليم لـ %1</translation>
    </message>
    <message>
        <source>Export everything</source>
        <translation>تصدير الكل</translation>
    </message>
    <message>
        <source>Protect the export with a passphrase? It holds the whole story, with its pictures, in an open format other programs can read. With a passphrase, 7-Zip and other archive programs open it; without one, anybody who has the file can read it all.</source>
        <translation>هل تحمي التصدير بعبارة مرور؟ يحمل القصة كاملة بصورها، بتنسيق مفتوح تستطيع برامج أخرى قراءته. مع عبارة مرور، يفتحه 7-Zip وبرامج الأرشيف الأخرى؛ ومن دونها، يستطيع كل من لديه الملف قراءته كله.</translation>
    </message>
    <message>
        <source>Save it without a passphrase? Anybody who gets the file — on a lost memory stick, in an email — can read everything in it, private items and addresses too.</source>
        <translation>هل تحفظه من دون عبارة مرور؟ يستطيع كل من يحصل على الملف — على ذاكرة محمولة ضائعة، أو في بريد إلكتروني — قراءة كل ما فيه، حتى العناصر الخاصة والعناوين.</translation>
    </message>
    <message>
        <source>%1 – everything</source>
        <translation>%1 – الكل</translation>
    </message>
    <message>
        <source>ZIP archives (*.zip)</source>
        <translation>أرشيفات ZIP (*.zip)</translation>
    </message>
    <message>
        <source>Exported everything to “%1”.</source>
        <translation>صُدّر كل شيء إلى ”%1“.</translation>
    </message>
    <message>
        <source>Import a story</source>
        <translation>استيراد قصة</translation>
    </message>
    <message>
        <source>Exported stories (*.zip);;All files (*)</source>
        <translation>قصص مُصدَّرة (*.zip);;كل الملفات (*)</translation>
    </message>
    <message>
        <source>%1 (brought in)</source>
        <translation>%1 (مستوردة)</translation>
    </message>
    <message>
        <source>Where to keep the story brought in</source>
        <translation>أين تُحفظ القصة المستوردة</translation>
    </message>
    <message>
        <source>Brought the story in from “%1” as a new story.</source>
        <translation>استُوردت القصة من ”%1“ قصةً جديدة.</translation>
    </message>
    <message>
        <source>&amp;Bring In Changes from Another Copy…</source>
        <translation>جلب التغييرات &amp;من نسخة أخرى…</translation>
    </message>
    <message>
        <source>Add what was added and changed in another copy of this story (a worker&apos;s, or a copy handed over)</source>
        <translation>إضافة ما أُضيف وغُيّر في نسخة أخرى من هذه القصة (نسخة أخصائي، أو نسخة سُلّمت)</translation>
    </message>
    <message>
        <source>Bring in changes</source>
        <translation>جلب التغييرات</translation>
    </message>
    <message>
        <source>Opening the other copy…</source>
        <translation>جارٍ فتح النسخة الأخرى…</translation>
    </message>
    <message>
        <source>The disk is full, so nothing was brought in: this copy is just as it was. Free some space and try again.</source>
        <translation>القرص ممتلئ، فلم يُجلب شيء: هذه النسخة كما كانت تمامًا. أفرغ بعض المساحة وحاول مجددًا.</translation>
    </message>
    <message>
        <source>That is the story you have open. Choose the other person&apos;s copy of it.</source>
        <translation>هذه هي القصة المفتوحة لديك. اختر نسخة الشخص الآخر منها.</translation>
    </message>
    <message>
        <source>Nothing new to bring in from “%1”: everything changed there is already here, or was decided before.</source>
        <translation>لا جديد لجلبه من ”%1“: كل ما تغيّر هناك موجود هنا بالفعل، أو حُسم من قبل.</translation>
    </message>
    <message>
        <source>the demo</source>
        <translation>القصة التجريبية</translation>
    </message>
    <message>
        <source>Brought in the changes from “%1”. Edit › Undo takes them all back.</source>
        <translation>جُلبت التغييرات من ”%1“. تحرير › تراجع يعيدها كلها كما كانت.</translation>
    </message>
    <message>
        <source>%1 – copy</source>
        <translation>%1 – نسخة</translation>
    </message>
    <message>
        <source>Saved an encrypted copy: “%1”, in the folder “%2”.</source>
        <translation>حُفظت نسخة مشفّرة: ”%1“، في المجلد ”%2“.</translation>
    </message>
    <message>
        <source>&amp;Family Tree</source>
        <translation>&amp;شجرة العائلة</translation>
    </message>
    <message>
        <source>Bring In a Family &amp;Tree (GEDCOM)…</source>
        <translation>إدخال &amp;شجرة عائلة (GEDCOM)…</translation>
    </message>
    <message>
        <source>Add the people in a family tree saved by a family history program</source>
        <translation>إضافة الأشخاص من شجرة عائلة حفظها برنامج لتاريخ العائلة</translation>
    </message>
    <message>
        <source>Save the Family Tree as &amp;GEDCOM…</source>
        <translation>حفظ شجرة العائلة بصيغة &amp;GEDCOM…</translation>
    </message>
    <message>
        <source>Save the family&apos;s shape (names, births, deaths, parents and partners) for a family history program</source>
        <translation>حفظ شكل العائلة (الأسماء والولادات والوفيات والوالدين والشركاء) لبرنامج تاريخ العائلة</translation>
    </message>
    <message>
        <source>&amp;Child Mode</source>
        <translation>&amp;وضع الطفل</translation>
    </message>
    <message>
        <source>A space for the child, with big buttons and reading aloud; leaving it asks for the password</source>
        <translation>مساحة للطفل، فيها أزرار كبيرة وقراءة بصوت عالٍ؛ والخروج منها يطلب كلمة المرور</translation>
    </message>
    <message numerus="yes">
        <source>%1 said something new in My say (%n answer(s)).</source>
        <translation>
            <numerusform>قال %1 شيئًا جديدًا في «رأيي» (%n إجابة).</numerusform>
            <numerusform>قال %1 شيئًا جديدًا في «رأيي» (%n إجابة).</numerusform>
            <numerusform>قال %1 شيئًا جديدًا في «رأيي» (%n إجابة).</numerusform>
            <numerusform>قال %1 شيئًا جديدًا في «رأيي» (%n إجابة).</numerusform>
            <numerusform>قال %1 شيئًا جديدًا في «رأيي» (%n إجابة).</numerusform>
            <numerusform>قال %1 شيئًا جديدًا في «رأيي» (%n إجابة).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 added memories to the timeline (%n memory(s)): add when they happened.</source>
        <translation>
            <numerusform>أضاف %1 ذكريات إلى الخط الزمني (%n ذكرى): أضف متى حدثت.</numerusform>
            <numerusform>أضاف %1 ذكرى إلى الخط الزمني (%n ذكرى): أضف متى حدثت.</numerusform>
            <numerusform>أضاف %1 ذكريين إلى الخط الزمني (%n ذكرى): أضف متى حدثتا.</numerusform>
            <numerusform>أضاف %1 ذكريات إلى الخط الزمني (%n ذكريات): أضف متى حدثت.</numerusform>
            <numerusform>أضاف %1 ذكريات إلى الخط الزمني (%n ذكرى): أضف متى حدثت.</numerusform>
            <numerusform>أضاف %1 ذكريات إلى الخط الزمني (%n ذكرى): أضف متى حدثت.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MakeGroup</name>
    <message>
        <source>Group %1</source>
        <translation>تجميع %1</translation>
    </message>
</context>
<context>
    <name>MemoryDialog</name>
    <message>
        <source>Who was there</source>
        <translation>من كان هناك</translation>
    </message>
    <message>
        <source>Add &amp;photos…</source>
        <translation>إضافة &amp;صور…</translation>
    </message>
    <message>
        <source>Take photo &amp;out</source>
        <translation>إ&amp;خراج الصورة</translation>
    </message>
    <message>
        <source>A memory</source>
        <translation>ذكرى</translation>
    </message>
    <message>
        <source>For example: My first bike</source>
        <translation>مثلًا: دراجتي الأولى</translation>
    </message>
    <message>
        <source>What to call this memory</source>
        <translation>ماذا نسمّي هذه الذكرى</translation>
    </message>
    <message>
        <source>When it happened</source>
        <translation>متى حدثت</translation>
    </message>
    <message>
        <source>What happened? What do you remember most?</source>
        <translation>ماذا حدث؟ ما أكثر شيء تتذكره؟</translation>
    </message>
    <message>
        <source>%1&apos;s own words</source>
        <translation>كلمات %1 نفسه</translation>
    </message>
    <message>
        <source>Where %1 was living</source>
        <translation>أين كان %1 يعيش</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>الصور</translation>
    </message>
    <message>
        <source>Drag photos here, or use Add photos</source>
        <translation>اسحب الصور إلى هنا، أو استخدم إضافة صور</translation>
    </message>
    <message>
        <source>&amp;Name it:</source>
        <translation>ال&amp;اسم:</translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation>&amp;متى:</translation>
    </message>
    <message>
        <source>How did it feel?</source>
        <translation>بماذا شعرت؟</translation>
    </message>
    <message>
        <source>W&amp;ho was there:</source>
        <translation>من كان &amp;هناك:</translation>
    </message>
    <message>
        <source>Where %1 was &amp;living:</source>
        <translation>أين كان %1 &amp;يعيش:</translation>
    </message>
    <message>
        <source>Photos:</source>
        <translation>الصور:</translation>
    </message>
    <message>
        <source>Add photos</source>
        <translation>إضافة صور</translation>
    </message>
    <message>
        <source>Adding photos…</source>
        <translation>جارٍ إضافة الصور…</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>إيقاف</translation>
    </message>
    <message>
        <source>The date comes from when the photo was taken. Change it if it&apos;s wrong.</source>
        <translation>التاريخ مأخوذ من وقت التقاط الصورة. غيّره إن كان خطأ.</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>صورة</translation>
    </message>
    <message>
        <source>Work it out from the date</source>
        <translation>استنتاجه من التاريخ</translation>
    </message>
    <message>
        <source>Work it out from the date (%1)</source>
        <translation>استنتاجه من التاريخ (%1)</translation>
    </message>
    <message>
        <source>Keep pri&amp;vate (leave out of every book)</source>
        <translation>إ&amp;بقاؤها خاصة (تُستبعد من كل كتاب)</translation>
    </message>
    <message>
        <source>In %1&apos;s wo&amp;rds:</source>
        <translation>ب&amp;كلمات %1:</translation>
    </message>
    <message>
        <source>In %1&apos;s own voice:</source>
        <translation>بصوت %1 نفسه:</translation>
    </message>
</context>
<context>
    <name>MergeCommand</name>
    <message>
        <source>bring in changes</source>
        <translation>جلب التغييرات</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Bring in changes</source>
        <translation>جلب التغييرات</translation>
    </message>
    <message>
        <source>Both copies changed these. Choose what to keep for each one — nothing is chosen for you.</source>
        <translation>غيّرت النسختان هذه. اختر ما تحتفظ به لكل واحد — لا يُختار شيء عنك.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 — removed here, changed in the other copy</source>
        <translation>%1 — أُزيل هنا وغُيّر في النسخة الأخرى</translation>
    </message>
    <message>
        <source>Leave it removed</source>
        <translation>اتركه مُزالًا</translation>
    </message>
    <message>
        <source>Bring it back, as the other copy has it</source>
        <translation>أعده كما هو في النسخة الأخرى</translation>
    </message>
    <message>
        <source>%1 — removed in the other copy, changed here</source>
        <translation>%1 — أُزيل في النسخة الأخرى وغُيّر هنا</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>احتفظ به</translation>
    </message>
    <message>
        <source>Remove it</source>
        <translation>أزله</translation>
    </message>
    <message>
        <source>Keep &amp;All of This Copy’s</source>
        <translation>الاحتفاظ بكل ما في &amp;هذه النسخة</translation>
    </message>
    <message>
        <source>Take All of the &amp;Other’s</source>
        <translation>أخذ كل ما في النسخة الأ&amp;خرى</translation>
    </message>
    <message>
        <source>&amp;What will change here:</source>
        <translation>&amp;ما سيتغيّر هنا:</translation>
    </message>
    <message>
        <source>What will change here</source>
        <translation>ما سيتغيّر هنا</translation>
    </message>
    <message>
        <source>&amp;Bring In</source>
        <translation>&amp;جلب</translation>
    </message>
    <message>
        <source>New: %1</source>
        <translation>جديد: %1</translation>
    </message>
    <message>
        <source>Brought back: %1</source>
        <translation>أُعيد: %1</translation>
    </message>
    <message>
        <source>Removed: %1</source>
        <translation>مُزال: %1</translation>
    </message>
    <message>
        <source>Nothing yet — answer the questions above.</source>
        <translation>لا شيء بعد — أجب عن الأسئلة أعلاه.</translation>
    </message>
    <message>
        <source>In this copy, “%1”</source>
        <translation>في هذه النسخة، ”%1“</translation>
    </message>
    <message>
        <source>In “%1”</source>
        <translation>في ”%1“</translation>
    </message>
    <message>
        <source>From “%1”: %2 new, %3 changed there, %4 removed there. Everything else in “%5” stays as it is — what was left out of the other copy too, such as private notes, phone numbers and addresses.</source>
        <translation>من ”%1“: %2 جديد، %3 غُيّر هناك، %4 أُزيل هناك. كل ما سوى ذلك في ”%5“ يبقى كما هو — ومنه ما تُرك خارج النسخة الأخرى، كالملاحظات الخاصة وأرقام الهواتف والعناوين.</translation>
    </message>
    <message>
        <source>Changed: %1 — %2: %3 → %4</source>
        <translation>مُغيَّر: %1 — %2: %3 ← %4</translation>
    </message>
</context>
<context>
    <name>MergeLabels</name>
    <message>
        <source>Picture</source>
        <translation>صورة</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>شخص</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>منزل</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>حدث</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>ذكرى</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>علاقة</translation>
    </message>
    <message>
        <source>What the child said</source>
        <translation>ما قاله الطفل</translation>
    </message>
    <message>
        <source>Group on the map</source>
        <translation>مجموعة على الخريطة</translation>
    </message>
    <message>
        <source>About the child</source>
        <translation>عن الطفل</translation>
    </message>
    <message>
        <source>Later life letter</source>
        <translation>رسالة الحياة اللاحقة</translation>
    </message>
    <message>
        <source>Part of the letter</source>
        <translation>جزء من الرسالة</translation>
    </message>
    <message>
        <source>Saved version of the letter</source>
        <translation>نسخة محفوظة من الرسالة</translation>
    </message>
    <message>
        <source>Book setting</source>
        <translation>إعداد الكتاب</translation>
    </message>
    <message>
        <source>the child</source>
        <translation>الطفل</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 و%2</translation>
    </message>
    <message>
        <source>%1 “%2”</source>
        <translation>%1 ”%2“</translation>
    </message>
    <message>
        <source>Place on the map</source>
        <translation>المكان على الخريطة</translation>
    </message>
    <message>
        <source>Carers</source>
        <translation>مقدمو الرعاية</translation>
    </message>
    <message>
        <source>Keeping-in-touch plan</source>
        <translation>خطة البقاء على تواصل</translation>
    </message>
    <message>
        <source>Who was there</source>
        <translation>من كان هناك</translation>
    </message>
    <message>
        <source>Pictures</source>
        <translation>الصور</translation>
    </message>
    <message>
        <source>Who is in the group</source>
        <translation>من في المجموعة</translation>
    </message>
    <message>
        <source>Permission to name people</source>
        <translation>الإذن بذكر أسماء الناس</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>الاسم الكامل</translation>
    </message>
    <message>
        <source>Known as</source>
        <translation>معروف باسم</translation>
    </message>
    <message>
        <source>Who they are</source>
        <translation>من هم</translation>
    </message>
    <message>
        <source>More about who they are</source>
        <translation>المزيد عن هويتهم</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>الصورة</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>ملاحظات</translation>
    </message>
    <message>
        <source>In the child&apos;s words</source>
        <translation>بكلمات الطفل</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <source>Private</source>
        <translation>خاص</translation>
    </message>
    <message>
        <source>Caption</source>
        <translation>التعليق</translation>
    </message>
    <message>
        <source>When it was taken</source>
        <translation>متى التُقطت</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>العنوان الرئيسي</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Feelings</source>
        <translation>المشاعر</translation>
    </message>
    <message>
        <source>Name of the home</source>
        <translation>اسم المنزل</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>How close</source>
        <translation>مدى القرب</translation>
    </message>
    <message>
        <source>From</source>
        <translation>من</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>حتى</translation>
    </message>
    <message>
        <source>School</source>
        <translation>المدرسة</translation>
    </message>
    <message>
        <source>School address</source>
        <translation>عنوان المدرسة</translation>
    </message>
    <message>
        <source>Why they left, in their words</source>
        <translation>لماذا غادر، بكلماته</translation>
    </message>
    <message>
        <source>Why they left, for the record</source>
        <translation>لماذا غادر، للسجل</translation>
    </message>
    <message>
        <source>Why they came, in their words</source>
        <translation>لماذا جاء، بكلماته</translation>
    </message>
    <message>
        <source>Why they came, for the record</source>
        <translation>لماذا جاء، للسجل</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>التفاصيل</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>النتيجة</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>المصدر</translation>
    </message>
    <message>
        <source>Impact on the child</source>
        <translation>الأثر على الطفل</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>التواصل</translation>
    </message>
    <message>
        <source>About contact</source>
        <translation>عن التواصل</translation>
    </message>
    <message>
        <source>Next contact</source>
        <translation>التواصل التالي</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>الاتجاه</translation>
    </message>
    <message>
        <source>What they said</source>
        <translation>ما قالوه</translation>
    </message>
    <message>
        <source>What they were asked</source>
        <translation>ما سُئلوا عنه</translation>
    </message>
    <message>
        <source>Said to</source>
        <translation>قيل لـ</translation>
    </message>
    <message>
        <source>Written down by</source>
        <translation>دوّنه</translation>
    </message>
    <message>
        <source>Who may see it</source>
        <translation>من يحق له رؤيته</translation>
    </message>
    <message>
        <source>What happened because they said it</source>
        <translation>ما حدث لأنهم قالوه</translation>
    </message>
    <message>
        <source>Why not</source>
        <translation>لماذا لا</translation>
    </message>
    <message>
        <source>Told to the child</source>
        <translation>أُخبر به الطفل</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>تاريخ الميلاد</translation>
    </message>
    <message>
        <source>Pronouns</source>
        <translation>الضمائر</translation>
    </message>
    <message>
        <source>All about me</source>
        <translation>كل شيء عني</translation>
    </message>
    <message>
        <source>Addressed to</source>
        <translation>موجّهة إلى</translation>
    </message>
    <message>
        <source>Written by</source>
        <translation>كتبها</translation>
    </message>
    <message>
        <source>Writer&apos;s role</source>
        <translation>دور الكاتب</translation>
    </message>
    <message>
        <source>Written on</source>
        <translation>كُتبت في</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>النص</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>الإعداد</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(لا شيء)</translation>
    </message>
    <message>
        <source>at %1, %2</source>
        <translation>عند %1، %2</translation>
    </message>
    <message>
        <source>%1 rows</source>
        <translation>%1 صفوف</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(فارغ)</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <source>No</source>
        <translation>لا</translation>
    </message>
    <message>
        <source>(a picture)</source>
        <translation>(صورة)</translation>
    </message>
    <message>
        <source>Kind of file</source>
        <translation>نوع الملف</translation>
    </message>
    <message>
        <source>Width</source>
        <translation>العرض</translation>
    </message>
    <message>
        <source>Height</source>
        <translation>الارتفاع</translation>
    </message>
    <message>
        <source>Added on</source>
        <translation>أُضيف في</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>اسم الملف</translation>
    </message>
    <message>
        <source>Moved from the old single box</source>
        <translation>نُقل من المربع الواحد القديم</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>الموضوع</translation>
    </message>
    <message>
        <source>How they said it</source>
        <translation>كيف قالوه</translation>
    </message>
    <message>
        <source>Read back to them</source>
        <translation>قُرئ عليهم</translation>
    </message>
    <message>
        <source>Read back on</source>
        <translation>قُرئ عليهم في</translation>
    </message>
    <message>
        <source>Told on</source>
        <translation>أُخبروا في</translation>
    </message>
    <message>
        <source>Kind of care</source>
        <translation>نوع الرعاية</translation>
    </message>
    <message>
        <source>Easy read</source>
        <translation>سهل القراءة</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>مسودة</translation>
    </message>
    <message>
        <source>Saved on</source>
        <translation>حُفظ في</translation>
    </message>
    <message>
        <source>Saved by</source>
        <translation>حفظه</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>ما الذي تغيّر</translation>
    </message>
    <message>
        <source>What %1 calls them</source>
        <translation>ماذا يسمّيهم %1</translation>
    </message>
    <message>
        <source>In %1&apos;s words</source>
        <translation>بكلمات %1</translation>
    </message>
    <message>
        <source>More about that</source>
        <translation>المزيد عن ذلك</translation>
    </message>
    <message>
        <source>Parent and child</source>
        <translation>والد وطفل</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>شريكان</translation>
    </message>
    <message>
        <source>Twins</source>
        <translation>توأمان</translation>
    </message>
    <message>
        <source>Pregnancy lost</source>
        <translation>حمل فُقد</translation>
    </message>
    <message>
        <source>Place in the family tree</source>
        <translation>المكان في شجرة العائلة</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>النوع الاجتماعي</translation>
    </message>
    <message>
        <source>Gender, in their words</source>
        <translation>النوع الاجتماعي، بكلماتهم</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>الميلاد</translation>
    </message>
    <message>
        <source>Died</source>
        <translation>الوفاة</translation>
    </message>
    <message>
        <source>Has died</source>
        <translation>متوفى</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>الطفل</translation>
    </message>
    <message>
        <source>Parent</source>
        <translation>الوالد</translation>
    </message>
    <message>
        <source>One</source>
        <translation>الأول</translation>
    </message>
    <message>
        <source>The other</source>
        <translation>الآخر</translation>
    </message>
    <message>
        <source>How it ended</source>
        <translation>كيف انتهت</translation>
    </message>
    <message>
        <source>Identical</source>
        <translation>متطابقان</translation>
    </message>
    <message>
        <source>Mother</source>
        <translation>الأم</translation>
    </message>
    <message>
        <source>Father</source>
        <translation>الأب</translation>
    </message>
</context>
<context>
    <name>MovePerson</name>
    <message>
        <source>Move %1</source>
        <translation>نقل %1</translation>
    </message>
</context>
<context>
    <name>MovePlanDialog</name>
    <message>
        <source>the child</source>
        <translation>الطفل</translation>
    </message>
    <message>
        <source>Keeping in touch: the move to %1</source>
        <translation>البقاء على تواصل: الانتقال إلى %1</translation>
    </message>
    <message>
        <source>on a date not known yet</source>
        <translation>في تاريخ غير معروف بعد</translation>
    </message>
    <message>
        <source>%1 moves to %2, %3.</source>
        <translation>ينتقل %1 إلى %2، %3.</translation>
    </message>
    <message>
        <source>%1 moves from %2 to %3, %4.</source>
        <translation>ينتقل %1 من %2 إلى %3، %4.</translation>
    </message>
    <message>
        <source>For example: 24 hours, two weeks</source>
        <translation>مثلًا: 24 ساعة، أسبوعان</translation>
    </message>
    <message>
        <source>How the move came &amp;about:</source>
        <translation>&amp;كيف حدث الانتقال:</translation>
    </message>
    <message>
        <source>&amp;Notice given:</source>
        <translation>&amp;مدة الإشعار:</translation>
    </message>
    <message>
        <source>Nobody is on the map as part of %1&apos;s life before this move. Add people and how %1 gets on with them on the map first.</source>
        <translation>لا أحد على الخريطة جزءٌ من حياة %1 قبل هذا الانتقال. أضف أولًا على الخريطة الأشخاص وكيف يتعامل %1 معهم.</translation>
    </message>
    <message>
        <source>&lt;b&gt;After the move, what happens with…&lt;/b&gt;</source>
        <translation>&lt;b&gt;بعد الانتقال، ماذا يحدث مع…&lt;/b&gt;</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>What happens with %1</source>
        <translation>ماذا يحدث مع %1</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>غير محدد</translation>
    </message>
    <message>
        <source>How often %1 and %2 keep in touch</source>
        <translation>كم مرة يتواصل %1 و%2</translation>
    </message>
    <message>
        <source>A way %1 keeps in touch with %2</source>
        <translation>طريقة يتواصل بها %1 مع %2</translation>
    </message>
    <message>
        <source>Who arranges it, for %1</source>
        <translation>من يرتّبه، بالنسبة إلى %1</translation>
    </message>
    <message>
        <source>Why, or anything else to know, about %1</source>
        <translation>لماذا، أو أي شيء آخر ينبغي معرفته، عن %1</translation>
    </message>
    <message>
        <source>Why it ends, or anything else to know</source>
        <translation>لماذا تنتهي، أو أي شيء آخر ينبغي معرفته</translation>
    </message>
    <message>
        <source>After the move:</source>
        <translation>بعد الانتقال:</translation>
    </message>
    <message>
        <source>How often:</source>
        <translation>كم مرة:</translation>
    </message>
    <message>
        <source>How:</source>
        <translation>كيف:</translation>
    </message>
    <message>
        <source>Arranged by:</source>
        <translation>يرتّبه:</translation>
    </message>
    <message>
        <source>Why, or notes:</source>
        <translation>لماذا، أو ملاحظات:</translation>
    </message>
    <message>
        <source>What the record shows: %1 — %2</source>
        <translation>ما يُظهره السجل: %1 — %2</translation>
    </message>
    <message>
        <source>%1 moved to %2, %3.</source>
        <translation>انتقل %1 إلى %2، %3.</translation>
    </message>
    <message>
        <source>%1 moved from %2 to %3, %4.</source>
        <translation>انتقل %1 من %2 إلى %3، %4.</translation>
    </message>
    <message>
        <source>Beside each plan is what the record shows six months after.</source>
        <translation>بجانب كل خطة ما يُظهره السجل بعد ستة أشهر.</translation>
    </message>
    <message>
        <source>%1 lives with %2 in the new home too: nothing to plan unless that changes.</source>
        <translation>يعيش %1 مع %2 في البيت الجديد أيضًا: لا شيء للتخطيط إلا إذا تغيّر ذلك.</translation>
    </message>
</context>
<context>
    <name>MoveTiesModel</name>
    <message>
        <source>Warning: %1</source>
        <translation>تحذير: %1</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>الشخص</translation>
    </message>
    <message>
        <source>Who they are</source>
        <translation>من هو</translation>
    </message>
    <message>
        <source>The plan</source>
        <translation>الخطة</translation>
    </message>
    <message>
        <source>Six months after</source>
        <translation>بعد ستة أشهر</translation>
    </message>
    <message>
        <source>How we know</source>
        <translation>كيف نعرف</translation>
    </message>
</context>
<context>
    <name>MoveWords</name>
    <message>
        <source>Not decided yet</source>
        <translation>لم يُقرَّر بعد</translation>
    </message>
    <message>
        <source>Continues as now</source>
        <translation>يستمر كما هو الآن</translation>
    </message>
    <message>
        <source>New arrangement</source>
        <translation>ترتيب جديد</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>ينتهي</translation>
    </message>
    <message>
        <source>visits</source>
        <translation>زيارات</translation>
    </message>
    <message>
        <source>phone calls</source>
        <translation>مكالمات هاتفية</translation>
    </message>
    <message>
        <source>video calls</source>
        <translation>مكالمات فيديو</translation>
    </message>
    <message>
        <source>letters and cards</source>
        <translation>رسائل وبطاقات</translation>
    </message>
    <message>
        <source>messages</source>
        <translation>رسائل نصية</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <extracomment>joins the last two ways of keeping in touch: &quot;visits, calls and video calls&quot;</extracomment>
        <translation>%1 و%2</translation>
    </message>
    <message>
        <source>, </source>
        <translation>، </translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>غير مسجَّل</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>مخطَّط له</translation>
    </message>
    <message>
        <source>Unplanned</source>
        <translation>غير مخطَّط له</translation>
    </message>
    <message>
        <source>Emergency</source>
        <translation>طارئ</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>استمرّت</translation>
    </message>
    <message>
        <source>Kept, arrangement changed</source>
        <translation>استمرّت، وتغيّر الترتيب</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>انقطعت</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>غير معروف</translation>
    </message>
    <message>
        <source>Too soon to tell</source>
        <translation>من المبكر معرفة ذلك</translation>
    </message>
    <message>
        <source>Brothers and sisters</source>
        <translation>الإخوة والأخوات</translation>
    </message>
    <message>
        <source>Carers</source>
        <translation>مقدّمو الرعاية</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>العائلة</translation>
    </message>
    <message>
        <source>Friends</source>
        <translation>الأصدقاء</translation>
    </message>
    <message>
        <source>School</source>
        <translation>المدرسة</translation>
    </message>
    <message>
        <source>Workers</source>
        <translation>العاملون</translation>
    </message>
    <message>
        <source>Pets</source>
        <translation>الحيوانات الأليفة</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>الأماكن</translation>
    </message>
    <message>
        <source>Others</source>
        <translation>آخرون</translation>
    </message>
    <message>
        <source>arranged by %1</source>
        <translation>يرتّبه %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Contact recorded on %1</source>
        <translation>تواصل مسجَّل في %1</translation>
    </message>
    <message>
        <source>In touch until %1</source>
        <translation>على تواصل حتى %1</translation>
    </message>
    <message>
        <source>Ended %1, no contact recorded since</source>
        <translation>انتهت في %1، ولا تواصل مسجَّل منذ ذلك</translation>
    </message>
    <message>
        <source>When it ended is too vague to say</source>
        <translation>تاريخ انتهائها غامض جدًا للحكم</translation>
    </message>
    <message>
        <source>No relationship recorded on the map</source>
        <translation>لا علاقة مسجَّلة على الخريطة</translation>
    </message>
    <message>
        <source>The date of this move is not known</source>
        <translation>تاريخ هذا الانتقال غير معروف</translation>
    </message>
    <message>
        <source>Six months have not passed yet</source>
        <translation>لم تمضِ ستة أشهر بعد</translation>
    </message>
    <message>
        <source>Nobody recorded before this move</source>
        <translation>لا أحد مسجَّل قبل هذا الانتقال</translation>
    </message>
    <message>
        <source>Everyone decided</source>
        <translation>تقرَّر أمر الجميع</translation>
    </message>
    <message>
        <source>%1 of %2 not decided yet</source>
        <translation>%1 من %2 لم يُقرَّر بعد</translation>
    </message>
    <message>
        <source>kept %1</source>
        <translation>استمرّت %1</translation>
    </message>
    <message>
        <source>lost %1</source>
        <translation>انقطعت %1</translation>
    </message>
    <message>
        <source>not known %1</source>
        <translation>غير معروف %1</translation>
    </message>
    <message>
        <source>too soon to tell %1</source>
        <translation>من المبكر معرفة %1</translation>
    </message>
    <message>
        <source> · </source>
        <translation> · </translation>
    </message>
    <message>
        <source>Before the move to %1: nothing is decided yet about keeping in touch with %2.</source>
        <translation>قبل الانتقال إلى %1: لم يُقرَّر شيء بعد بشأن البقاء على تواصل مع %2.</translation>
    </message>
    <message>
        <source>No plan recorded</source>
        <translation>لا خطة مسجَّلة</translation>
    </message>
    <message>
        <source>%1, lived with the child at the home left</source>
        <translation>%1، عاش مع الطفل في البيت الذي غادره</translation>
    </message>
    <message>
        <source>%1. The plan said this would end: if it did, give the relationship an end date on the map.</source>
        <translation>%1. قالت الخطة إن هذه العلاقة ستنتهي: إن انتهت، فأعطِها تاريخ انتهاء على الخريطة.</translation>
    </message>
    <message>
        <source>%1. The plan was to keep in touch.</source>
        <translation>%1. كانت الخطة البقاء على تواصل.</translation>
    </message>
    <message>
        <source>%1 of %2 not decided yet, with a brother, sister or someone the child lives with among them</source>
        <translation>%1 من %2 لم يُقرَّر بعد، ومنهم أخ أو أخت أو شخص يعيش معه الطفل</translation>
    </message>
    <message>
        <source>Moved with the child</source>
        <translation>انتقل مع الطفل</translation>
    </message>
    <message>
        <source>Moves with the child</source>
        <translation>ينتقل مع الطفل</translation>
    </message>
    <message>
        <source>Living together, as the map says (no end recorded)</source>
        <translation>يعيشان معًا، كما تقول الخريطة (لا نهاية مسجَّلة)</translation>
    </message>
    <message>
        <source>In touch: %1, as the map says (no end recorded)</source>
        <translation>على تواصل: %1، كما تقول الخريطة (لا نهاية مسجَّلة)</translation>
    </message>
    <message>
        <source>No end recorded, but nothing says how often they are in touch</source>
        <translation>لا نهاية مسجَّلة، لكن لا شيء يقول كم مرة يتواصلان</translation>
    </message>
    <message>
        <source>Lives with the child in the new home too</source>
        <translation>يعيش مع الطفل في البيت الجديد أيضًا</translation>
    </message>
    <message>
        <source>%1, lives with the child in both homes</source>
        <translation>%1، يعيش مع الطفل في البيتين</translation>
    </message>
</context>
<context>
    <name>MovesPane</name>
    <message>
        <source>Before and after the move to %1</source>
        <translation>قبل الانتقال إلى %1 وبعده</translation>
    </message>
    <message>
        <source>Moves</source>
        <translation>الانتقالات</translation>
    </message>
    <message>
        <source>People in the child&apos;s life before the move</source>
        <translation>الأشخاص في حياة الطفل قبل الانتقال</translation>
    </message>
    <message>
        <source>No moves yet. A move is a change of home: add the places the child has lived on the Timeline, or plan a move.</source>
        <translation>لا انتقالات بعد. الانتقال هو تغيير البيت: أضف الأماكن التي عاش فيها الطفل على الخط الزمني، أو خطِّط لانتقال.</translation>
    </message>
    <message>
        <source>Who is in the child&apos;s life now, and the plan for each after the move to %1:</source>
        <translation>من في حياة الطفل الآن، والخطة لكل منهم بعد الانتقال إلى %1:</translation>
    </message>
    <message>
        <source>Who was in the child&apos;s life before the move to %1, and who was still there six months after:</source>
        <translation>من كان في حياة الطفل قبل الانتقال إلى %1، ومن بقي بعد ستة أشهر:</translation>
    </message>
    <message>
        <source>Every change of home</source>
        <translation>كل تغيير في البيت</translation>
    </message>
    <message>
        <source>Recorded: %1</source>
        <translation>مسجَّل: %1</translation>
    </message>
    <message>
        <source>In the child&apos;s words: “%1”</source>
        <translation>بكلمات الطفل: «%1»</translation>
    </message>
    <message>
        <source>Plan a move to %1</source>
        <translation>التخطيط للانتقال إلى %1</translation>
    </message>
    <message>
        <source>&amp;Plan a move…</source>
        <translation>ال&amp;تخطيط لانتقال…</translation>
    </message>
    <message>
        <source>&amp;Keeping-in-touch plan…</source>
        <translation>&amp;خطة البقاء على تواصل…</translation>
    </message>
    <message>
        <source>Map &amp;before and after…</source>
        <translation>الخريطة قبل و&amp;بعد…</translation>
    </message>
</context>
<context>
    <name>MovesTableModel</name>
    <message>
        <source>A brother, sister or the carer the child is leaving has no plan yet</source>
        <translation>لا خطة بعد لأخ أو أخت أو لمقدّم الرعاية الذي يغادره الطفل</translation>
    </message>
    <message>
        <source>Date not known</source>
        <translation>التاريخ غير معروف</translation>
    </message>
    <message>
        <source>%1 (still to come)</source>
        <translation>%1 (لم يحدث بعد)</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>غير معروف</translation>
    </message>
    <message>
        <source>%1; notice: %2</source>
        <translation>%1؛ الإشعار: %2</translation>
    </message>
    <message>
        <source>%1. Warning: a brother, sister or the carer the child is leaving has no plan yet</source>
        <translation>%1. تحذير: لا خطة بعد لأخ أو أخت أو لمقدّم الرعاية الذي يغادره الطفل</translation>
    </message>
    <message>
        <source>When</source>
        <translation>متى</translation>
    </message>
    <message>
        <source>From</source>
        <translation>من</translation>
    </message>
    <message>
        <source>To</source>
        <translation>إلى</translation>
    </message>
    <message>
        <source>How it came about</source>
        <translation>كيف حدث</translation>
    </message>
    <message>
        <source>Relationships</source>
        <translation>العلاقات</translation>
    </message>
</context>
<context>
    <name>MyBookPage</name>
    <message>
        <source>Back a page</source>
        <translation>صفحة إلى الوراء</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>الصفحة التالية</translation>
    </message>
    <message>
        <source>Your book is empty so far. Add a memory and it will be here.</source>
        <translation>كتابك فارغ حتى الآن. أضف ذكرى وستظهر هنا.</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>الصفحة %1 من %2</translation>
    </message>
    <message>
        <source>Close my book</source>
        <translation>أغلق كتابي</translation>
    </message>
</context>
<context>
    <name>MyMemoriesPage</name>
    <message>
        <source>Add a photo</source>
        <translation>أضف صورة</translation>
    </message>
    <message>
        <source>Save my memory</source>
        <translation>احفظ ذكرياتي</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>رجوع</translation>
    </message>
    <message>
        <source>What is your memory called?</source>
        <translation>ما اسم ذكراك؟</translation>
    </message>
    <message>
        <source>For example: My first bike</source>
        <translation>مثلًا: أول دراجة لي</translation>
    </message>
    <message>
        <source>The photo</source>
        <translation>الصورة</translation>
    </message>
    <message>
        <source>How does it make you feel?</source>
        <translation>ما شعورك حيالها؟</translation>
    </message>
    <message>
        <source>Tell us about it (a grown-up can help you type)</source>
        <translation>احكِ لنا عنها (يمكن لشخص كبير أن يساعدك في الكتابة)</translation>
    </message>
    <message>
        <source>Your words</source>
        <translation>كلماتك</translation>
    </message>
    <message>
        <source>That photo could not be used. Try another one.</source>
        <translation>تعذّر استخدام تلك الصورة. جرّب صورة أخرى.</translation>
    </message>
    <message>
        <source>Your memory is saved. You can add another one.</source>
        <translation>حُفظت ذكراك. يمكنك أن تضيف ذكرى أخرى.</translation>
    </message>
</context>
<context>
    <name>MyPeoplePage</name>
    <message>
        <source>Closer to me</source>
        <translation>أقرب إليّ</translation>
    </message>
    <message>
        <source>Further away</source>
        <translation>أبعد</translation>
    </message>
    <message>
        <source>Take them off my map</source>
        <translation>أزلهم من خريطتي</translation>
    </message>
    <message>
        <source>Put them on my map</source>
        <translation>ضعهم على خريطتي</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>رجوع</translation>
    </message>
    <message>
        <source>Put the people in your life on your map. The closer to you, the closer they feel.</source>
        <translation>ضع الناس في حياتك على خريطتك. كلما كانوا أقرب إليك، كانوا أقرب إلى قلبك.</translation>
    </message>
    <message>
        <source>People you can put on your map:</source>
        <translation>أناس يمكنك وضعهم على خريطتك:</translation>
    </message>
    <message>
        <source>How do you feel about them?</source>
        <translation>ما شعورك تجاههم؟</translation>
    </message>
    <message>
        <source>You chose %1.</source>
        <translation>اخترت %1.</translation>
    </message>
    <message>
        <source>Press someone on your map to choose them.</source>
        <translation>اضغط على شخص في خريطتك لتختاره.</translation>
    </message>
    <message>
        <source>Everyone is on your map.</source>
        <translation>الجميع على خريطتك.</translation>
    </message>
    <message>
        <source>Someone new: type their name</source>
        <translation>شخص جديد: اكتب اسمه</translation>
    </message>
    <message>
        <source>The name of someone new</source>
        <translation>اسم شخص جديد</translation>
    </message>
    <message>
        <source>Add them</source>
        <translation>أضفه</translation>
    </message>
</context>
<context>
    <name>NewStoryDialog</name>
    <message>
        <source>Start a new life story</source>
        <translation>ابدأ قصة حياة جديدة</translation>
    </message>
    <message>
        <source>Whose life story is this? You can add everything else later.</source>
        <translation>قصة حياة من هذه؟ يمكنك إضافة كل شيء آخر لاحقًا.</translation>
    </message>
    <message>
        <source>The name they like to be called</source>
        <translation>الاسم الذي يحب أن يُنادى به</translation>
    </message>
    <message>
        <source>For example: Maisie</source>
        <translation>مثلًا: ميزي</translation>
    </message>
    <message>
        <source>When they were born (you can skip this)</source>
        <translation>متى وُلد (يمكنك تخطي هذا)</translation>
    </message>
    <message>
        <source>The name they like to be &amp;called:</source>
        <translation>الاسم الذي يحب أن يُنادى &amp;به:</translation>
    </message>
    <message>
        <source>When were they &amp;born? (you can skip this)</source>
        <translation>متى &amp;وُلد؟ (يمكنك تخطي هذا)</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;التالي</translation>
    </message>
    <message>
        <source>Type their name to go on — the one they like to be called.</source>
        <translation>اكتب اسمه للمتابعة — الاسم الذي يحب أن يُنادى به.</translation>
    </message>
    <message>
        <source>The birthday is not clear yet: try “12 May 2015”, “spring 2015” or “about 2015”, or leave it empty.</source>
        <translation>تاريخ الميلاد غير واضح بعد: جرّب «12 مايو 2015» أو «ربيع 2015» أو «حوالي 2015»، أو اتركه فارغًا.</translation>
    </message>
</context>
<context>
    <name>Notation</name>
    <message>
        <source>Close to me</source>
        <translation>قريب مني</translation>
    </message>
    <message>
        <source>In the middle</source>
        <translation>في الوسط</translation>
    </message>
    <message>
        <source>Further away</source>
        <translation>أبعد</translation>
    </message>
    <message>
        <source>Arrows show which way help and support flow</source>
        <translation>تُظهر الأسهم اتجاه المساعدة والدعم</translation>
    </message>
    <message>
        <source>Arrows show who helps who</source>
        <translation>تُظهر الأسهم من يساعد من</translation>
    </message>
</context>
<context>
    <name>OpusClip</name>
    <message>
        <source>The recording could not be saved.</source>
        <translation>تعذّر حفظ التسجيل.</translation>
    </message>
    <message>
        <source>This recording cannot be played: it is not a recording Belonging can read, or it is damaged.</source>
        <translation>لا يمكن تشغيل هذا التسجيل: ليس تسجيلًا يستطيع Belonging قراءته، أو أنه تالف.</translation>
    </message>
    <message>
        <source>This recording is empty or damaged.</source>
        <translation>هذا التسجيل فارغ أو تالف.</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <source>Open a life story</source>
        <translation>فتح قصة حياة</translation>
    </message>
    <message>
        <source>Protect this life story</source>
        <translation>حماية قصة الحياة هذه</translation>
    </message>
    <message>
        <source>Type the passphrase for “%1”.</source>
        <translation>اكتب عبارة المرور لـ “%1”.</translation>
    </message>
    <message>
        <source>Choose a passphrase for this life story. Nobody can open it without the passphrase — not even Belonging — so keep it somewhere safe. A few unusual words together make a good one.</source>
        <translation>اختر عبارة مرور لقصة الحياة هذه. لا يستطيع أحد فتحها دون عبارة المرور — ولا حتى Belonging — فاحفظها في مكان آمن. بضع كلمات غير مألوفة معًا تصنع عبارة جيدة.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>عبارة المرور</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;عبارة المرور:</translation>
    </message>
    <message>
        <source>Passphrase again</source>
        <translation>عبارة المرور مرة أخرى</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>&amp;مرة أخرى:</translation>
    </message>
    <message numerus="yes">
        <source>Use at least %n characters.</source>
        <translation>
            <numerusform>استخدم %n حرف على الأقل.</numerusform>
            <numerusform>استخدم حرفًا واحدًا على الأقل.</numerusform>
            <numerusform>استخدم حرفين على الأقل.</numerusform>
            <numerusform>استخدم %n أحرف على الأقل.</numerusform>
            <numerusform>استخدم %n حرفًا على الأقل.</numerusform>
            <numerusform>استخدم %n حرف على الأقل.</numerusform>
        </translation>
    </message>
    <message>
        <source>The two passphrases are not the same yet.</source>
        <translation>عبارتا المرور غير متطابقتين بعد.</translation>
    </message>
    <message>
        <source>Change the passphrase</source>
        <translation>تغيير عبارة المرور</translation>
    </message>
    <message>
        <source>First, type the passphrase “%1” has now.</source>
        <translation>أولًا، اكتب عبارة المرور الحالية لـ«%1».</translation>
    </message>
    <message>
        <source>The other copy’s passphrase</source>
        <translation>عبارة مرور النسخة الأخرى</translation>
    </message>
    <message>
        <source>Type the passphrase for “%1”, the copy to bring changes in from. Your own story stays open.</source>
        <translation>اكتب عبارة المرور لـ ”%1“، النسخة التي تُجلب منها التغييرات. تبقى قصتك أنت مفتوحة.</translation>
    </message>
    <message>
        <source>The copy’s passphrase</source>
        <translation>عبارة مرور النسخة</translation>
    </message>
    <message>
        <source>Choose a passphrase for the copy, “%1”. It can be different from this story’s, so the copy can be given to someone without sharing yours. Nobody can open the copy without it.</source>
        <translation>اختر عبارة مرور للنسخة ”%1“. يمكن أن تختلف عن عبارة هذه القصة، كي تُعطى النسخة لأحد دون مشاركة عبارتك. لا يستطيع أحد فتح النسخة دونها.</translation>
    </message>
</context>
<context>
    <name>PeopleChecklist</name>
    <message>
        <source>Nobody is on the map yet.</source>
        <translation>لا أحد على الخريطة بعد.</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <source>Next &amp;planned:</source>
        <translation>التواصل المخ&amp;طط التالي:</translation>
    </message>
    <message>
        <source>Keep private (leave out of every book)</source>
        <translation>إبقاؤه خاصًا (يُستبعد من كل كتاب)</translation>
    </message>
    <message>
        <source>Someone who matters</source>
        <translation>شخص مهم</translation>
    </message>
    <message>
        <source>For example: Nana, Tyler, Mr Evans</source>
        <translation>مثلًا: تيتا، Tyler، Mr Evans</translation>
    </message>
    <message>
        <source>What %1 calls them</source>
        <translation>ماذا يسمّيه %1</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>الاسم الكامل</translation>
    </message>
    <message>
        <source>Who they are</source>
        <translation>من هو</translation>
    </message>
    <message>
        <source>For example: Mum&apos;s partner, Year 6 teacher</source>
        <translation>مثلًا: شريك ماما، معلّم الصف السادس</translation>
    </message>
    <message>
        <source>How the relationship feels</source>
        <translation>كيف تبدو العلاقة</translation>
    </message>
    <message>
        <source>No arrows</source>
        <translation>بلا أسهم</translation>
    </message>
    <message>
        <source>Support goes from %1 to them</source>
        <translation>الدعم يذهب من %1 إليه</translation>
    </message>
    <message>
        <source>Support comes to %1</source>
        <translation>الدعم يأتي إلى %1</translation>
    </message>
    <message>
        <source>Both ways</source>
        <translation>في الاتجاهين</translation>
    </message>
    <message>
        <source>Direction of support</source>
        <translation>اتجاه الدعم</translation>
    </message>
    <message>
        <source>How often they see each other</source>
        <translation>كم مرة يرون بعضهم</translation>
    </message>
    <message>
        <source>For example: supervised, at the family centre</source>
        <translation>مثلًا: تحت الإشراف، في مركز العائلة</translation>
    </message>
    <message>
        <source>What I&apos;d like you to know about them…</source>
        <translation>ما أحب أن تعرفه عنه…</translation>
    </message>
    <message>
        <source>%1&apos;s own words</source>
        <translation>كلمات %1 نفسه</translation>
    </message>
    <message>
        <source>&amp;What %1 calls them:</source>
        <translation>&amp;ماذا يسمّيه %1:</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>الا&amp;سم الكامل:</translation>
    </message>
    <message>
        <source>Who &amp;they are:</source>
        <translation>من &amp;هو:</translation>
    </message>
    <message>
        <source>&amp;More about that:</source>
        <translation>&amp;المزيد عن ذلك:</translation>
    </message>
    <message>
        <source>The relationship</source>
        <translation>العلاقة</translation>
    </message>
    <message>
        <source>&amp;Support:</source>
        <translation>ال&amp;دعم:</translation>
    </message>
    <message>
        <source>&amp;Contact:</source>
        <translation>التوا&amp;صل:</translation>
    </message>
    <message>
        <source>Contact &amp;details:</source>
        <translation>&amp;بيانات التواصل:</translation>
    </message>
    <message>
        <source>Next planned contact</source>
        <translation>التواصل المخطط التالي</translation>
    </message>
    <message>
        <source>For the record (kept out of shared copies)</source>
        <translation>للسجل (لا يظهر في النسخ المشتركة)</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>ال&amp;عنوان:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>م&amp;لاحظات:</translation>
    </message>
    <message>
        <source>Give them a name first — any name is fine.</source>
        <translation>أعطه اسمًا أولًا — أي اسم مناسب.</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>اختر…</translation>
    </message>
    <message>
        <source>Choose who they are — or “Not sure yet”.</source>
        <translation>اختر من هو — أو «لست متأكدًا بعد».</translation>
    </message>
    <message>
        <source>Choose how the relationship feels — or “Not sure yet”.</source>
        <translation>اختر كيف تبدو العلاقة — أو «لست متأكدًا بعد».</translation>
    </message>
    <message>
        <source>That is as long as it can be here (%1 letters).</source>
        <translation>هذا أقصى طول مسموح به هنا (%1 حرفًا).</translation>
    </message>
    <message>
        <source>Since when</source>
        <translation>منذ متى</translation>
    </message>
    <message>
        <source>Until when (empty if it is still going)</source>
        <translation>حتى متى (اتركه فارغًا إن كانت مستمرة)</translation>
    </message>
    <message>
        <source>S&amp;ince:</source>
        <translation>من&amp;ذ:</translation>
    </message>
    <message>
        <source>Unti&amp;l:</source>
        <translation>&amp;حتى:</translation>
    </message>
    <message>
        <source>As close as it feels</source>
        <translation>بالقرب الذي تشعر به</translation>
    </message>
    <message>
        <source>Ring on the map</source>
        <translation>الدائرة على الخريطة</translation>
    </message>
    <message>
        <source>&amp;Ring on the map:</source>
        <translation>الدائرة على ال&amp;خريطة:</translation>
    </message>
    <message>
        <source>A date is not clear yet: try “March 2019”, “summer 2015” or leave it empty.</source>
        <translation>أحد التواريخ غير واضح بعد: جرّب «مارس 2019» أو «صيف 2015» أو اتركه فارغًا.</translation>
    </message>
    <message>
        <source>“Until” is before “Since”.</source>
        <translation>تاريخ «حتى» قبل تاريخ «منذ».</translation>
    </message>
    <message>
        <source>Empty: it is still going.</source>
        <translation>فارغ: ما زالت مستمرة.</translation>
    </message>
    <message>
        <source>In %1&apos;s w&amp;ords:</source>
        <translation>ب&amp;كلمات %1:</translation>
    </message>
    <message>
        <source>It f&amp;eels:</source>
        <translation>&amp;تبدو:</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>الهات&amp;ف:</translation>
    </message>
</context>
<context>
    <name>PersonItem</name>
    <message>
        <source>Someone with no name yet</source>
        <translation>شخص بلا اسم بعد</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1، %2</translation>
    </message>
</context>
<context>
    <name>PhotoImport</name>
    <message>
        <source>Pictures (%1)</source>
        <translation>الصور (%1)</translation>
    </message>
    <message>
        <source>“%1” could not be opened. Check that it is still there and that you are allowed to read it.</source>
        <translation>تعذّر فتح “%1”. تأكد من أنه ما زال موجودًا ومن أنه مسموح لك بقراءته.</translation>
    </message>
    <message>
        <source>“%1” is too big (%2 MB). Pictures up to %3 MB can be added; try a smaller copy of it.</source>
        <translation>“%1” كبير جدًا (%2 ميغابايت). يمكن إضافة صور حتى %3 ميغابايت؛ جرّب نسخة أصغر منه.</translation>
    </message>
    <message>
        <source>“%1” is a HEIC photo (the kind iPhones take), and this computer can&apos;t read HEIC yet. Save it as a JPEG first: on the iPhone choose Settings › Camera › Formats › Most Compatible, or share it by email, which sends a JPEG.</source>
        <translation>“%1” صورة HEIC (النوع الذي تلتقطه أجهزة iPhone)، وهذا الحاسوب لا يستطيع قراءة HEIC بعد. احفظها بصيغة JPEG أولًا: في iPhone اختر الإعدادات › الكاميرا › التنسيقات › الأكثر توافقًا، أو شاركها بالبريد الإلكتروني الذي يرسلها بصيغة JPEG.</translation>
    </message>
    <message>
        <source>“%1” isn&apos;t a picture Belonging can read. It can read %2.</source>
        <translation>“%1” ليست صورة يستطيع Belonging قراءتها. يمكنه قراءة %2.</translation>
    </message>
    <message>
        <source>“%1” has too many pixels (%2 × %3) to add safely. Try a smaller copy of it.</source>
        <translation>في “%1” عدد كبير جدًا من البكسلات (%2 × %3) لا يمكن إضافته بأمان. جرّب نسخة أصغر منه.</translation>
    </message>
    <message>
        <source>“%1” looks damaged and could not be read. If it opens elsewhere, save a new copy of it and try again.</source>
        <translation>يبدو أن “%1” تالف وتعذّرت قراءته. إن كان يُفتح في مكان آخر، فاحفظ نسخة جديدة منه وحاول مرة أخرى.</translation>
    </message>
    <message>
        <source>“%1” could not be prepared for keeping. There may not be enough memory free.</source>
        <translation>تعذّر تجهيز “%1” للحفظ. ربما لا توجد ذاكرة حرة كافية.</translation>
    </message>
</context>
<context>
    <name>PlacementDialog</name>
    <message>
        <source>Who %1 lived with</source>
        <translation>مع من عاش %1</translation>
    </message>
    <message>
        <source>Keep &amp;private (leave out of every book)</source>
        <translation>إبقاؤه &amp;خاصًا (يُستبعد من كل كتاب)</translation>
    </message>
    <message>
        <source>A place I lived</source>
        <translation>مكان عشت فيه</translation>
    </message>
    <message>
        <source>For example: Nana&apos;s house</source>
        <translation>مثلًا: بيت تيتا</translation>
    </message>
    <message>
        <source>What %1 calls this place</source>
        <translation>ماذا يسمّي %1 هذا المكان</translation>
    </message>
    <message>
        <source>Kind of placement</source>
        <translation>نوع الإيداع</translation>
    </message>
    <message>
        <source>Moved in</source>
        <translation>تاريخ الانتقال إليه</translation>
    </message>
    <message>
        <source>Moved out</source>
        <translation>تاريخ الانتقال منه</translation>
    </message>
    <message>
        <source>Why did you move? Say it your way.</source>
        <translation>لماذا انتقلت؟ قلها بطريقتك.</translation>
    </message>
    <message>
        <source>Why %1 moved, in their words</source>
        <translation>لماذا انتقل %1، بكلماته</translation>
    </message>
    <message>
        <source>Reason for the move, as recorded</source>
        <translation>سبب الانتقال، كما ورد في السجل</translation>
    </message>
    <message>
        <source>&amp;Name of the place:</source>
        <translation>&amp;اسم المكان:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>ال&amp;نوع:</translation>
    </message>
    <message>
        <source>Moved &amp;in:</source>
        <translation>الانتقال إل&amp;يه:</translation>
    </message>
    <message>
        <source>Moved &amp;out:</source>
        <translation>الانتقا&amp;ل منه:</translation>
    </message>
    <message>
        <source>Lived &amp;with:</source>
        <translation>عا&amp;ش مع:</translation>
    </message>
    <message>
        <source>&amp;School:</source>
        <translation>ال&amp;مدرسة:</translation>
    </message>
    <message>
        <source>Why %1 &amp;moved on:</source>
        <translation>لماذا ان&amp;تقل %1:</translation>
    </message>
    <message>
        <source>For the record (kept out of shared copies)</source>
        <translation>للسجل (لا يظهر في النسخ المشتركة)</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>ال&amp;عنوان:</translation>
    </message>
    <message>
        <source>School a&amp;ddress:</source>
        <translation>عنوان المد&amp;رسة:</translation>
    </message>
    <message>
        <source>Give the place a name first — &quot;Nana&apos;s house&quot; is fine.</source>
        <translation>أعطِ المكان اسمًا أولًا — &quot;بيت تيتا&quot; مناسب.</translation>
    </message>
    <message>
        <source>Check the dates above.</source>
        <translation>تحقق من التواريخ أعلاه.</translation>
    </message>
    <message>
        <source>Why did you come to live here? Say it your way.</source>
        <translation>لماذا جئت لتعيش هنا؟ قلها بطريقتك.</translation>
    </message>
    <message>
        <source>Why %1 came here, in their words</source>
        <translation>لماذا جاء %1 إلى هنا، بكلماته</translation>
    </message>
    <message>
        <source>Reason for coming here, as recorded</source>
        <translation>سبب المجيء إلى هنا، كما هو مسجل</translation>
    </message>
    <message>
        <source>Why %1 came &amp;here:</source>
        <translation>لماذا جاء %1 إلى &amp;هنا:</translation>
    </message>
    <message>
        <source>Why they &amp;came (recorded):</source>
        <translation>لماذا &amp;جاء (مسجل):</translation>
    </message>
    <message>
        <source>Why they &amp;left (recorded):</source>
        <translation>لماذا &amp;غادر (مسجل):</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>اختر…</translation>
    </message>
    <message>
        <source>Choose what kind of home it was.</source>
        <translation>اختر نوع المنزل.</translation>
    </message>
    <message>
        <source>Empty: %1 still lives here.</source>
        <translation>فارغ: ما زال %1 يعيش هنا.</translation>
    </message>
    <message>
        <source>Keeping in &amp;touch…</source>
        <translation>&amp;البقاء على تواصل…</translation>
    </message>
    <message>
        <source>Save, then plan who the child keeps in touch with after moving here</source>
        <translation>احفظ، ثم خطِّط مع من يبقى الطفل على تواصل بعد الانتقال إلى هنا</translation>
    </message>
    <message>
        <source>Plan a move: the new home</source>
        <translation>التخطيط لانتقال: البيت الجديد</translation>
    </message>
    <message>
        <source>Moving &amp;in:</source>
        <translation>&amp;الانتقال إليه:</translation>
    </message>
    <message>
        <source>Will live &amp;with:</source>
        <translation>&amp;سيعيش مع:</translation>
    </message>
    <message>
        <source>Why %1 is moving &amp;here:</source>
        <translation>&amp;لماذا ينتقل %1 إلى هنا:</translation>
    </message>
    <message>
        <source>Moving in</source>
        <translation>الانتقال إليه</translation>
    </message>
    <message>
        <source>Why are you moving here? Say it your way.</source>
        <translation>لماذا تنتقل إلى هنا؟ قلها بطريقتك.</translation>
    </message>
    <message>
        <source>This date has passed. Is that right?</source>
        <translation>هذا التاريخ قد مضى. هل هذا صحيح؟</translation>
    </message>
</context>
<context>
    <name>PlacementHistory</name>
    <message>
        <source>We don&apos;t know where you lived in %1.</source>
        <translation>لا نعرف أين عشت في %1.</translation>
    </message>
    <message>
        <source>We don&apos;t know where you lived between %1 and %2.</source>
        <translation>لا نعرف أين عشت بين %1 و %2.</translation>
    </message>
    <message>
        <source>%1 and %2 overlap between %3 and %4. Was one of them a short stay?</source>
        <translation>يتداخل %1 و %2 بين %3 و %4. هل كانت إحداهما إقامة قصيرة؟</translation>
    </message>
    <message>
        <source>We don&apos;t know when you moved to %1.</source>
        <translation>لا نعرف متى انتقلت إلى %1.</translation>
    </message>
    <message>
        <source>We don&apos;t know when you left %1.</source>
        <translation>لا نعرف متى غادرت %1.</translation>
    </message>
    <message>
        <source>We don&apos;t know your date of birth yet.</source>
        <translation>لا نعرف تاريخ ميلادك بعد.</translation>
    </message>
</context>
<context>
    <name>PrintJob</name>
    <message>
        <source>The printer did not take the job. Check that it is switched on and connected, then try again.</source>
        <translation>لم تستلم الطابعة المهمة. تأكّد من أنها مشغّلة ومتصلة، ثم حاول مرة أخرى.</translation>
    </message>
</context>
<context>
    <name>PrivateFile</name>
    <message>
        <source>The PDF could not be saved: that folder is not there any more. Choose another place.</source>
        <translation>تعذّر حفظ ملف PDF: ذلك المجلد لم يعد موجودًا. اختر مكانًا آخر.</translation>
    </message>
    <message>
        <source>The PDF could not be saved: Belonging can&apos;t change that folder (it may be read-only). Choose another place, such as your Documents folder.</source>
        <translation>تعذّر حفظ ملف PDF: لا يستطيع Belonging التغيير في ذلك المجلد (ربما يكون للقراءة فقط). اختر مكانًا آخر، مثل مجلد المستندات.</translation>
    </message>
    <message>
        <source>The PDF could not be saved: the disk is full. Free some space, or choose another place.</source>
        <translation>تعذّر حفظ ملف PDF: القرص ممتلئ. أفرغ بعض المساحة، أو اختر مكانًا آخر.</translation>
    </message>
</context>
<context>
    <name>ReadAloud</name>
    <message>
        <source>This computer cannot read aloud yet: it has no speech engine. An adult can install one (speech-dispatcher with espeak-ng).</source>
        <translation>لا يستطيع هذا الحاسوب القراءة بصوت عالٍ بعد: ليس لديه محرك كلام. يمكن لشخص بالغ تثبيت واحد (speech-dispatcher مع espeak-ng).</translation>
    </message>
    <message>
        <source>This computer has no voice that reads %1 aloud.</source>
        <translation>لا يوجد في هذا الحاسوب صوت يقرأ %1 بصوت عالٍ.</translation>
    </message>
    <message>
        <source>Reading aloud is not working on this computer just now. Try again in a moment.</source>
        <translation>القراءة بصوت عالٍ لا تعمل على هذا الحاسوب الآن. حاول مرة أخرى بعد قليل.</translation>
    </message>
</context>
<context>
    <name>RecordingPanel</name>
    <message>
        <source>Recording… %1 of %2</source>
        <translation>جارٍ التسجيل… %1 من %2</translation>
    </message>
    <message>
        <source>Playing… %1 of %2</source>
        <translation>جارٍ التشغيل… %1 من %2</translation>
    </message>
    <message>
        <source>The recording could not be kept. Please try again.</source>
        <translation>تعذّر حفظ التسجيل. حاول مرة أخرى.</translation>
    </message>
    <message>
        <source>Stop listening</source>
        <translation>أوقف الاستماع</translation>
    </message>
    <message>
        <source>Stop playing</source>
        <translation>أوقف التشغيل</translation>
    </message>
    <message>
        <source>Record my voice</source>
        <translation>سجّل صوتي</translation>
    </message>
    <message>
        <source>Record their voice</source>
        <translation>سجّل صوته</translation>
    </message>
    <message>
        <source>Up to %1 minutes.</source>
        <translation>حتى %1 دقائق.</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>توقف</translation>
    </message>
    <message>
        <source>Stop recording</source>
        <translation>أوقف التسجيل</translation>
    </message>
    <message>
        <source>Keeping it safe…</source>
        <translation>نحفظه بأمان…</translation>
    </message>
    <message>
        <source>Keeping the recording…</source>
        <translation>جارٍ حفظ التسجيل…</translation>
    </message>
    <message>
        <source>Record again</source>
        <translation>سجّل مرة أخرى</translation>
    </message>
    <message>
        <source>A recording, %1 long.</source>
        <translation>تسجيل مدته %1.</translation>
    </message>
    <message>
        <source>Listen</source>
        <translation>استمع</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>تشغيل</translation>
    </message>
    <message>
        <source>Take it away</source>
        <translation>احذفه</translation>
    </message>
    <message>
        <source>Remove the recording</source>
        <translation>احذف التسجيل</translation>
    </message>
</context>
<context>
    <name>Redaction</name>
    <message>
        <source>[withheld]</source>
        <translation>[محجوب]</translation>
    </message>
    <message>
        <source>Life-story book</source>
        <translation>كتاب قصة الحياة</translation>
    </message>
    <message>
        <source>Copy for birth family</source>
        <translation>نسخة للعائلة الأصلية</translation>
    </message>
    <message>
        <source>1 item marked private</source>
        <translation>عنصر واحد مُعلَّم بأنه خاص</translation>
    </message>
    <message>
        <source>%1 items marked private</source>
        <translation>%1 من العناصر مُعلَّمة بأنها خاصة</translation>
    </message>
    <message>
        <source>A person chosen to be left out, and their name wherever it appears</source>
        <translation>شخص اختير استبعاده، واسمه أينما ورد</translation>
    </message>
    <message>
        <source>Where I live now</source>
        <translation>المكان الذي أعيش فيه الآن</translation>
    </message>
    <message>
        <source>The name of the place where the child lives now, and their school</source>
        <translation>اسم المكان الذي يعيش فيه الطفل الآن، ومدرسته</translation>
    </message>
    <message>
        <source>Addresses and phone numbers</source>
        <translation>العناوين وأرقام الهواتف</translation>
    </message>
    <message>
        <source>Professional notes and recorded reasons (kept for the court pack)</source>
        <translation>الملاحظات المهنية والأسباب المسجّلة (تبقى في ملف المحكمة)</translation>
    </message>
    <message>
        <source>Court pack</source>
        <translation>ملف المحكمة</translation>
    </message>
    <message>
        <source>Review pack</source>
        <translation>ملف المراجعة</translation>
    </message>
    <message>
        <source>1 thing the child said that they did not agree to share here</source>
        <translation>شيء واحد قاله الطفل ولم يوافق على مشاركته هنا</translation>
    </message>
    <message>
        <source>%1 things the child said that they did not agree to share here</source>
        <translation>%1 أشياء قالها الطفل ولم يوافق على مشاركتها هنا</translation>
    </message>
    <message>
        <source>The carers the child lives with now, and their names wherever they appear</source>
        <translation>مقدمو الرعاية الذين يعيش معهم الطفل الآن، وأسماؤهم أينما وردت</translation>
    </message>
    <message>
        <source>Where I will live next</source>
        <translation>المكان الذي سأعيش فيه لاحقًا</translation>
    </message>
    <message>
        <source>The child&apos;s teachers (they would say which school), and their names wherever they appear</source>
        <translation>معلمو الطفل (فهم يدلّون على المدرسة)، وأسماؤهم أينما وردت</translation>
    </message>
    <message>
        <source>The child&apos;s own map of the people in their life</source>
        <translation>خريطة الطفل الخاصة للناس في حياته</translation>
    </message>
    <message>
        <source>Recordings in the child&apos;s own voice (they may name someone this copy leaves out)</source>
        <translation>تسجيلات بصوت الطفل نفسه (قد تذكر اسم شخص تستبعده هذه النسخة)</translation>
    </message>
    <message>
        <source>1 thing the child said: nobody has asked them yet who may see it</source>
        <translation>شيء واحد قاله الطفل: لم يسأله أحد بعد من يمكنه رؤيته</translation>
    </message>
    <message>
        <source>%1 things the child said: nobody has asked them yet who may see them</source>
        <translation>%1 أشياء قالها الطفل: لم يسأله أحد بعد من يمكنه رؤيتها</translation>
    </message>
</context>
<context>
    <name>RelativeDialog</name>
    <message>
        <source>They have &amp;died</source>
        <translation>لقد &amp;توفي</translation>
    </message>
    <message>
        <source>Add %1&apos;s mother</source>
        <translation>إضافة أم %1</translation>
    </message>
    <message>
        <source>Add %1&apos;s father</source>
        <translation>إضافة أب %1</translation>
    </message>
    <message>
        <source>Add a parent or carer of %1</source>
        <translation>إضافة والد أو مقدّم رعاية لـ %1</translation>
    </message>
    <message>
        <source>Add %1&apos;s partner</source>
        <translation>إضافة شريك %1</translation>
    </message>
    <message>
        <source>Add %1&apos;s child</source>
        <translation>إضافة طفل %1</translation>
    </message>
    <message>
        <source>Add %1&apos;s brother or sister</source>
        <translation>إضافة أخ أو أخت %1</translation>
    </message>
    <message>
        <source>Family details: %1</source>
        <translation>تفاصيل العائلة: %1</translation>
    </message>
    <message>
        <source>Empty: when is not known</source>
        <translation>فارغ: الوقت غير معروف</translation>
    </message>
    <message>
        <source>Empty: not known</source>
        <translation>فارغ: غير معروف</translation>
    </message>
    <message>
        <source>Someone &amp;new</source>
        <translation>شخص &amp;جديد</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>الا&amp;سم الكامل:</translation>
    </message>
    <message>
        <source>What %1 &amp;calls them:</source>
        <translation>ما ي&amp;ناديه به %1:</translation>
    </message>
    <message>
        <source>&amp;Gender:</source>
        <translation>النو&amp;ع:</translation>
    </message>
    <message>
        <source>In their &amp;words (optional):</source>
        <translation>ب&amp;كلماتهم (اختياري):</translation>
    </message>
    <message>
        <source>&amp;Born:</source>
        <translation>&amp;الميلاد:</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>اختر…</translation>
    </message>
    <message>
        <source>&amp;They are %1&apos;s:</source>
        <translation>&amp;هم بالنسبة إلى %1:</translation>
    </message>
    <message>
        <source>Not known or not said</source>
        <translation>غير معروف أو لم يُذكر</translation>
    </message>
    <message>
        <source>Their &amp;other parent:</source>
        <translation>الوالد ال&amp;آخر:</translation>
    </message>
    <message>
        <source>&amp;How they are together:</source>
        <translation>كي&amp;ف هما معًا:</translation>
    </message>
    <message>
        <source>S&amp;ince:</source>
        <translation>من&amp;ذ:</translation>
    </message>
    <message>
        <source>Ended &amp;on:</source>
        <translation>انت&amp;هت في:</translation>
    </message>
    <message>
        <source>They will share %1&apos;s birth parents in the family tree. For a half brother or sister, add them as a child of the parent they share.</source>
        <translation>سيشاركون %1 والديه البيولوجيين في شجرة العائلة. للأخ أو الأخت غير الشقيقين، أضفهم كطفل للوالد المشترك.</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;حفظ</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>إ&amp;ضافة</translation>
    </message>
    <message>
        <source>Type a name (or what the child calls them).</source>
        <translation>اكتب اسمًا (أو ما يناديه به الطفل).</translation>
    </message>
    <message>
        <source>Choose who it is.</source>
        <translation>اختر من هو.</translation>
    </message>
    <message>
        <source>Check the dates.</source>
        <translation>تحقق من التواريخ.</translation>
    </message>
    <message>
        <source>Choose how they are together.</source>
        <translation>اختر كيف هما معًا.</translation>
    </message>
    <message>
        <source>Choose what kind of parent they are.</source>
        <translation>اختر نوع الوالد.</translation>
    </message>
    <message>
        <source>Someone a&amp;lready in this story:</source>
        <translation>شخص &amp;موجود في هذه القصة:</translation>
    </message>
    <message>
        <source>Di&amp;ed:</source>
        <translation>ال&amp;وفاة:</translation>
    </message>
    <message>
        <source>%1 is &amp;their:</source>
        <translation>%1 &amp;هو لهم:</translation>
    </message>
    <message>
        <source>Now the&amp;y are:</source>
        <translation>ا&amp;لآن:</translation>
    </message>
    <message>
        <source>&amp;Known as:</source>
        <translation>&amp;يُعرف باسم:</translation>
    </message>
    <message>
        <source>Empty: not known or not needed</source>
        <translation>فارغ: غير معروف أو غير لازم</translation>
    </message>
    <message>
        <source>Empty: still so, or not known</source>
        <translation>فارغ: ما زال كذلك، أو غير معروف</translation>
    </message>
    <message>
        <source>S&amp;ince (optional):</source>
        <translation>من&amp;ذ (اختياري):</translation>
    </message>
    <message>
        <source>&amp;Until (optional):</source>
        <translation>إلى &amp;غاية (اختياري):</translation>
    </message>
</context>
<context>
    <name>RemoveGroup</name>
    <message>
        <source>Remove the group %1</source>
        <translation>إزالة المجموعة %1</translation>
    </message>
</context>
<context>
    <name>RemovePerson</name>
    <message>
        <source>Remove %1</source>
        <translation>إزالة %1</translation>
    </message>
</context>
<context>
    <name>RemoveRelationship</name>
    <message>
        <source>Remove the line between %1 and %2</source>
        <translation>إزالة الخط بين %1 و %2</translation>
    </message>
</context>
<context>
    <name>StorageError</name>
    <message>
        <source>That passphrase does not open this life story. Check for Caps Lock and try again.</source>
        <translation>عبارة المرور هذه لا تفتح قصة الحياة هذه. تحقق من مفتاح Caps Lock وحاول مرة أخرى.</translation>
    </message>
    <message>
        <source>This file is not a Belonging life story, so it cannot be opened here.</source>
        <translation>هذا الملف ليس قصة حياة من Belonging، لذلك لا يمكن فتحه هنا.</translation>
    </message>
    <message>
        <source>This life story was saved by a newer version of Belonging. Please update Belonging to open it.</source>
        <translation>حُفظت قصة الحياة هذه بإصدار أحدث من Belonging. يُرجى تحديث Belonging لفتحها.</translation>
    </message>
    <message>
        <source>This life story file is damaged and cannot be read safely. If you have a copy or a backup, open that instead.</source>
        <translation>ملف قصة الحياة هذا تالف ولا يمكن قراءته بأمان. إن كانت لديك نسخة أو نسخة احتياطية، فافتحها بدلًا منه.</translation>
    </message>
    <message>
        <source>This life story is already open, in this window or another one. Close it there first.</source>
        <translation>قصة الحياة هذه مفتوحة بالفعل، في هذه النافذة أو في نافذة أخرى. أغلقها هناك أولًا.</translation>
    </message>
    <message>
        <source>Belonging can&apos;t save in that place. Choose a folder you are allowed to change, such as your Documents folder.</source>
        <translation>لا يستطيع Belonging الحفظ في هذا المكان. اختر مجلدًا مسموحًا لك بتغييره، مثل مجلد المستندات.</translation>
    </message>
    <message>
        <source>The disk is full, so the last change was not saved. Free some space and try again.</source>
        <translation>القرص ممتلئ، لذلك لم يُحفظ التغيير الأخير. أفرغ بعض المساحة وحاول مرة أخرى.</translation>
    </message>
    <message>
        <source>The life story file was moved or deleted while it was open, so the last change was not saved. Use Save a Copy to keep your work.</source>
        <translation>نُقل ملف قصة الحياة أو حُذف وهو مفتوح، لذلك لم يُحفظ التغيير الأخير. استخدم حفظ نسخة لتحتفظ بعملك.</translation>
    </message>
    <message>
        <source>There is already a file with that name. Choose another name.</source>
        <translation>يوجد ملف بهذا الاسم بالفعل. اختر اسمًا آخر.</translation>
    </message>
    <message>
        <source>That item is no longer in this life story.</source>
        <translation>هذا العنصر لم يعد في قصة الحياة هذه.</translation>
    </message>
    <message>
        <source>Belonging could not read or write the life story file. Check the disk and try again.</source>
        <translation>تعذّر على Belonging قراءة ملف قصة الحياة أو الكتابة فيه. تحقق من القرص وحاول مرة أخرى.</translation>
    </message>
    <message>
        <source>This life story was saved by an older version of Belonging and needs a small update before it opens, but Belonging can&apos;t write where it is: the disk may be full or read-only. Nothing has been changed. Free some space, or copy the file to your Documents folder, and open it again.</source>
        <translation>حُفظت قصة الحياة هذه بإصدار أقدم من Belonging وتحتاج إلى تحديث صغير قبل أن تُفتح، لكن Belonging لا يستطيع الكتابة في مكانها: ربما يكون القرص ممتلئًا أو للقراءة فقط. لم يتغيّر شيء. أفرغ بعض المساحة، أو انسخ الملف إلى مجلد المستندات، ثم افتحه مرة أخرى.</translation>
    </message>
</context>
<context>
    <name>TimelineModel</name>
    <message>
        <source>%1 to %2</source>
        <translation>%1 إلى %2</translation>
    </message>
    <message>
        <source>Where I lived</source>
        <translation>الأماكن التي عشت فيها</translation>
    </message>
    <message>
        <source>A memory</source>
        <translation>ذكرى</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>ذكرى</translation>
    </message>
    <message>
        <source>%1 (private: left out of every book)</source>
        <translation>%1 (خاص: يُستبعد من كل كتاب)</translation>
    </message>
    <message>
        <source>When</source>
        <translation>متى</translation>
    </message>
    <message>
        <source>What</source>
        <translation>ماذا</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Where / source</source>
        <translation>أين / المصدر</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>من</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>«%1»</translation>
    </message>
    <message>
        <source>What I said</source>
        <translation>ما قلته</translation>
    </message>
</context>
<context>
    <name>TimelinePane</name>
    <message>
        <source>Timeline</source>
        <translation>الخط الزمني</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>إزالة</translation>
    </message>
    <message>
        <source>Search the timeline…</source>
        <translation>البحث في الخط الزمني…</translation>
    </message>
    <message>
        <source>Search the timeline</source>
        <translation>البحث في الخط الزمني</translation>
    </message>
    <message>
        <source>Everything on the timeline, as a list</source>
        <translation>كل ما في الخط الزمني، كقائمة</translation>
    </message>
    <message>
        <source>Things we don&apos;t know yet</source>
        <translation>أشياء لا نعرفها بعد</translation>
    </message>
    <message>
        <source>&lt;b&gt;Things we don&apos;t know yet&lt;/b&gt;</source>
        <translation>&lt;b&gt;أشياء لا نعرفها بعد&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Remove “%1”? You can undo this with Ctrl+Z.</source>
        <translation>إزالة “%1”؟ يمكنك التراجع عن ذلك بـ Ctrl+Z.</translation>
    </message>
    <message>
        <source>Nothing missing: every stretch of time has a home.</source>
        <translation>لا شيء ناقص: لكل فترة من الزمن بيت.</translation>
    </message>
    <message>
        <source>Add a &amp;memory…</source>
        <translation>إضافة &amp;ذكرى…</translation>
    </message>
    <message>
        <source>Add a &amp;place…</source>
        <translation>إضافة &amp;مكان…</translation>
    </message>
    <message>
        <source>Add an &amp;event…</source>
        <translation>إضافة حد&amp;ث…</translation>
    </message>
    <message>
        <source>Plan a mo&amp;ve…</source>
        <translation>التخطيط لا&amp;نتقال…</translation>
    </message>
    <message>
        <source>&amp;Change…</source>
        <translation>&amp;تغيير…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>إ&amp;زالة</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>ت&amp;كبير</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>ت&amp;صغير</translation>
    </message>
    <message>
        <source>&amp;Whole Life</source>
        <translation>ال&amp;حياة كلها</translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation>مسح البحث</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <source>Timeline</source>
        <translation>الخط الزمني</translation>
    </message>
    <message>
        <source>A memory</source>
        <translation>ذكرى</translation>
    </message>
    <message>
        <source>Lived at %1, %2</source>
        <translation>عاش في %1، %2</translation>
    </message>
    <message>
        <source>Memory: %1, %2</source>
        <translation>ذكرى: %1، %2</translation>
    </message>
    <message>
        <source>%1: %2, %3</source>
        <translation>%1: %2، %3</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>الولادة</translation>
    </message>
    <message>
        <source>Age %1</source>
        <translation>العمر %1</translation>
    </message>
    <message>
        <source>Where I lived</source>
        <translation>الأماكن التي عشت فيها</translation>
    </message>
    <message>
        <source>Memories</source>
        <translation>الذكريات</translation>
    </message>
    <message>
        <source>Contact and events</source>
        <translation>التواصل والأحداث</translation>
    </message>
    <message>
        <source>%1 said: “%2”, %3</source>
        <translation>قال %1: «%2»، %3</translation>
    </message>
    <message>
        <source>What I said</source>
        <translation>ما قلته</translation>
    </message>
    <message>
        <source>%1 (planned)</source>
        <translation>%1 (مخطَّط له)</translation>
    </message>
    <message>
        <source>Planned move to %1, %2</source>
        <translation>انتقال مخطَّط له إلى %1، %2</translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <source>Birth mother</source>
        <translation>الأم البيولوجية</translation>
    </message>
    <message>
        <source>Birth father</source>
        <translation>الأب البيولوجي</translation>
    </message>
    <message>
        <source>Brother or sister</source>
        <translation>أخ أو أخت</translation>
    </message>
    <message>
        <source>Grandparent</source>
        <translation>جد أو جدة</translation>
    </message>
    <message>
        <source>Other family</source>
        <translation>أقارب آخرون</translation>
    </message>
    <message>
        <source>Foster carer</source>
        <translation>مقدّم رعاية بديلة</translation>
    </message>
    <message>
        <source>Kinship carer</source>
        <translation>مقدّم رعاية من الأقارب</translation>
    </message>
    <message>
        <source>Adoptive parent</source>
        <translation>والد بالتبنّي</translation>
    </message>
    <message>
        <source>Key worker</source>
        <translation>عامل مسؤول</translation>
    </message>
    <message>
        <source>Social worker</source>
        <translation>أخصائي اجتماعي</translation>
    </message>
    <message>
        <source>Independent reviewing officer</source>
        <translation>مسؤول مراجعة مستقل</translation>
    </message>
    <message>
        <source>Teacher</source>
        <translation>معلّم</translation>
    </message>
    <message>
        <source>Therapist</source>
        <translation>معالج</translation>
    </message>
    <message>
        <source>Health worker</source>
        <translation>عامل صحي</translation>
    </message>
    <message>
        <source>Friend</source>
        <translation>صديق</translation>
    </message>
    <message>
        <source>Pet</source>
        <translation>حيوان أليف</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>مكان</translation>
    </message>
    <message>
        <source>Someone else</source>
        <translation>شخص آخر</translation>
    </message>
    <message>
        <source>Strong</source>
        <translation>قوية</translation>
    </message>
    <message>
        <source>Ordinary</source>
        <translation>عادية</translation>
    </message>
    <message>
        <source>Tenuous</source>
        <translation>ضعيفة</translation>
    </message>
    <message>
        <source>Stressful</source>
        <translation>مُجهِدة</translation>
    </message>
    <message>
        <source>Broken or cut off</source>
        <translation>مقطوعة أو منتهية</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>غير محدد</translation>
    </message>
    <message>
        <source>Lives together</source>
        <translation>يعيشان معًا</translation>
    </message>
    <message>
        <source>Every day</source>
        <translation>كل يوم</translation>
    </message>
    <message>
        <source>Every week</source>
        <translation>كل أسبوع</translation>
    </message>
    <message>
        <source>Every two weeks</source>
        <translation>كل أسبوعين</translation>
    </message>
    <message>
        <source>Every month</source>
        <translation>كل شهر</translation>
    </message>
    <message>
        <source>A few times a year</source>
        <translation>بضع مرات في السنة</translation>
    </message>
    <message>
        <source>Letterbox</source>
        <translation>رسائل عبر فريق وسيط</translation>
    </message>
    <message>
        <source>Phone or video calls</source>
        <translation>مكالمات هاتفية أو مرئية</translation>
    </message>
    <message>
        <source>No contact</source>
        <translation>لا تواصل</translation>
    </message>
    <message>
        <source>Contact not allowed</source>
        <translation>التواصل غير مسموح</translation>
    </message>
    <message>
        <source>Living at home</source>
        <translation>العيش في البيت</translation>
    </message>
    <message>
        <source>Kinship care</source>
        <translation>رعاية الأقارب</translation>
    </message>
    <message>
        <source>Foster care</source>
        <translation>رعاية بديلة</translation>
    </message>
    <message>
        <source>Residential home</source>
        <translation>دار رعاية</translation>
    </message>
    <message>
        <source>Adoptive home</source>
        <translation>بيت التبنّي</translation>
    </message>
    <message>
        <source>Supported lodgings</source>
        <translation>سكن مدعوم</translation>
    </message>
    <message>
        <source>Somewhere else</source>
        <translation>مكان آخر</translation>
    </message>
    <message>
        <source>Happy</source>
        <translation>سعيد</translation>
    </message>
    <message>
        <source>Excited</source>
        <translation>متحمّس</translation>
    </message>
    <message>
        <source>Proud</source>
        <translation>فخور</translation>
    </message>
    <message>
        <source>Calm</source>
        <translation>هادئ</translation>
    </message>
    <message>
        <source>Loved</source>
        <translation>محبوب</translation>
    </message>
    <message>
        <source>Sad</source>
        <translation>حزين</translation>
    </message>
    <message>
        <source>Worried</source>
        <translation>قلق</translation>
    </message>
    <message>
        <source>Angry</source>
        <translation>غاضب</translation>
    </message>
    <message>
        <source>Mixed up</source>
        <translation>مرتبك</translation>
    </message>
    <message>
        <source>Family time</source>
        <translation>وقت العائلة</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>مراجعة</translation>
    </message>
    <message>
        <source>Court hearing</source>
        <translation>جلسة محكمة</translation>
    </message>
    <message>
        <source>Change of worker</source>
        <translation>تغيير العامل</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>انتقال</translation>
    </message>
    <message>
        <source>School</source>
        <translation>المدرسة</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>الصحة</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>أخرى</translation>
    </message>
    <message>
        <source>Not sure yet</source>
        <translation>لست متأكدًا بعد</translation>
    </message>
    <message>
        <source>Really close</source>
        <translation>قريب جدًا</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>قريب</translation>
    </message>
    <message>
        <source>Not so close</source>
        <translation>ليس قريبًا جدًا</translation>
    </message>
    <message>
        <source>It&apos;s complicated</source>
        <translation>الأمر معقّد</translation>
    </message>
    <message>
        <source>Not in touch now</source>
        <translation>لا تواصل الآن</translation>
    </message>
</context>
<context>
    <name>VoiceAnswerDialog</name>
    <message>
        <source>the child</source>
        <translation>الطفل</translation>
    </message>
    <message>
        <source>What happened because %1 said this</source>
        <translation>ما حدث لأن %1 قال هذا</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>«%1»</translation>
    </message>
    <message>
        <source>What %1 said</source>
        <translation>ما قاله %1</translation>
    </message>
    <message>
        <source>Not linked to a review or hearing</source>
        <translation>غير مرتبط بمراجعة أو جلسة</translation>
    </message>
    <message>
        <source>A review</source>
        <translation>مراجعة</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1، %2</translation>
    </message>
    <message>
        <source>The review or hearing that decided</source>
        <translation>المراجعة أو الجلسة التي قررت</translation>
    </message>
    <message>
        <source>What was done</source>
        <translation>ما الذي تم</translation>
    </message>
    <message>
        <source>For example: You said you wanted to see Tyler more. The review agreed: every two weeks from June.</source>
        <translation>مثلًا: قلتَ إنك تريد أن ترى تايلر أكثر. وافقت المراجعة: كل أسبوعين ابتداءً من يونيو.</translation>
    </message>
    <message>
        <source>The answer, in words %1 understands</source>
        <translation>الجواب، بكلمات يفهمها %1</translation>
    </message>
    <message>
        <source>Why it was not done, or only partly</source>
        <translation>لماذا لم يُنفَّذ، أو نُفِّذ جزئيًا فقط</translation>
    </message>
    <message>
        <source>%1 has been &amp;told the answer</source>
        <translation>أُ&amp;خبر %1 بالجواب</translation>
    </message>
    <message>
        <source>Empty: the day was not written down</source>
        <translation>فارغ: لم يُكتب اليوم</translation>
    </message>
    <message>
        <source>The day %1 was told</source>
        <translation>اليوم الذي أُخبر فيه %1</translation>
    </message>
    <message>
        <source>&amp;Decided at:</source>
        <translation>&amp;تقرر في:</translation>
    </message>
    <message>
        <source>What was d&amp;one:</source>
        <translation>ما ا&amp;لذي تم:</translation>
    </message>
    <message>
        <source>The &amp;answer, for %1:</source>
        <translation>ال&amp;جواب، لـ%1:</translation>
    </message>
    <message>
        <source>&amp;Why not:</source>
        <translation>لما&amp;ذا لا:</translation>
    </message>
    <message>
        <source>Give the day %1 was told, like %2, or leave it empty.</source>
        <translation>اكتب اليوم الذي أُخبر فيه %1، مثل %2، أو اتركه فارغًا.</translation>
    </message>
    <message>
        <source>Told o&amp;n:</source>
        <translation>أُخبر &amp;في:</translation>
    </message>
    <message>
        <source>Write the answer, in words %1 understands.</source>
        <translation>اكتب الجواب، بكلمات يفهمها %1.</translation>
    </message>
    <message>
        <source>Choose what was done: done, partly done, or not possible.</source>
        <translation>اختر ما الذي تم: نُفِّذ، أو نُفِّذ جزئيًا، أو غير ممكن.</translation>
    </message>
    <message>
        <source>Say why it could not be done, or only partly.</source>
        <translation>قل لماذا لم يكن ممكنًا، أو نُفِّذ جزئيًا فقط.</translation>
    </message>
</context>
<context>
    <name>VoiceEntryDialog</name>
    <message>
        <source>the child</source>
        <translation>الطفل</translation>
    </message>
    <message>
        <source>Who else was there</source>
        <translation>من كان هناك أيضًا</translation>
    </message>
    <message>
        <source>What %1 said</source>
        <translation>ما قاله %1</translation>
    </message>
    <message>
        <source>When it was said</source>
        <translation>متى قيل</translation>
    </message>
    <message>
        <source>Choose a question, write your own, or leave it</source>
        <translation>اختر سؤالًا، أو اكتب سؤالك، أو اتركه</translation>
    </message>
    <message>
        <source>What was asked</source>
        <translation>ما الذي سُئل</translation>
    </message>
    <message>
        <source>Write %1&apos;s words exactly as they said them. Don&apos;t tidy them up.</source>
        <translation>اكتب كلمات %1 كما قالها تمامًا. لا تُجمِّلها.</translation>
    </message>
    <message>
        <source>%1&apos;s own words</source>
        <translation>كلمات %1 نفسه</translation>
    </message>
    <message>
        <source>How it was given</source>
        <translation>كيف قُدِّم</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>غير مسجَّل</translation>
    </message>
    <message>
        <source>Who it was said to</source>
        <translation>لمن قيل</translation>
    </message>
    <message>
        <source>Who wrote it down</source>
        <translation>من كتبه</translation>
    </message>
    <message>
        <source>What it is about</source>
        <translation>عمَّ يتحدث</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>ليس بعد</translation>
    </message>
    <message>
        <source>Yes, and %1 agreed it was right</source>
        <translation>نعم، ووافق %1 على أنه صحيح</translation>
    </message>
    <message>
        <source>Yes, but %1 did not agree it was right</source>
        <translation>نعم، لكن %1 لم يوافق على أنه صحيح</translation>
    </message>
    <message>
        <source>Read back to %1</source>
        <translation>قُرئ على %1</translation>
    </message>
    <message>
        <source>The day it was read back</source>
        <translation>اليوم الذي قُرئ فيه عليه</translation>
    </message>
    <message>
        <source>Empty: the day was not written down</source>
        <translation>فارغ: لم يُكتب اليوم</translation>
    </message>
    <message>
        <source>Who did %1 say may see it?</source>
        <translation>من قال %1 إنه يمكنه أن يراه؟</translation>
    </message>
    <message>
        <source>Ask %1. Until someone asks, leave these empty: it stays in this story file and goes in no book.</source>
        <translation>اسأل %1. إلى أن يسأله أحد، اترك هذه فارغة: يبقى في ملف القصة هذا ولا يدخل أي كتاب.</translation>
    </message>
    <message>
        <source>This came from the single &quot;wishes and feelings&quot; box of an older version of Belonging. Add when it was said, if you know.</source>
        <translation>جاء هذا من خانة &quot;الرغبات والمشاعر&quot; الوحيدة في إصدار أقدم من Belonging. أضف متى قيل، إن كنت تعرف.</translation>
    </message>
    <message>
        <source>&amp;When was it said?</source>
        <translation>&amp;متى قيل؟</translation>
    </message>
    <message>
        <source>What was &amp;asked:</source>
        <translation>ما ا&amp;لذي سُئل:</translation>
    </message>
    <message>
        <source>How it was &amp;given:</source>
        <translation>كيف &amp;قُدِّم:</translation>
    </message>
    <message>
        <source>&amp;Said to:</source>
        <translation>ق&amp;يل لـ:</translation>
    </message>
    <message>
        <source>Written &amp;down by:</source>
        <translation>كت&amp;به:</translation>
    </message>
    <message>
        <source>Who else was t&amp;here:</source>
        <translation>من كان &amp;هناك أيضًا:</translation>
    </message>
    <message>
        <source>What it is a&amp;bout:</source>
        <translation>&amp;عمَّ يتحدث:</translation>
    </message>
    <message>
        <source>How did %1 feel?</source>
        <translation>بماذا شعر %1؟</translation>
    </message>
    <message>
        <source>&amp;Read back to %1?</source>
        <translation>قُ&amp;رئ على %1؟</translation>
    </message>
    <message>
        <source>O&amp;n:</source>
        <translation>&amp;في:</translation>
    </message>
    <message>
        <source>Check when it was said: %1</source>
        <translation>تحقق من وقت قوله: %1</translation>
    </message>
    <message>
        <source>Give the day it was read back, like %1, or leave it empty.</source>
        <translation>اكتب اليوم الذي قُرئ فيه عليه، مثل %1، أو اتركه فارغًا.</translation>
    </message>
    <message>
        <source>In %1&apos;s w&amp;ords:</source>
        <translation>ب&amp;كلمات %1:</translation>
    </message>
    <message>
        <source>What the draw&amp;ing shows:</source>
        <translation>ما ت&amp;ظهره الرسمة:</translation>
    </message>
    <message>
        <source>What the drawing shows</source>
        <translation>ما تظهره الرسمة</translation>
    </message>
    <message>
        <source>In %1&apos;s own voice:</source>
        <translation>بصوت %1 نفسه:</translation>
    </message>
    <message>
        <source>Stop the recording first, then save.</source>
        <translation>أوقف التسجيل أولًا، ثم احفظ.</translation>
    </message>
</context>
<context>
    <name>VoicePane</name>
    <message>
        <source>Show &amp;waiting</source>
        <translation>اعرض ما &amp;ينتظر</translation>
    </message>
    <message>
        <source>A&amp;nswer…</source>
        <translation>ر&amp;د…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>إ&amp;زالة</translation>
    </message>
    <message>
        <source>My say</source>
        <translation>رأيي</translation>
    </message>
    <message>
        <source>Show what it is about</source>
        <translation>اعرض الموضوع</translation>
    </message>
    <message>
        <source>Show by what happened</source>
        <translation>اعرض حسب ما حدث</translation>
    </message>
    <message>
        <source>Show by who may see it</source>
        <translation>اعرض حسب من يمكنه رؤيته</translation>
    </message>
    <message>
        <source>What the child has said</source>
        <translation>ما قاله الطفل</translation>
    </message>
    <message>
        <source>The whole of what was said, and what happened</source>
        <translation>كل ما قيل، وما حدث</translation>
    </message>
    <message>
        <source>Ab&amp;out:</source>
        <translation>الموض&amp;وع:</translation>
    </message>
    <message>
        <source>Who may see &amp;it:</source>
        <translation>من يمكنه &amp;رؤيته:</translation>
    </message>
    <message>
        <source>the child</source>
        <translation>الطفل</translation>
    </message>
    <message>
        <source>&amp;Add what %1 said…</source>
        <translation>&amp;أضف ما قاله %1…</translation>
    </message>
    <message>
        <source>Nothing here yet. When %1 tells you something that matters — a wish, a worry, a good thing — add it in their own words. Then write down what happened because they said it.</source>
        <translation>لا شيء هنا بعد. عندما يخبرك %1 بشيء مهم — أمنية، أو قلق، أو شيء جيد — أضفه بكلماته هو. ثم اكتب ما حدث لأنه قاله.</translation>
    </message>
    <message>
        <source>What %1 has said, in their own words, and what happened because they said it.</source>
        <translation>ما قاله %1 بكلماته هو، وما حدث لأنه قاله.</translation>
    </message>
    <message>
        <source>1 thing %1 said is still waiting for an answer after a review.</source>
        <translation>شيء واحد قاله %1 ما زال ينتظر جوابًا بعد مراجعة.</translation>
    </message>
    <message>
        <source>%1 things %2 said are still waiting for an answer after a review.</source>
        <translation>%1 أشياء قالها %2 ما زالت تنتظر جوابًا بعد مراجعة.</translation>
    </message>
    <message>
        <source>Choose something in the list to read all of it.</source>
        <translation>اختر شيئًا من القائمة لتقرأه كله.</translation>
    </message>
    <message>
        <source>Date not known</source>
        <translation>التاريخ غير معروف</translation>
    </message>
    <message>
        <source>Asked: %1</source>
        <translation>السؤال: %1</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>«%1»</translation>
    </message>
    <message>
        <source>Who may see it: %1</source>
        <translation>من يمكنه رؤيته: %1</translation>
    </message>
    <message>
        <source>What happened: %1</source>
        <translation>ما حدث: %1</translation>
    </message>
    <message>
        <source>Why: %1</source>
        <translation>لماذا: %1</translation>
    </message>
    <message>
        <source>%1 has been told.</source>
        <translation>أُخبر %1.</translation>
    </message>
    <message>
        <source>%1 has not been told yet.</source>
        <translation>لم يُخبَر %1 بعد.</translation>
    </message>
    <message>
        <source>What happened: not answered yet.</source>
        <translation>ما حدث: لم يُجب عنه بعد.</translation>
    </message>
    <message>
        <source>Remove what %1 said?</source>
        <translation>إزالة ما قاله %1؟</translation>
    </message>
    <message>
        <source>Remove “%1”? You can undo this with Edit › Undo.</source>
        <translation>إزالة «%1»؟ يمكنك التراجع عن ذلك من تحرير › تراجع.</translation>
    </message>
    <message>
        <source>&amp;Change…</source>
        <translation>&amp;غيّر…</translation>
    </message>
    <message>
        <source>What happene&amp;d:</source>
        <translation>م&amp;ا حدث:</translation>
    </message>
    <message>
        <source>Show all</source>
        <translation>اعرض الكل</translation>
    </message>
    <message>
        <source>Nothing matches the choices above. Choose “Show all” to see everything again.</source>
        <translation>لا شيء يطابق الاختيارات أعلاه. اختر «اعرض الكل» لترى كل شيء مجددًا.</translation>
    </message>
    <message>
        <source>%1 was told on %2.</source>
        <translation>أُخبر %1 في %2.</translation>
    </message>
    <message>
        <source>A drawing: %1</source>
        <translation>رسمة: %1</translation>
    </message>
    <message>
        <source>Felt: %1</source>
        <translation>الشعور: %1</translation>
    </message>
    <message>
        <source>&amp;Play the recording</source>
        <translation>&amp;تشغيل التسجيل</translation>
    </message>
    <message>
        <source>%1 chose not to say.</source>
        <translation>اختار %1 ألّا يقول.</translation>
    </message>
    <message>
        <source>There is a recording of this in %1&apos;s own voice.</source>
        <translation>يوجد تسجيل لهذا بصوت %1 نفسه.</translation>
    </message>
    <message>
        <source>Play the recording</source>
        <translation>تشغيل التسجيل</translation>
    </message>
    <message>
        <source>Sto&amp;p playing</source>
        <translation>أ&amp;وقف التشغيل</translation>
    </message>
</context>
<context>
    <name>VoicePlayer</name>
    <message>
        <source>No speaker or headphones were found, so the recording cannot be played.</source>
        <translation>لم يُعثر على سماعة أو سماعات رأس، لذا لا يمكن تشغيل التسجيل.</translation>
    </message>
    <message>
        <source>The speaker cannot play this recording.</source>
        <translation>لا تستطيع السماعة تشغيل هذا التسجيل.</translation>
    </message>
    <message>
        <source>The recording could not be played.</source>
        <translation>تعذّر تشغيل التسجيل.</translation>
    </message>
</context>
<context>
    <name>VoiceRecorder</name>
    <message>
        <source>No microphone was found. Check that one is plugged in and turned on, or type the words instead.</source>
        <translation>لم يُعثر على ميكروفون. تأكد من توصيله وتشغيله، أو اكتب الكلمات بدلًا من ذلك.</translation>
    </message>
    <message>
        <source>The microphone could not be used.</source>
        <translation>تعذّر استخدام الميكروفون.</translation>
    </message>
    <message>
        <source>The microphone could not be used. Another program may be using it.</source>
        <translation>تعذّر استخدام الميكروفون. قد يكون برنامج آخر يستخدمه.</translation>
    </message>
    <message>
        <source>The microphone stopped working. What was recorded so far is kept.</source>
        <translation>توقف الميكروفون عن العمل. تم الاحتفاظ بما سُجّل حتى الآن.</translation>
    </message>
</context>
<context>
    <name>VoiceRules</name>
    <message>
        <source>No topic chosen</source>
        <translation>لم يُختر موضوع</translation>
    </message>
    <message>
        <source>Worries</source>
        <translation>مخاوف</translation>
    </message>
    <message>
        <source>Good things</source>
        <translation>أشياء جيدة</translation>
    </message>
    <message>
        <source>Dreams and wishes</source>
        <translation>أحلام وأمنيات</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>البيت</translation>
    </message>
    <message>
        <source>Family time</source>
        <translation>وقت العائلة</translation>
    </message>
    <message>
        <source>School</source>
        <translation>المدرسة</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>الصحة</translation>
    </message>
    <message>
        <source>Something else</source>
        <translation>شيء آخر</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>غير مسجَّل</translation>
    </message>
    <message>
        <source>Typed by the child</source>
        <translation>كتبه الطفل بنفسه</translation>
    </message>
    <message>
        <source>Said, and written down by an adult</source>
        <translation>قاله الطفل وكتبه شخص بالغ</translation>
    </message>
    <message>
        <source>Drawn</source>
        <translation>رسمه</translation>
    </message>
    <message>
        <source>Recorded in their own voice</source>
        <translation>مسجَّل بصوته هو</translation>
    </message>
    <message>
        <source>Not answered yet</source>
        <translation>لم يُجب عنه بعد</translation>
    </message>
    <message>
        <source>Listened to and done</source>
        <translation>استُمع إليه ونُفِّذ</translation>
    </message>
    <message>
        <source>Partly done</source>
        <translation>نُفِّذ جزئيًا</translation>
    </message>
    <message>
        <source>Not possible</source>
        <translation>غير ممكن</translation>
    </message>
    <message>
        <source>Child and carer (child&apos;s book)</source>
        <translation>الطفل ومقدم الرعاية (كتاب الطفل)</translation>
    </message>
    <message>
        <source>My social worker</source>
        <translation>أخصائيي الاجتماعي</translation>
    </message>
    <message>
        <source>Social worker</source>
        <translation>الأخصائي الاجتماعي</translation>
    </message>
    <message>
        <source>Reviews and court</source>
        <translation>المراجعات والمحكمة</translation>
    </message>
    <message>
        <source>My family</source>
        <translation>عائلتي</translation>
    </message>
    <message>
        <source>Family (family copy)</source>
        <translation>العائلة (نسخة العائلة)</translation>
    </message>
    <message>
        <source>Not asked yet</source>
        <translation>لم يُسأل بعد</translation>
    </message>
    <message>
        <source>What&apos;s good at the moment?</source>
        <translation>ما الشيء الجيد الآن؟</translation>
    </message>
    <message>
        <source>What worries you?</source>
        <translation>ما الذي يقلقك؟</translation>
    </message>
    <message>
        <source>If you could wish for anything, what would it be?</source>
        <translation>لو استطعت أن تتمنى أي شيء، ماذا سيكون؟</translation>
    </message>
    <message>
        <source>Who would you like to see more?</source>
        <translation>من تحب أن تراه أكثر؟</translation>
    </message>
    <message>
        <source>Who would you like to see less?</source>
        <translation>من تحب أن تراه أقل؟</translation>
    </message>
    <message>
        <source>What would make home better?</source>
        <translation>ما الذي يجعل البيت أفضل؟</translation>
    </message>
    <message>
        <source>How is school going?</source>
        <translation>كيف تسير المدرسة؟</translation>
    </message>
    <message>
        <source>Write down what was said, in the child&apos;s own words.</source>
        <translation>اكتب ما قيل، بكلمات الطفل نفسه.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Said to %1, with %2 present.</source>
        <translation>قيل لـ%1، بحضور %2.</translation>
    </message>
    <message>
        <source>Said to %1.</source>
        <translation>قيل لـ%1.</translation>
    </message>
    <message>
        <source>With %1 present.</source>
        <translation>بحضور %1.</translation>
    </message>
    <message>
        <source>Typed by %1.</source>
        <translation>كتبه %1 بنفسه.</translation>
    </message>
    <message>
        <source>Drawn by %1.</source>
        <translation>رسمه %1.</translation>
    </message>
    <message>
        <source>Recorded in %1&apos;s own voice.</source>
        <translation>مسجَّل بصوت %1 نفسه.</translation>
    </message>
    <message>
        <source>Written down by an adult.</source>
        <translation>كتبه شخص بالغ.</translation>
    </message>
    <message>
        <source>Written down by %1.</source>
        <translation>كتبه %1.</translation>
    </message>
    <message>
        <source>Read back and agreed.</source>
        <translation>قُرئ عليه ووافق.</translation>
    </message>
    <message>
        <source>Read back and agreed on %1.</source>
        <translation>قُرئ عليه ووافق في %1.</translation>
    </message>
    <message>
        <source>Read back; %1 did not agree it was right.</source>
        <translation>قُرئ عليه؛ لم يوافق %1 على أنه صحيح.</translation>
    </message>
    <message>
        <source>Read back on %1; %2 did not agree it was right.</source>
        <translation>قُرئ عليه في %1؛ لم يوافق %2 على أنه صحيح.</translation>
    </message>
    <message>
        <source>Not yet read back.</source>
        <translation>لم يُقرأ عليه بعد.</translation>
    </message>
    <message>
        <source>Moved from the single wishes and feelings box of an older case file.</source>
        <translation>نُقل من خانة الرغبات والمشاعر الوحيدة في ملف حالة أقدم.</translation>
    </message>
    <message>
        <source>Worker</source>
        <translation>الأخصائي</translation>
    </message>
    <message>
        <source>Review, court</source>
        <translation>مراجعة، محكمة</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>العائلة</translation>
    </message>
    <message>
        <source>My carer and me, in my own book</source>
        <translation>أنا ومن يعتني بي، في كتابي أنا</translation>
    </message>
    <message>
        <source>Child&apos;s book</source>
        <translation>كتاب الطفل</translation>
    </message>
    <message>
        <source>a tiny bit</source>
        <translation>قليل جدًا</translation>
    </message>
    <message>
        <source>a little</source>
        <translation>قليلًا</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>متوسط</translation>
    </message>
    <message>
        <source>quite big</source>
        <translation>كبير نوعًا ما</translation>
    </message>
    <message>
        <source>really big</source>
        <translation>كبير جدًا</translation>
    </message>
    <message>
        <source>How big the worry felt: %1 (%2 of %3)</source>
        <translation>حجم القلق كما شعر به: %1 (%2 من %3)</translation>
    </message>
</context>
<context>
    <name>VoiceTableModel</name>
    <message>
        <source>Waiting for an answer</source>
        <translation>بانتظار جواب</translation>
    </message>
    <message>
        <source>Answered, not told yet</source>
        <translation>أُجيب عنه، ولم يُخبَر بعد</translation>
    </message>
    <message>
        <source>Answered and told</source>
        <translation>أُجيب عنه وأُخبر</translation>
    </message>
    <message>
        <source>Waiting: %1 has been and gone</source>
        <translation>بانتظار: %1 انعقدت وانتهت</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>أُجيب عنه</translation>
    </message>
    <message>
        <source>(not told yet)</source>
        <translation>(لم يُخبَر بعد)</translation>
    </message>
    <message>
        <source>Date not known</source>
        <translation>التاريخ غير معروف</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>«%1»</translation>
    </message>
    <message>
        <source>When</source>
        <translation>متى</translation>
    </message>
    <message>
        <source>About</source>
        <translation>الموضوع</translation>
    </message>
    <message>
        <source>What they said</source>
        <translation>ما قاله</translation>
    </message>
    <message>
        <source>Who may see it</source>
        <translation>من يمكنه رؤيته</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>ما حدث</translation>
    </message>
    <message>
        <source>Not answered, no review since</source>
        <translation>لم يُجب عنه، ولا مراجعة منذ ذلك</translation>
    </message>
    <message>
        <source>(chose not to say)</source>
        <translation>(اختار ألّا يقول)</translation>
    </message>
    <message>
        <source>(said in their own voice: a recording)</source>
        <translation>(قاله بصوته: تسجيل)</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Start a new life story</source>
        <translation>بدء قصة حياة جديدة</translation>
    </message>
    <message>
        <source>Make a new, private story file protected by a passphrase.</source>
        <translation>إنشاء ملف قصة جديد وخاص محمي بعبارة مرور.</translation>
    </message>
    <message>
        <source>Open a life story</source>
        <translation>فتح قصة حياة</translation>
    </message>
    <message>
        <source>Carry on with a story you have already started.</source>
        <translation>أكمل قصة بدأتها من قبل.</translation>
    </message>
    <message>
        <source>Explore the demo</source>
        <translation>استكشاف القصة التجريبية</translation>
    </message>
    <message>
        <source>Look around a made-up story to see what Belonging can do. Nothing you change is kept.</source>
        <translation>تجوّل في قصة متخيّلة لترى ما يستطيع Belonging فعله. لا يُحفظ أي شيء تغيّره.</translation>
    </message>
    <message>
        <source>Clear list</source>
        <translation>مسح القائمة</translation>
    </message>
    <message>
        <source>Belonging logo</source>
        <translation>شعار Belonging</translation>
    </message>
    <message>
        <source>Belonging</source>
        <translation>Belonging</translation>
    </message>
    <message>
        <source>A safe place for a child&apos;s story and the people who matter to them.</source>
        <translation>مكان آمن لقصة الطفل وللأشخاص المهمّين له.</translation>
    </message>
    <message>
        <source>&amp;Recent life stories</source>
        <translation>قصص الحياة ال&amp;أخيرة</translation>
    </message>
    <message>
        <source>Recent life stories</source>
        <translation>قصص الحياة الأخيرة</translation>
    </message>
    <message>
        <source>Press Enter to open the selected story.</source>
        <translation>اضغط Enter لفتح القصة المحددة.</translation>
    </message>
    <message>
        <source>Stories you open will be listed here.</source>
        <translation>ستظهر هنا القصص التي تفتحها.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Open the made-up demo life story at start-up.</source>
        <translation>فتح قصة الحياة التجريبية المتخيّلة عند البدء.</translation>
    </message>
    <message>
        <source>Life-story work and relationship mapping with children in care.</source>
        <translation>عمل قصة الحياة ورسم خرائط العلاقات مع الأطفال في الرعاية.</translation>
    </message>
    <message>
        <source>A life story file to open.</source>
        <translation>ملف قصة حياة لفتحه.</translation>
    </message>
    <message>
        <source>Write the demo life story to PATH (passphrase from standard input).</source>
        <translation>كتابة قصة الحياة التجريبية في PATH (عبارة المرور من الإدخال القياسي).</translation>
    </message>
    <message>
        <source>Check a life story&apos;s passphrase and integrity (passphrase from standard input). Exit codes: 0 fine, 2 wrong passphrase, 3 not a Belonging file, 4 damaged, 5 newer version, 1 other problem.</source>
        <translation>التحقق من عبارة مرور قصة حياة ومن سلامتها (عبارة المرور من الإدخال القياسي). رموز الخروج: 0 سليم، 2 عبارة مرور خاطئة، 3 ليس ملف Belonging، 4 تالف، 5 إصدار أحدث، 1 مشكلة أخرى.</translation>
    </message>
</context>
</TS>
