<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="cy_GB">
<context>
    <name>AboutChildDialog</name>
    <message>
        <source>C&amp;hoose a photo…</source>
        <translation>&amp;Dewis llun…</translation>
    </message>
    <message>
        <source>Take the photo a&amp;way</source>
        <translation>Tynnu&apos;r &amp;llun i ffwrdd</translation>
    </message>
    <message>
        <source>About the child</source>
        <translation>Am y plentyn</translation>
    </message>
    <message>
        <source>The name they like to be called</source>
        <translation>Yr enw maen nhw&apos;n hoffi cael eu galw</translation>
    </message>
    <message>
        <source>For example: Maisie</source>
        <translation>Er enghraifft: Maisie</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Enw llawn</translation>
    </message>
    <message>
        <source>When they were born</source>
        <translation>Pryd cawson nhw eu geni</translation>
    </message>
    <message>
        <source>For example: she/her, he/him, they/them</source>
        <translation>Er enghraifft: hi, fe/fo, nhw</translation>
    </message>
    <message>
        <source>Pronouns</source>
        <translation>Rhagenwau</translation>
    </message>
    <message>
        <source>What I like, what I&apos;m good at, what makes me laugh, what I want to be…</source>
        <translation>Beth dw i&apos;n ei hoffi, beth dw i&apos;n dda am ei wneud, beth sy&apos;n gwneud i mi chwerthin, beth dw i eisiau bod…</translation>
    </message>
    <message>
        <source>All about me</source>
        <translation>Popeth amdana i</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Llun</translation>
    </message>
    <message>
        <source>The name they like to be &amp;called:</source>
        <translation>Yr enw maen nhw&apos;n hoffi cael eu &amp;galw:</translation>
    </message>
    <message>
        <source>When were they &amp;born?</source>
        <translation>Pryd cawson nhw eu ge&amp;ni?</translation>
    </message>
    <message>
        <source>&amp;Pronouns:</source>
        <translation>&amp;Rhagenwau:</translation>
    </message>
    <message>
        <source>&amp;All about me:</source>
        <translation>&amp;Popeth amdana i:</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>&amp;Enw llawn:</translation>
    </message>
    <message>
        <source>Photo:</source>
        <translation>Llun:</translation>
    </message>
    <message>
        <source>Choose a photo</source>
        <translation>Dewis llun</translation>
    </message>
    <message>
        <source>About %1</source>
        <translation>Am %1</translation>
    </message>
    <message>
        <source>No photo yet</source>
        <translation>Dim llun eto</translation>
    </message>
    <message>
        <source>Type a name first — the one they like to be called.</source>
        <translation>Teipiwch enw yn gyntaf — yr un maen nhw&apos;n hoffi cael eu galw.</translation>
    </message>
    <message>
        <source>The birthday is not clear yet: try “12 May 2015”, “spring 2015” or “about 2015”, or leave it empty.</source>
        <translation>Dydy&apos;r pen-blwydd ddim yn glir eto: rhowch gynnig ar “12 Mai 2015”, “gwanwyn 2015” neu “tua 2015”, neu gadewch e&apos;n wag.</translation>
    </message>
</context>
<context>
    <name>AddPerson</name>
    <message>
        <source>Add %1</source>
        <translation>Ychwanegu %1</translation>
    </message>
</context>
<context>
    <name>AddRelationship</name>
    <message>
        <source>Connect %1 and %2</source>
        <translation>Cysylltu %1 a %2</translation>
    </message>
</context>
<context>
    <name>BookComposer</name>
    <message>
        <source>date not known</source>
        <translation>dyddiad ddim yn hysbys</translation>
    </message>
    <message>
        <source>My life story</source>
        <translation>Stori fy mywyd</translation>
    </message>
    <message>
        <source>%1&apos;s life story</source>
        <translation>Stori bywyd %1</translation>
    </message>
    <message>
        <source>A copy to share with my family</source>
        <translation>Copi i&apos;w rannu gyda fy nheulu</translation>
    </message>
    <message>
        <source>The people and places that are part of me</source>
        <translation>Y bobl a&apos;r lleoedd sy&apos;n rhan ohona i</translation>
    </message>
    <message>
        <source>Made on %1</source>
        <translation>Wedi&apos;i gwneud ar %1</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Cynnwys</translation>
    </message>
    <message>
        <source>All about me</source>
        <translation>Popeth amdana i</translation>
    </message>
    <message>
        <source>I was born on %1.</source>
        <translation>Ces i fy ngeni ar %1.</translation>
    </message>
    <message>
        <source>The people who matter to me</source>
        <translation>Y bobl sy&apos;n bwysig i mi</translation>
    </message>
    <message>
        <source>What I&apos;d like you to know about %1:</source>
        <translation>Beth hoffwn i i chi ei wybod am %1:</translation>
    </message>
    <message>
        <source>Where I have lived</source>
        <translation>Ble rydw i wedi byw</translation>
    </message>
    <message>
        <source>From %1 until now</source>
        <translation>O %1 hyd heddiw</translation>
    </message>
    <message>
        <source>From %1 to %2</source>
        <translation>O %1 i %2</translation>
    </message>
    <message>
        <source>I lived with %1.</source>
        <translation>Roeddwn i&apos;n byw gyda %1.</translation>
    </message>
    <message>
        <source>My school was %1.</source>
        <translation>Fy ysgol oedd %1.</translation>
    </message>
    <message>
        <source>Why I moved: %1</source>
        <translation>Pam symudais i: %1</translation>
    </message>
    <message>
        <source>My memories</source>
        <translation>Fy atgofion</translation>
    </message>
    <message>
        <source>CONFIDENTIAL</source>
        <translation>CYFRINACHOL</translation>
    </message>
    <message>
        <source>Child:</source>
        <translation>Plentyn:</translation>
    </message>
    <message>
        <source>Known as:</source>
        <translation>Adwaenir fel:</translation>
    </message>
    <message>
        <source>Date of birth:</source>
        <translation>Dyddiad geni:</translation>
    </message>
    <message>
        <source>Prepared on:</source>
        <translation>Paratowyd ar:</translation>
    </message>
    <message>
        <source>Prepared with:</source>
        <translation>Paratowyd gyda:</translation>
    </message>
    <message>
        <source>Belonging (life-story and relationship record)</source>
        <translation>Belonging (cofnod stori bywyd a pherthnasoedd)</translation>
    </message>
    <message>
        <source>This pack contains sensitive personal information about a child. It is prepared for the court or review named above and must not be shared further. Addresses and contact details have been removed.</source>
        <translation>Mae&apos;r pecyn hwn yn cynnwys gwybodaeth bersonol sensitif am blentyn. Fe&apos;i paratowyd ar gyfer y llys neu&apos;r adolygiad a enwir uchod ac ni ddylid ei rannu ymhellach. Mae cyfeiriadau a manylion cyswllt wedi&apos;u tynnu.</translation>
    </message>
    <message>
        <source>Chronology</source>
        <translation>Cronoleg</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Rhif</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Dyddiad</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Digwyddiad</translation>
    </message>
    <message>
        <source>Source / reference</source>
        <translation>Ffynhonnell / cyfeirnod</translation>
    </message>
    <message>
        <source>Impact on the child</source>
        <translation>Effaith ar y plentyn</translation>
    </message>
    <message>
        <source>Ecomap</source>
        <translation>Ecomap</translation>
    </message>
    <message>
        <source>Ecomap of %1</source>
        <translation>Ecomap %1</translation>
    </message>
    <message>
        <source>People and relationships</source>
        <translation>Pobl a pherthnasoedd</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Enw</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôl</translation>
    </message>
    <message>
        <source>Relationship with the child</source>
        <translation>Perthynas â&apos;r plentyn</translation>
    </message>
    <message>
        <source>Contact arrangement</source>
        <translation>Trefniant cyswllt</translation>
    </message>
    <message>
        <source>Next planned contact</source>
        <translation>Cyswllt nesaf</translation>
    </message>
    <message>
        <source>Placement history</source>
        <translation>Hanes lleoliadau</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>Presennol</translation>
    </message>
    <message>
        <source>From</source>
        <translation>O</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Hyd</translation>
    </message>
    <message>
        <source>Placement</source>
        <translation>Lleoliad</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Math</translation>
    </message>
    <message>
        <source>In the child&apos;s words</source>
        <translation>Yng ngeiriau&apos;r plentyn</translation>
    </message>
    <message>
        <source>CONFIDENTIAL — %1</source>
        <translation>CYFRINACHOL — %1</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Tudalen %1 o %2</translation>
    </message>
    <message>
        <source>I was born in %1.</source>
        <translation>Ces i fy ngeni yn %1.</translation>
    </message>
    <message>
        <source>Why I came here: %1</source>
        <translation>Pam des i yma: %1</translation>
    </message>
    <message>
        <source>Court or review:</source>
        <translation>Llys neu adolygiad:</translation>
    </message>
    <message>
        <source>Case number:</source>
        <translation>Rhif yr achos:</translation>
    </message>
    <message>
        <source>Hearing or review date:</source>
        <translation>Dyddiad y gwrandawiad neu&apos;r adolygiad:</translation>
    </message>
    <message>
        <source>Prepared by:</source>
        <translation>Paratowyd gan:</translation>
    </message>
    <message>
        <source>CONFIDENTIAL — %1 — case %2</source>
        <translation>CYFRINACHOL — %1 — achos %2</translation>
    </message>
    <message>
        <source>Came: %1</source>
        <translation>Dod: %1</translation>
    </message>
    <message>
        <source>Left: %1</source>
        <translation>Gadael: %1</translation>
    </message>
    <message>
        <source>I live with %1.</source>
        <translation>Dw i&apos;n byw gyda %1.</translation>
    </message>
    <message>
        <source>Why they came and left (record)</source>
        <translation>Pam daethon nhw a gadael (cofnod)</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>“%1”</translation>
    </message>
    <message>
        <source>What I said, and what happened</source>
        <translation>Beth ddywedais i, a beth ddigwyddodd</translation>
    </message>
    <message>
        <source>I said</source>
        <translation>Dywedais i</translation>
    </message>
    <message>
        <source>On %1 I said</source>
        <translation>Ar %1 dywedais i</translation>
    </message>
    <message>
        <source>Someone asked me: %1</source>
        <translation>Gofynnodd rhywun i mi: %1</translation>
    </message>
    <message>
        <source>I felt: %1</source>
        <translation>Roeddwn i&apos;n teimlo: %1</translation>
    </message>
    <message>
        <source>What happened: %1</source>
        <translation>Beth ddigwyddodd: %1</translation>
    </message>
    <message>
        <source>What happened: we are still waiting to hear.</source>
        <translation>Beth ddigwyddodd: rydyn ni&apos;n dal i aros i glywed.</translation>
    </message>
    <message>
        <source>Why: %1</source>
        <translation>Pam: %1</translation>
    </message>
    <message>
        <source>Review pack: %1</source>
        <translation>Pecyn adolygiad: %1</translation>
    </message>
    <message>
        <source>Court pack: %1</source>
        <translation>Pecyn llys: %1</translation>
    </message>
    <message>
        <source>Review pack</source>
        <translation>Pecyn adolygiad</translation>
    </message>
    <message>
        <source>Court pack</source>
        <translation>Pecyn llys</translation>
    </message>
    <message>
        <source>The child&apos;s wishes and feelings in their own words</source>
        <translation>Dymuniadau a theimladau&apos;r plentyn yn eu geiriau eu hunain</translation>
    </message>
    <message>
        <source>Nothing %1 has said is recorded as agreed for reviews and court.</source>
        <translation>Does dim byd mae %1 wedi&apos;i ddweud wedi&apos;i gofnodi fel un y cytunwyd arno ar gyfer adolygiadau a&apos;r llys.</translation>
    </message>
    <message>
        <source>Asked: %1</source>
        <translation>Gofynnwyd: %1</translation>
    </message>
    <message>
        <source>Topic: %1</source>
        <translation>Pwnc: %1</translation>
    </message>
    <message>
        <source>Decided at: %1, %2</source>
        <translation>Penderfynwyd yn: %1, %2</translation>
    </message>
    <message>
        <source>Answer: %1</source>
        <translation>Ateb: %1</translation>
    </message>
    <message>
        <source>Told to %1 on %2.</source>
        <translation>Dywedwyd wrth %1 ar %2.</translation>
    </message>
    <message>
        <source>Told to %1.</source>
        <translation>Dywedwyd wrth %1.</translation>
    </message>
    <message>
        <source>Not yet told to %1.</source>
        <translation>Heb ddweud wrth %1 eto.</translation>
    </message>
    <message>
        <source>What the child said (verbatim)</source>
        <translation>Beth ddywedodd y plentyn (air am air)</translation>
    </message>
    <message>
        <source>How it was heard</source>
        <translation>Sut y&apos;i clywyd</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Beth ddigwyddodd</translation>
    </message>
    <message>
        <source>The child&apos;s own statement</source>
        <translation>Datganiad y plentyn ei hun</translation>
    </message>
    <message>
        <source>%1 (%2):</source>
        <translation>%1 (%2):</translation>
    </message>
    <message>
        <source>Waiting for an answer</source>
        <translation>Yn aros am ateb</translation>
    </message>
    <message>
        <source>%1: %2 — said before %3 (%4); no answer is recorded.</source>
        <translation>%1: %2 — dywedwyd cyn %3 (%4); does dim ateb wedi&apos;i gofnodi.</translation>
    </message>
    <message>
        <source>Waiting for an answer since %1 (%2).</source>
        <translation>Yn aros am ateb ers %1 (%2).</translation>
    </message>
    <message>
        <source>I drew</source>
        <translation>Tynnais i lun</translation>
    </message>
    <message>
        <source>On %1 I drew</source>
        <translation>Ar %1 tynnais i lun</translation>
    </message>
    <message>
        <source>A drawing, described: %1</source>
        <translation>Llun, wedi&apos;i ddisgrifio: %1</translation>
    </message>
    <message>
        <source>Felt: %1</source>
        <translation>Teimlo: %1</translation>
    </message>
    <message>
        <source>%1 agreed it may be seen by: %2.</source>
        <translation>Cytunodd %1 y caiff ei weld gan: %2.</translation>
    </message>
    <message>
        <source>Not to be shared with the family.</source>
        <translation>Nid i&apos;w rannu gyda&apos;r teulu.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>When I move to %1</source>
        <translation>Pan fydda i&apos;n symud i %1</translation>
    </message>
    <message>
        <source>I will keep in touch with %1.</source>
        <translation>Bydda i&apos;n cadw mewn cysylltiad â %1.</translation>
    </message>
    <message>
        <source>When I moved to %1</source>
        <translation>Pan symudais i %1</translation>
    </message>
    <message>
        <source>When I moved to %1, %2</source>
        <translation>Pan symudais i %1, %2</translation>
    </message>
    <message>
        <source>I kept in touch with %1.</source>
        <translation>Cadwais mewn cysylltiad â %1.</translation>
    </message>
    <message>
        <source>People I kept in touch with</source>
        <translation>Pobl y cadwais mewn cysylltiad â nhw</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Wedi&apos;i gynllunio</translation>
    </message>
    <message>
        <source>Relationships through moves</source>
        <translation>Perthnasoedd drwy symudiadau</translation>
    </message>
    <message>
        <source>No moves are recorded.</source>
        <translation>Does dim symudiadau wedi&apos;u cofnodi.</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>anhysbys</translation>
    </message>
    <message>
        <source>Planned move to %1, %2</source>
        <translation>Symud wedi&apos;i gynllunio i %1, %2</translation>
    </message>
    <message>
        <source>Move %1: from %2 to %3, %4</source>
        <translation>Symudiad %1: o %2 i %3, %4</translation>
    </message>
    <message>
        <source>%1; notice given: %2</source>
        <translation>%1; rhybudd a roddwyd: %2</translation>
    </message>
    <message>
        <source>How the move came about: %1.</source>
        <translation>Sut y digwyddodd y symud: %1.</translation>
    </message>
    <message>
        <source>Not decided yet, for a sibling or the current carer: %1.</source>
        <translation>Heb benderfynu eto, ar gyfer brawd neu chwaer neu&apos;r gofalwr presennol: %1.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Keeping-in-touch plan</source>
        <translation>Cynllun cadw mewn cysylltiad</translation>
    </message>
    <message>
        <source>What was planned</source>
        <translation>Beth a gynlluniwyd</translation>
    </message>
    <message>
        <source>Six months after</source>
        <translation>Chwe mis wedyn</translation>
    </message>
    <message>
        <source>Basis</source>
        <translation>Sail</translation>
    </message>
    <message>
        <source>Why, as recorded: %1</source>
        <translation>Pam, fel y&apos;i cofnodwyd: %1</translation>
    </message>
    <message>
        <source>Why, in the child&apos;s words: %1</source>
        <translation>Pam, yng ngeiriau&apos;r plentyn: %1</translation>
    </message>
    <message>
        <source>My family tree</source>
        <translation>Fy nghoeden deulu</translation>
    </message>
    <message>
        <source>Genogram</source>
        <translation>Genogram</translation>
    </message>
    <message>
        <source>Genogram of %1</source>
        <translation>Genogram %1</translation>
    </message>
    <message>
        <source>My own map, as I saw it on %1. The closer to me, the closer they feel.</source>
        <translation>Fy map fy hun, fel roeddwn i’n ei weld ar %1. Po agosaf ata i, agosaf maen nhw’n teimlo.</translation>
    </message>
    <message>
        <source>My own map of the people in my life</source>
        <translation>Fy map fy hun o’r bobl yn fy mywyd</translation>
    </message>
    <message>
        <source>I told this in my own voice too (a recording).</source>
        <translation>Dywedais i hyn yn fy llais fy hun hefyd (recordiad).</translation>
    </message>
    <message>
        <source>I chose not to say.</source>
        <translation>Dewisais i beidio â dweud.</translation>
    </message>
    <message>
        <source>I said it in my own voice (a recording).</source>
        <translation>Dywedais i hyn yn fy llais fy hun (recordiad).</translation>
    </message>
    <message>
        <source>The child chose not to say.</source>
        <translation>Dewisodd y plentyn beidio â dweud.</translation>
    </message>
    <message>
        <source>A recording in the child&apos;s own voice was made; it is kept in the encrypted case file, not in this document.</source>
        <translation>Gwnaed recordiad yn llais y plentyn ei hun; caiff ei gadw yn ffeil yr achos wedi’i hamgryptio, nid yn y ddogfen hon.</translation>
    </message>
    <message>
        <source>The child&apos;s own map</source>
        <translation>Map y plentyn ei hun</translation>
    </message>
    <message>
        <source>Made by %1 in Belonging&apos;s child mode, with an adult beside them, on %2: each person placed close, in the middle or further away, as %1 chose. Marks: + closer than on the ecomap, − further away, ! not on the ecomap.</source>
        <translation>Gwnaed gan %1 ym modd plentyn Belonging, gydag oedolyn wrth eu hochr, ar %2: pob person wedi’i osod yn agos, yn y canol neu’n bellach i ffwrdd, fel y dewisodd %1. Marciau: + yn agosach nag ar yr ecomap, − yn bellach i ffwrdd, ! nid ar yr ecomap.</translation>
    </message>
    <message>
        <source>%1&apos;s own map, %2</source>
        <translation>Map %1 ei hun, %2</translation>
    </message>
    <message>
        <source>Where the child&apos;s map and the ecomap differ</source>
        <translation>Ble mae map y plentyn a’r ecomap yn wahanol</translation>
    </message>
    <message>
        <source>They agree.</source>
        <translation>Maen nhw’n cytuno.</translation>
    </message>
    <message>
        <source>Earlier maps by %1, kept in the case file: %2.</source>
        <translation>Mapiau cynharach gan %1, wedi’u cadw yn ffeil yr achos: %2.</translation>
    </message>
</context>
<context>
    <name>BookExport</name>
    <message>
        <source>The book could not be prepared.</source>
        <translation>Doedd dim modd paratoi&apos;r llyfr.</translation>
    </message>
    <message>
        <source>Making the PDF was stopped. Nothing was saved.</source>
        <translation>Cafodd gwneud y PDF ei atal. Chafodd dim byd ei gadw.</translation>
    </message>
    <message>
        <source>The PDF could not be finished.</source>
        <translation>Doedd dim modd gorffen y PDF.</translation>
    </message>
    <message>
        <source>Ages as at %1. “c.” before a year: the year is not known exactly.</source>
        <translation>Oedrannau fel yr oeddent ar %1. Mae “c.” cyn blwyddyn yn golygu nad yw’r flwyddyn yn hysbys yn union.</translation>
    </message>
</context>
<context>
    <name>BookPane</name>
    <message>
        <source>A page for the &amp;people who matter</source>
        <translation>Tudalen i&apos;r &amp;bobl sy&apos;n bwysig</translation>
    </message>
    <message>
        <source>&amp;Where I have lived / placement history</source>
        <translation>Ble rydw i wedi b&amp;yw / hanes lleoliadau</translation>
    </message>
    <message>
        <source>&amp;Memories and photos</source>
        <translation>&amp;Atgofion a lluniau</translation>
    </message>
    <message>
        <source>&amp;Chronology</source>
        <translation>&amp;Cronoleg</translation>
    </message>
    <message>
        <source>&quot;&amp;Impact on the child&quot; column</source>
        <translation>Colofn &quot;&amp;Effaith ar y plentyn&quot;</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>Cadw fel &amp;PDF…</translation>
    </message>
    <message>
        <source>Books</source>
        <translation>Llyfrau</translation>
    </message>
    <message>
        <source>Who is it for?</source>
        <translation>I bwy mae e?</translation>
    </message>
    <message>
        <source>A life-story &amp;book for the child</source>
        <translation>&amp;Llyfr stori bywyd i&apos;r plentyn</translation>
    </message>
    <message>
        <source>What goes in</source>
        <translation>Beth sy&apos;n mynd i mewn</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>Llythyr UDA</translation>
    </message>
    <message>
        <source>Page size</source>
        <translation>Maint tudalen</translation>
    </message>
    <message>
        <source>Pa&amp;ge size:</source>
        <translation>Ma&amp;int tudalen:</translation>
    </message>
    <message>
        <source>People to leave out entirely</source>
        <translation>Pobl i&apos;w gadael allan yn llwyr</translation>
    </message>
    <message>
        <source>What will be left out</source>
        <translation>Beth fydd yn cael ei adael allan</translation>
    </message>
    <message>
        <source>People to &amp;leave out entirely:</source>
        <translation>Pobl i&apos;w gadael alla&amp;n yn llwyr:</translation>
    </message>
    <message>
        <source>&lt;b&gt;What will be left out&lt;/b&gt;</source>
        <translation>&lt;b&gt;Beth fydd yn cael ei adael allan&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Nothing: everything in the story goes in.</source>
        <translation>Dim byd: mae popeth yn y stori&apos;n mynd i mewn.</translation>
    </message>
    <message>
        <source>%1: 1 page.</source>
        <translation>%1: 1 dudalen.</translation>
    </message>
    <message>
        <source>%1: %2 pages.</source>
        <translation>%1: %2 tudalen.</translation>
    </message>
    <message>
        <source>Preview: %1</source>
        <translation>Rhagolwg: %1</translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation>Wrthi&apos;n argraffu…</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stopio</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Cadw fel PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Dogfennau PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Making the PDF…</source>
        <translation>Wrthi&apos;n gwneud y PDF…</translation>
    </message>
    <message>
        <source>No court or review named yet: the cover will not say who it is for.</source>
        <translation>Dim llys nac adolygiad wedi&apos;i enwi eto: ni fydd y clawr yn dweud ar gyfer pwy y mae.</translation>
    </message>
    <message>
        <source>%1, case %2</source>
        <translation>%1, achos %2</translation>
    </message>
    <message>
        <source>The ec&amp;omap, with its key</source>
        <translation>Yr &amp;ecomap, gyda&apos;i allwedd</translation>
    </message>
    <message>
        <source>W&amp;ishes and feelings</source>
        <translation>&amp;Dymuniadau a theimladau</translation>
    </message>
    <message>
        <source>Put the child&apos;s name in the PDF&apos;s &amp;details</source>
        <translation>Rhoi enw&apos;r plentyn ym &amp;manylion y PDF</translation>
    </message>
    <message>
        <source>P&amp;review…</source>
        <translation>&amp;Rhagolwg…</translation>
    </message>
    <message>
        <source>Pri&amp;nt…</source>
        <translation>Argraff&amp;u…</translation>
    </message>
    <message>
        <source>Co&amp;urt or review details…</source>
        <translation>&amp;Manylion y llys neu&apos;r adolygiad…</translation>
    </message>
    <message>
        <source>A copy for the birth famil&amp;y</source>
        <translation>Copi i&apos;r &amp;teulu biolegol</translation>
    </message>
    <message>
        <source>A review p&amp;ack (for the review meeting)</source>
        <translation>Pecyn ad&amp;olygiad (ar gyfer y cyfarfod adolygu)</translation>
    </message>
    <message>
        <source>A court pac&amp;k</source>
        <translation>Pecyn lly&amp;s</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>“%1”</translation>
    </message>
    <message>
        <source>Words a child may not know: %1. Change them where they were typed.</source>
        <translation>Geiriau efallai nad yw plentyn yn eu gwybod: %1. Newidiwch nhw lle cawson nhw eu teipio.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>The family &amp;tree, with its key</source>
        <translation>Y goeden deulu, gyda&apos;i &amp;hallwedd</translation>
    </message>
</context>
<context>
    <name>CaseArchive</name>
    <message>
        <source>A file with that name is already there. Choose another name.</source>
        <translation>Mae ffeil gyda&apos;r enw hwnnw yno&apos;n barod. Dewiswch enw arall.</translation>
    </message>
    <message>
        <source>The disk is full, so the export could not be saved, and nothing was left behind. Free some space, or choose another place.</source>
        <translation>Mae&apos;r ddisg yn llawn, felly doedd dim modd cadw&apos;r allforio, ac ni adawyd dim ar ôl. Rhyddhewch ychydig o le, neu dewiswch le arall.</translation>
    </message>
    <message>
        <source>That folder cannot be changed (it may be on a locked memory stick or belong to someone else). Choose another place.</source>
        <translation>Does dim modd newid y ffolder honno (efallai ei bod ar gof bach wedi&apos;i gloi neu&apos;n perthyn i rywun arall). Dewiswch le arall.</translation>
    </message>
    <message>
        <source>That folder is not there any more. Choose another place.</source>
        <translation>Nid yw&apos;r ffolder honno yno mwyach. Dewiswch le arall.</translation>
    </message>
    <message>
        <source>The export could not be saved. Try another place.</source>
        <translation>Doedd dim modd cadw&apos;r allforio. Rhowch gynnig ar le arall.</translation>
    </message>
    <message>
        <source>A picture in the archive is damaged or is not a picture.</source>
        <translation>Mae llun yn yr archif wedi&apos;i ddifrodi neu nid llun mohono.</translation>
    </message>
    <message>
        <source>This export is protected. Type its passphrase.</source>
        <translation>Mae&apos;r allforio hwn wedi&apos;i ddiogelu. Teipiwch ei gyfrinymadrodd.</translation>
    </message>
    <message>
        <source>That is not the passphrase of this export. Try again.</source>
        <translation>Nid dyna gyfrinymadrodd yr allforio hwn. Rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <source>This is not a life story exported from Belonging.</source>
        <translation>Nid stori bywyd a allforiwyd o Belonging yw hon.</translation>
    </message>
    <message>
        <source>This export is damaged or incomplete, so nothing was brought in. If you have another copy, try that one.</source>
        <translation>Mae&apos;r allforio hwn wedi&apos;i ddifrodi neu&apos;n anghyflawn, felly ni ddaethpwyd â dim i mewn. Os oes gennych gopi arall, rhowch gynnig ar hwnnw.</translation>
    </message>
    <message>
        <source>This story was exported by a newer version of Belonging. Update Belonging to bring it in.</source>
        <translation>Allforiwyd y stori hon gan fersiwn mwy newydd o Belonging. Diweddarwch Belonging i ddod â hi i mewn.</translation>
    </message>
    <message>
        <source>This archive holds things Belonging never writes (other files, links, or files in other places), so nothing was brought in.</source>
        <translation>Mae&apos;r archif hon yn cynnwys pethau nad yw Belonging byth yn eu hysgrifennu (ffeiliau eraill, dolenni, neu ffeiliau mewn mannau eraill), felly ni ddaethpwyd â dim i mewn.</translation>
    </message>
    <message>
        <source>A file in this archive is far bigger than any Belonging writes, so nothing was brought in.</source>
        <translation>Mae ffeil yn yr archif hon yn llawer mwy nag unrhyw un y mae Belonging yn ei hysgrifennu, felly ni ddaethpwyd â dim i mewn.</translation>
    </message>
    <message>
        <source>The export could not be made. There may not be enough memory free.</source>
        <translation>Doedd dim modd gwneud yr allforio. Efallai nad oes digon o gof yn rhydd.</translation>
    </message>
    <message>
        <source>This export could not be read. Check that it is still there and that you are allowed to read it.</source>
        <translation>Doedd dim modd darllen yr allforio hwn. Gwiriwch ei fod yno o hyd a bod gennych hawl i&apos;w ddarllen.</translation>
    </message>
    <message>
        <source>A recording in the archive is damaged or is not a recording.</source>
        <translation>Mae recordiad yn yr archif wedi’i ddifrodi neu nid yw’n recordiad.</translation>
    </message>
</context>
<context>
    <name>CaseJson</name>
    <message>
        <source>The story&apos;s file has a value it cannot use (%1, “%2”).</source>
        <translation>Mae gan ffeil y stori werth na all ei ddefnyddio (%1, “%2”).</translation>
    </message>
    <message>
        <source>The story&apos;s file has something that is not a record in “%1”.</source>
        <translation>Mae gan ffeil y stori rywbeth nad yw&apos;n gofnod yn “%1”.</translation>
    </message>
    <message>
        <source>This is not a life story exported from Belonging.</source>
        <translation>Nid stori bywyd a allforiwyd o Belonging yw hon.</translation>
    </message>
    <message>
        <source>This story was exported by a newer version of Belonging. Update Belonging to bring it in.</source>
        <translation>Allforiwyd y stori hon gan fersiwn mwy newydd o Belonging. Diweddarwch Belonging i ddod â hi i mewn.</translation>
    </message>
    <message>
        <source>The story&apos;s file has two records with the same id in “%1”.</source>
        <translation>Mae gan ffeil y stori ddau gofnod gyda&apos;r un rhif adnabod yn “%1”.</translation>
    </message>
    <message>
        <source>The story&apos;s file has a picture of a kind Belonging does not keep.</source>
        <translation>Mae gan ffeil y stori lun o fath nad yw Belonging yn ei gadw.</translation>
    </message>
    <message>
        <source>The story&apos;s file names a picture that is not where it should be.</source>
        <translation>Mae ffeil y stori yn enwi llun nad yw lle dylai fod.</translation>
    </message>
    <message>
        <source>The story&apos;s file links to something that is not in it. It may be damaged.</source>
        <translation>Mae ffeil y stori yn cysylltu â rhywbeth nad yw ynddi. Efallai ei bod wedi&apos;i difrodi.</translation>
    </message>
    <message>
        <source>The story&apos;s file has a recording of a kind Belonging does not keep.</source>
        <translation>Mae gan ffeil y stori recordiad o fath nad yw Belonging yn ei gadw.</translation>
    </message>
</context>
<context>
    <name>CaseWorkspace</name>
    <message>
        <source>PNG picture (*.png);;SVG drawing (*.svg)</source>
        <translation>Llun PNG (*.png);;Llun SVG (*.svg)</translation>
    </message>
    <message>
        <source>Belonging</source>
        <translation>Belonging</translation>
    </message>
    <message>
        <source>%1&apos;s story</source>
        <translation>Stori %1</translation>
    </message>
    <message>
        <source>People who matter</source>
        <translation>Pobl sy&apos;n bwysig</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Llinell amser</translation>
    </message>
    <message>
        <source>Moves</source>
        <translation>Symudiadau</translation>
    </message>
    <message>
        <source>Moves (to plan)</source>
        <translation>Symudiadau (i&apos;w cynllunio)</translation>
    </message>
    <message>
        <source>My say</source>
        <translation>Fy llais</translation>
    </message>
    <message>
        <source>My say (%1 waiting)</source>
        <translation>Fy llais (%1 yn aros)</translation>
    </message>
    <message>
        <source>Books</source>
        <translation>Llyfrau</translation>
    </message>
    <message>
        <source>The story</source>
        <translation>Y stori</translation>
    </message>
    <message>
        <source>Books and packs</source>
        <translation>Llyfrau a phecynnau</translation>
    </message>
    <message>
        <source>Later life letter</source>
        <translation>Llythyr bywyd diweddarach</translation>
    </message>
    <message>
        <source>Books and letters</source>
        <translation>Llyfrau a llythyrau</translation>
    </message>
    <message>
        <source>Sent to the printer “%1”.</source>
        <translation>Wedi’i anfon at yr argraffydd “%1”.</translation>
    </message>
    <message>
        <source>GEDCOM family trees (*.ged *.GED);;All files (*)</source>
        <translation>Coed teulu GEDCOM (*.ged *.GED);;Pob ffeil (*)</translation>
    </message>
    <message>
        <source>GEDCOM family trees (*.ged)</source>
        <translation>Coed teulu GEDCOM (*.ged)</translation>
    </message>
    <message>
        <source>Family tree</source>
        <translation>Coeden deulu</translation>
    </message>
    <message>
        <source>Child mode: the child&apos;s own space</source>
        <translation>Modd y plentyn: lle’r plentyn ei hun</translation>
    </message>
    <message>
        <source>Big buttons and reading aloud for the child (Ctrl+8); leaving asks for the password</source>
        <translation>Botymau mawr a darllen yn uchel i’r plentyn (Ctrl+8); mae gadael yn gofyn am y cyfrinair</translation>
    </message>
</context>
<context>
    <name>ChildMapCompare</name>
    <message>
        <source>close</source>
        <translation>yn agos</translation>
    </message>
    <message>
        <source>in the middle</source>
        <translation>yn y canol</translation>
    </message>
    <message>
        <source>further away</source>
        <translation>yn bellach i ffwrdd</translation>
    </message>
    <message>
        <source>%1 puts %2 closer than the adults&apos; map does (%3, not %4).</source>
        <translation>Mae %1 yn rhoi %2 yn agosach nag y mae map yr oedolion yn ei wneud (%3, nid %4).</translation>
    </message>
    <message>
        <source>%1 puts %2 further away than the adults&apos; map does (%3, not %4).</source>
        <translation>Mae %1 yn rhoi %2 yn bellach i ffwrdd nag y mae map yr oedolion yn ei wneud (%3, nid %4).</translation>
    </message>
    <message>
        <source>%1 put %2 on their map (%3); the adults&apos; map does not have them.</source>
        <translation>Rhoddodd %1 %2 ar eu map (%3); nid ydyn nhw ar fap yr oedolion.</translation>
    </message>
    <message>
        <source>%2 is on the adults&apos; map (%3) but not on %1&apos;s.</source>
        <translation>Mae %2 ar fap yr oedolion (%3) ond nid ar fap %1.</translation>
    </message>
</context>
<context>
    <name>ChildMapPicture</name>
    <message>
        <source>Me</source>
        <translation>Fi</translation>
    </message>
</context>
<context>
    <name>ChildMapView</name>
    <message>
        <source>My people: how close each person feels</source>
        <translation>Fy mhobl: pa mor agos mae pob person yn teimlo</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Nobody is on the map yet.</source>
        <translation>Does neb ar y map eto.</translation>
    </message>
</context>
<context>
    <name>ChildModeView</name>
    <message>
        <source>Grown-ups</source>
        <translation>Oedolion</translation>
    </message>
    <message>
        <source>Back to the grown-ups&apos; view (needs the password)</source>
        <translation>Yn ôl i olwg yr oedolion (mae angen y cyfrinair)</translation>
    </message>
    <message>
        <source>Read this out loud</source>
        <translation>Darllen hwn yn uchel</translation>
    </message>
    <message>
        <source>Read out loud: %1</source>
        <translation>Darllen yn uchel: %1</translation>
    </message>
    <message>
        <source>What would you like to do?</source>
        <translation>Beth hoffet ti ei wneud?</translation>
    </message>
    <message>
        <source>My say: tell us what you think</source>
        <translation>Fy llais: dywed wrthym beth rwyt ti’n ei feddwl</translation>
    </message>
    <message>
        <source>What is good in your life right now?</source>
        <translation>Beth sy’n dda yn dy fywyd ar hyn o bryd?</translation>
    </message>
    <message>
        <source>Is anything worrying you?</source>
        <translation>Oes rhywbeth yn dy boeni di?</translation>
    </message>
    <message>
        <source>If you could wish for anything, what would it be?</source>
        <translation>Pe gallet ti ddymuno unrhyw beth, beth fyddai e?</translation>
    </message>
    <message>
        <source>How do you feel about where you live?</source>
        <translation>Sut wyt ti’n teimlo am y lle rwyt ti’n byw?</translation>
    </message>
    <message>
        <source>Who would you like to see more?</source>
        <translation>Pwy hoffet ti eu gweld yn amlach?</translation>
    </message>
    <message>
        <source>Type your words here (a grown-up can help)</source>
        <translation>Teipia dy eiriau yma (gall oedolyn helpu)</translation>
    </message>
    <message>
        <source>Your words</source>
        <translation>Dy eiriau</translation>
    </message>
    <message>
        <source>Save my words</source>
        <translation>Cadw fy ngeiriau</translation>
    </message>
    <message>
        <source>Skip this one</source>
        <translation>Neidio dros hwn</translation>
    </message>
    <message>
        <source>I don&apos;t want to say</source>
        <translation>Dydw i ddim eisiau dweud</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Yn ôl</translation>
    </message>
    <message>
        <source>Ask your grown-up to type the password.</source>
        <translation>Gofyn i dy oedolyn deipio’r cyfrinair.</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Cyfrinair</translation>
    </message>
    <message>
        <source>Go to the grown-ups&apos; view</source>
        <translation>Mynd i olwg yr oedolion</translation>
    </message>
    <message>
        <source>Stay here</source>
        <translation>Aros yma</translation>
    </message>
    <message>
        <source>My space</source>
        <translation>Fy lle i</translation>
    </message>
    <message>
        <source>%1&apos;s space</source>
        <translation>Lle %1</translation>
    </message>
    <message>
        <source>That&apos;s all the questions for now. Thank you for telling us.</source>
        <translation>Dyna’r holl gwestiynau am nawr. Diolch am ddweud wrthym.</translation>
    </message>
    <message>
        <source>Thank you. Your words are saved.</source>
        <translation>Diolch. Mae dy eiriau wedi’u cadw.</translation>
    </message>
    <message>
        <source>That is not the password. Ask your grown-up to try again.</source>
        <translation>Nid dyna’r cyfrinair. Gofyn i dy oedolyn drio eto.</translation>
    </message>
    <message>
        <source>How do you feel about it? You can pick faces too.</source>
        <translation>Sut wyt ti’n teimlo am hyn? Galli di ddewis wynebau hefyd.</translation>
    </message>
    <message>
        <source>Question %1 of %2</source>
        <translation>Cwestiwn %1 o %2</translation>
    </message>
    <message>
        <source>That&apos;s fine. You don&apos;t have to say.</source>
        <translation>Mae hynny’n iawn. Does dim rhaid i ti ddweud.</translation>
    </message>
    <message>
        <source>Choose a photo</source>
        <translation>Dewis llun</translation>
    </message>
    <message>
        <source>My people: who is close to me</source>
        <translation>Fy mhobl: pwy sy’n agos ata i</translation>
    </message>
    <message>
        <source>My memories: add one</source>
        <translation>Fy atgofion: ychwanega un</translation>
    </message>
    <message>
        <source>My book: read my story</source>
        <translation>Fy llyfr: darllen fy stori</translation>
    </message>
    <message>
        <source>How big is the worry?</source>
        <translation>Pa mor fawr yw’r pryder?</translation>
    </message>
    <message>
        <source>The worry is %1</source>
        <translation>Mae’r pryder yn %1</translation>
    </message>
    <message>
        <source>Thank you. Your voice is saved.</source>
        <translation>Diolch. Mae dy lais wedi’i gadw.</translation>
    </message>
</context>
<context>
    <name>ChildViewPanel</name>
    <message>
        <source>Which day&apos;s map</source>
        <translation>Map pa ddiwrnod</translation>
    </message>
    <message>
        <source>Marks: + closer than on the adults&apos; map, − further away, ! only on the child&apos;s map.</source>
        <translation>Marciau: + yn agosach nag ar fap yr oedolion, − yn bellach i ffwrdd, ! ar fap y plentyn yn unig.</translation>
    </message>
    <message>
        <source>%1&apos;s own map</source>
        <translation>Map %1 ei hun</translation>
    </message>
    <message>
        <source>The child</source>
        <translation>Y plentyn</translation>
    </message>
    <message>
        <source>As %1 saw it on %2</source>
        <translation>Fel y gwelodd %1 hi ar %2</translation>
    </message>
    <message>
        <source>%1 has not made their own map yet. They can in Child Mode, under “My people”.</source>
        <translation>Nid yw %1 wedi gwneud ei fap ei hun eto. Gall wneud hynny ym Modd Plentyn, o dan “Fy mhobl”.</translation>
    </message>
    <message>
        <source>%1&apos;s map and the adults&apos; map agree.</source>
        <translation>Mae map %1 a map yr oedolion yn cytuno.</translation>
    </message>
</context>
<context>
    <name>Chronology</name>
    <message>
        <source>In the child&apos;s words: “%1”</source>
        <translation>Yng ngeiriau&apos;r plentyn: “%1”</translation>
    </message>
    <message>
        <source>Home: %1 (%2)</source>
        <translation>Cartref: %1 (%2)</translation>
    </message>
    <message>
        <source>Moved from %1 to %2 (%3)</source>
        <translation>Symud o %1 i %2 (%3)</translation>
    </message>
    <message>
        <source>Left %1</source>
        <translation>Gadael %1</translation>
    </message>
    <message>
        <source>Outcome: %1</source>
        <translation>Canlyniad: %1</translation>
    </message>
    <message>
        <source>Planned move from %1 to %2 (%3)</source>
        <translation>Symud wedi&apos;i gynllunio o %1 i %2 (%3)</translation>
    </message>
</context>
<context>
    <name>Command</name>
    <message>
        <source>Edit the line between %1 and %2</source>
        <translation>Golygu&apos;r llinell rhwng %1 a %2</translation>
    </message>
    <message>
        <source>Make the line to %1 “%2”</source>
        <translation>Gwneud y llinell at %1 yn “%2”</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>Ychwanegu %1</translation>
    </message>
    <message>
        <source>Change %1</source>
        <translation>Newid %1</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>Tynnu %1</translation>
    </message>
    <message>
        <source>the child</source>
        <translation>y plentyn</translation>
    </message>
    <message>
        <source>Add what %1 said</source>
        <translation>Ychwanegu beth ddywedodd %1</translation>
    </message>
    <message>
        <source>Change what %1 said</source>
        <translation>Newid beth ddywedodd %1</translation>
    </message>
    <message>
        <source>Answer what %1 said</source>
        <translation>Ateb beth ddywedodd %1</translation>
    </message>
    <message>
        <source>Remove what %1 said</source>
        <translation>Tynnu beth ddywedodd %1</translation>
    </message>
    <message>
        <source>Keeping in touch after the move to %1</source>
        <translation>Cadw mewn cysylltiad ar ôl y symud i %1</translation>
    </message>
    <message>
        <source>Write “%1”</source>
        <translation>Ysgrifennu “%1”</translation>
    </message>
    <message>
        <source>Start “%1” from the facts</source>
        <translation>Dechrau “%1” o&apos;r ffeithiau</translation>
    </message>
    <message>
        <source>Change the letter&apos;s details</source>
        <translation>Newid manylion y llythyr</translation>
    </message>
    <message>
        <source>Permission for %1: %2</source>
        <translation>Caniatâd ar gyfer %1: %2</translation>
    </message>
    <message>
        <source>Add a parent</source>
        <translation>Ychwanegu rhiant</translation>
    </message>
    <message>
        <source>Remove a parent&apos;s line</source>
        <translation>Tynnu llinell rhiant</translation>
    </message>
    <message>
        <source>Change a parent&apos;s line</source>
        <translation>Newid llinell rhiant</translation>
    </message>
    <message>
        <source>Add partners</source>
        <translation>Ychwanegu partneriaid</translation>
    </message>
    <message>
        <source>Remove partners</source>
        <translation>Tynnu partneriaid</translation>
    </message>
    <message>
        <source>Change partners</source>
        <translation>Newid partneriaid</translation>
    </message>
    <message>
        <source>Mark as twins</source>
        <translation>Nodi fel efeilliaid</translation>
    </message>
    <message>
        <source>Unmark twins</source>
        <translation>Dad-nodi efeilliaid</translation>
    </message>
    <message>
        <source>Change twins</source>
        <translation>Newid efeilliaid</translation>
    </message>
    <message>
        <source>Add a pregnancy lost</source>
        <translation>Ychwanegu beichiogrwydd a gollwyd</translation>
    </message>
    <message>
        <source>Remove a pregnancy lost</source>
        <translation>Tynnu beichiogrwydd a gollwyd</translation>
    </message>
    <message>
        <source>Change a pregnancy lost</source>
        <translation>Newid beichiogrwydd a gollwyd</translation>
    </message>
    <message>
        <source>Move in the family tree</source>
        <translation>Symud yn y goeden deulu</translation>
    </message>
    <message>
        <source>Tidy the family tree</source>
        <translation>Tacluso&apos;r goeden deulu</translation>
    </message>
    <message>
        <source>Put %1 on the map</source>
        <translation>Rhoi %1 ar y map</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>rhywun</translation>
    </message>
    <message>
        <source>Move %1 on the child&apos;s own map</source>
        <translation>Symud %1 ar fap y plentyn ei hun</translation>
    </message>
    <message>
        <source>Put %1 on the child&apos;s own map</source>
        <translation>Rhoi %1 ar fap y plentyn ei hun</translation>
    </message>
    <message>
        <source>Take %1 off the child&apos;s own map</source>
        <translation>Tynnu %1 oddi ar fap y plentyn ei hun</translation>
    </message>
</context>
<context>
    <name>CommandBar</name>
    <message>
        <source>More commands</source>
        <translation>Rhagor o orchmynion</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Passphrase:</source>
        <translation>Cyfrinymadrodd:</translation>
    </message>
    <message>
        <source>Please give the passphrase on standard input.</source>
        <translation>Rhowch y cyfrinymadrodd ar y mewnbwn safonol.</translation>
    </message>
    <message>
        <source>Wrote %1 pages to %2.</source>
        <translation>Ysgrifennwyd %1 tudalen i %2.</translation>
    </message>
    <message>
        <source>Left out: %1</source>
        <translation>Wedi&apos;i adael allan: %1</translation>
    </message>
    <message>
        <source>Choose a passphrase for the demo:</source>
        <translation>Dewiswch gyfrinymadrodd ar gyfer yr enghraifft:</translation>
    </message>
    <message>
        <source>Please give a passphrase of at least 8 characters on standard input.</source>
        <translation>Rhowch gyfrinymadrodd o 8 nod o leiaf ar y mewnbwn safonol.</translation>
    </message>
    <message>
        <source>Wrote the demo life story to %1.</source>
        <translation>Ysgrifennwyd y stori bywyd enghreifftiol i %1.</translation>
    </message>
    <message>
        <source>Fine: the passphrase is right and the life story is undamaged.</source>
        <translation>Iawn: mae&apos;r cyfrinymadrodd yn gywir a does dim niwed i&apos;r stori bywyd.</translation>
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
        <translation>Defnydd: belonging handover --for new-carers|adopters|young-person|birth-family|worker
                            ACHOS -o COPI.belonging
                            [--leave-out ENW]... [--from ENW] [--letter FFEIL]
Yn gwneud copi o stori&apos;r bywyd sy&apos;n cynnwys dim ond yr hyn y caiff y derbynnydd hwnnw ei gael,
gyda&apos;i gyfrinymadrodd ei hun, ac yn cofnodi&apos;r trosglwyddo yn y ddwy ffeil.
Mewnbwn safonol: cyfrinymadrodd y stori ar y llinell gyntaf, un y copi ar yr ail.
Heb ail linell, gwneir cyfrinymadrodd o chwe gair a&apos;i argraffu unwaith.
Mae --leave-out yn gadael person allan hefyd (yr enw maen nhw&apos;n cael eu hadnabod wrtho, neu
eu henw llawn); mae --letter yn ffeil testun plaen a ddangosir pan agorir y copi gyntaf.</translation>
    </message>
    <message>
        <source>The letter file could not be read, or is larger than 1 MB.</source>
        <translation>Doedd dim modd darllen ffeil y llythyr, neu mae&apos;n fwy nag 1 MB.</translation>
    </message>
    <message>
        <source>Nobody in this story is called “%1”.</source>
        <translation>Does neb yn y stori hon o&apos;r enw “%1”.</translation>
    </message>
    <message>
        <source>Passphrase for the copy (empty: make one of words):</source>
        <translation>Cyfrinymadrodd ar gyfer y copi (gwag: gwneud un o eiriau):</translation>
    </message>
    <message>
        <source>The copy&apos;s passphrase (write it down and give it separately): %1</source>
        <translation>Cyfrinymadrodd y copi (ysgrifennwch ef i lawr a&apos;i roi ar wahân): %1</translation>
    </message>
    <message>
        <source>Please give the copy a passphrase of at least 8 characters.</source>
        <translation>Rhowch gyfrinymadrodd o 8 nod o leiaf i&apos;r copi.</translation>
    </message>
    <message>
        <source>Wrote the copy for “%1” to %2.</source>
        <translation>Ysgrifennwyd y copi ar gyfer “%1” i %2.</translation>
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
        <translation>Defnydd: belonging archive ACHOS -o STORI.zip [--plain]
         belonging import STORI.zip -o NEWYDD.belonging
Mae archive yn ysgrifennu&apos;r stori gyfan fel case.json a ffeiliau lluniau mewn un archif ZIP,
wedi&apos;i hamgryptio ag AES-256 (mae 7-Zip ac offer eraill yn ei hagor gyda&apos;r cyfrinymadrodd).
Mewnbwn safonol: cyfrinymadrodd y stori, yna un yr archif.
Mae --plain yn ei hysgrifennu heb ei hamgryptio, i unrhyw un sydd â&apos;r ffeil ei darllen.
Mae import yn gwneud stori bywyd newydd o archif o&apos;r fath. Mewnbwn safonol: cyfrinymadrodd
yr archif (llinell wag os nad oes un), yna un y stori newydd.</translation>
    </message>
    <message>
        <source>Passphrase for the archive:</source>
        <translation>Cyfrinymadrodd ar gyfer yr archif:</translation>
    </message>
    <message>
        <source>Please give the archive a passphrase of at least 8 characters on standard input, or choose --plain.</source>
        <translation>Rhowch gyfrinymadrodd o 8 nod o leiaf i&apos;r archif ar y mewnbwn safonol, neu dewiswch --plain.</translation>
    </message>
    <message>
        <source>Wrote the whole story, not encrypted, to %1.</source>
        <translation>Ysgrifennwyd y stori gyfan, heb ei hamgryptio, i %1.</translation>
    </message>
    <message>
        <source>Wrote the whole story, encrypted, to %1.</source>
        <translation>Ysgrifennwyd y stori gyfan, wedi&apos;i hamgryptio, i %1.</translation>
    </message>
    <message>
        <source>Passphrase of the archive:</source>
        <translation>Cyfrinymadrodd yr archif:</translation>
    </message>
    <message>
        <source>Choose a passphrase for the new story:</source>
        <translation>Dewiswch gyfrinymadrodd ar gyfer y stori newydd:</translation>
    </message>
    <message>
        <source>Please give the new story a passphrase of at least 8 characters on standard input.</source>
        <translation>Rhowch gyfrinymadrodd o 8 nod o leiaf i&apos;r stori newydd ar y mewnbwn safonol.</translation>
    </message>
    <message>
        <source>Brought the story in as %1 (people: %2, memories: %3, pictures: %4).</source>
        <translation>Daethpwyd â&apos;r stori i mewn fel %1 (pobl: %2, atgofion: %3, lluniau: %4).</translation>
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
        <translation>Defnydd: belonging merge ACHOS COPI-ARALL [--mine|--theirs]
Yn dod â&apos;r newidiadau a wnaed mewn copi arall o&apos;r un stori i mewn i ACHOS: mae&apos;r hyn
sy&apos;n newydd yno yn cael ei ychwanegu, mae&apos;r hyn a newidiodd y copi arall yn unig yn cael
ei gymryd, ac mae&apos;r hyn a dynnodd (heb ei newid yma) yn cael ei dynnu. Lle newidiodd y
ddau gopi yr un peth, neu lle tynnodd un yr hyn a newidiodd y llall, ni ysgrifennir dim
oni bai bod --mine (cadw&apos;r copi hwn) neu --theirs (cymryd y llall) yn dweud sut i setlo
pob un; rhestrir y cwestiynau. Un trafodyn: os caiff ei atal hanner ffordd, mae ACHOS
fel yr oedd. Mewnbwn safonol: cyfrinymadrodd ACHOS, yna cyfrinymadrodd y copi arall.</translation>
    </message>
    <message>
        <source>Passphrase of the other copy:</source>
        <translation>Cyfrinymadrodd y copi arall:</translation>
    </message>
    <message>
        <source>Please give the other copy&apos;s passphrase on the second line of standard input.</source>
        <translation>Rhowch gyfrinymadrodd y copi arall ar ail linell y mewnbwn safonol.</translation>
    </message>
    <message>
        <source>Nothing to bring in: this copy already has everything in %1.</source>
        <translation>Dim byd i ddod i mewn: mae popeth sydd yn %1 yn y copi hwn yn barod.</translation>
    </message>
    <message>
        <source>Both changed: %1 — %2. This copy: “%3”. The other: “%4”.</source>
        <translation>Newidiodd y ddau: %1 — %2. Y copi hwn: “%3”. Y llall: “%4”.</translation>
    </message>
    <message>
        <source>Removed here, changed in the other copy: %1.</source>
        <translation>Wedi&apos;i dynnu yma, wedi&apos;i newid yn y copi arall: %1.</translation>
    </message>
    <message>
        <source>Removed in the other copy, changed here: %1.</source>
        <translation>Wedi&apos;i dynnu yn y copi arall, wedi&apos;i newid yma: %1.</translation>
    </message>
    <message>
        <source>Nothing was changed. Both copies changed the things listed: choose --mine or --theirs, or bring the copies together in Belonging to choose one by one.</source>
        <translation>Ni newidiwyd dim. Newidiodd y ddau gopi y pethau a restrwyd: dewiswch --mine neu --theirs, neu dewch â&apos;r copïau at ei gilydd yn Belonging i ddewis fesul un.</translation>
    </message>
    <message>
        <source>Brought in from %1: %2 new, %3 changed, %4 removed.</source>
        <translation>Daethpwyd â nhw i mewn o %1: %2 newydd, %3 wedi newid, %4 wedi&apos;u tynnu.</translation>
    </message>
    <message>
        <source>Those are the same file. Name the other person&apos;s copy second.</source>
        <translation>Yr un ffeil yw&apos;r rheini. Enwch gopi&apos;r person arall yn ail.</translation>
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
        <translation>Defnydd: belonging demo LLWYBR    (yn ysgrifennu stori bywyd y demo i LLWYBR)
         belonging check LLWYBR   (yn gwirio&apos;r cyfrinymadrodd a&apos;r ffeil)
         belonging export --audience book|family|review|court ACHOS -o ALLAN.pdf
                          [--page-size a4|letter]
         belonging handover --for DERBYNYDD ACHOS -o COPI.belonging  (gweler --help)
         belonging archive ACHOS -o STORI.zip [--plain]   (yr allforio agored)
         belonging import STORI.zip -o NEWYDD.belonging
         belonging merge ACHOS COPI-ARALL [--mine|--theirs]
       belonging gedcom import ACHOS COEDEN.ged [--child XREF]
       belonging gedcom export ACHOS -o COEDEN.ged
Darllenir y cyfrinymadrodd o&apos;r mewnbwn safonol.</translation>
    </message>
    <message>
        <source>1 person</source>
        <translation>1 person</translation>
    </message>
    <message>
        <source>%1 people</source>
        <translation>%1 o bobl</translation>
    </message>
    <message>
        <source>1 family</source>
        <translation>1 teulu</translation>
    </message>
    <message>
        <source>%1 families</source>
        <translation>%1 o deuluoedd</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 a %2</translation>
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
        <translation>Defnydd: belonging gedcom import ACHOS COEDEN.ged [--child XREF]
         belonging gedcom export ACHOS -o COEDEN.ged
Mae import yn ychwanegu pawb mewn coeden deulu GEDCOM (5.5.1 neu 7.0) at ACHOS fel
pobl newydd, gyda phwy yw rhiant a phartner pwy; does neb sydd yno eisoes yn newid.
Mae --child yn enwi&apos;r person yn y ffeil (e.e. @I4@) sef y plentyn y mae&apos;r stori
amdano. Mae&apos;n dangos faint o bobl a theuluoedd a ychwanegwyd a phob llinell na
ellid ei darllen. Mae export yn ysgrifennu siâp y teulu fel GEDCOM 7: enwau, rhyw,
geni, marw, rhieni a phartneriaid; caiff pobl breifat a phopeth arall eu gadael
allan. Mewnbwn safonol: cyfrinymadrodd ACHOS.</translation>
    </message>
    <message>
        <source>The family tree file could not be read. Check that it is there.</source>
        <translation>Doedd dim modd darllen ffeil y goeden deulu. Gwiriwch ei bod hi yno.</translation>
    </message>
    <message>
        <source>That file is far bigger than any family tree; nothing was added.</source>
        <translation>Mae&apos;r ffeil honno&apos;n llawer mwy nag unrhyw goeden deulu; ni ychwanegwyd dim.</translation>
    </message>
    <message>
        <source>The family tree could not be saved there. Try another place.</source>
        <translation>Doedd dim modd cadw&apos;r goeden deulu yno. Rhowch gynnig ar le arall.</translation>
    </message>
    <message>
        <source>Wrote %1 to %2.</source>
        <translation>Ysgrifennwyd %1 i %2.</translation>
    </message>
    <message>
        <source>No people were found in that file, so nothing was added. Is it a GEDCOM family tree?</source>
        <translation>Ni chafwyd hyd i neb yn y ffeil honno, felly ni ychwanegwyd dim. Ai coeden deulu GEDCOM yw hi?</translation>
    </message>
    <message>
        <source>Added %1.</source>
        <translation>Ychwanegwyd %1.</translation>
    </message>
</context>
<context>
    <name>CopyMerge</name>
    <message>
        <source>That file is this copy of the story, not another one.</source>
        <translation>Y ffeil honno yw&apos;r copi hwn o&apos;r stori, nid un arall.</translation>
    </message>
    <message>
        <source>That file is a different life story, not a copy of this one, so the two cannot be brought together. (Copies saved before this version of Belonging cannot be brought together either.)</source>
        <translation>Mae&apos;r ffeil honno&apos;n stori bywyd wahanol, nid copi o&apos;r un hon, felly ni ellir dod â&apos;r ddwy at ei gilydd. (Ni ellir dod â chopïau a gadwyd cyn y fersiwn hon o Belonging at ei gilydd chwaith.)</translation>
    </message>
</context>
<context>
    <name>CourtDetailsDialog</name>
    <message>
        <source>Court or review details</source>
        <translation>Manylion y llys neu&apos;r adolygiad</translation>
    </message>
    <message>
        <source>For example: Cardiff Family Court, or Looked-after review</source>
        <translation>Er enghraifft: Llys Teulu Caerdydd, neu Adolygiad plentyn sy&apos;n derbyn gofal</translation>
    </message>
    <message>
        <source>Court or review</source>
        <translation>Llys neu adolygiad</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>Rhif yr achos</translation>
    </message>
    <message>
        <source>Date of the hearing or review</source>
        <translation>Dyddiad y gwrandawiad neu&apos;r adolygiad</translation>
    </message>
    <message>
        <source>Prepared by</source>
        <translation>Paratowyd gan</translation>
    </message>
    <message>
        <source>For example: Social worker</source>
        <translation>Er enghraifft: Gweithiwr cymdeithasol</translation>
    </message>
    <message>
        <source>Their role</source>
        <translation>Eu rôl</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Sefydliad</translation>
    </message>
    <message>
        <source>Printed on the cover of the court and review pack; the case number is also printed at the foot of every page.</source>
        <translation>Wedi&apos;i argraffu ar glawr pecyn y llys a&apos;r adolygiad; mae rhif yr achos hefyd ar waelod pob tudalen.</translation>
    </message>
    <message>
        <source>&amp;Court or review:</source>
        <translation>Llys neu a&amp;dolygiad:</translation>
    </message>
    <message>
        <source>Case &amp;number:</source>
        <translation>&amp;Rhif yr achos:</translation>
    </message>
    <message>
        <source>&amp;Hearing or review date:</source>
        <translation>Dyddiad y &amp;gwrandawiad neu&apos;r adolygiad:</translation>
    </message>
    <message>
        <source>&amp;Prepared by:</source>
        <translation>&amp;Paratowyd gan:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>Rô&amp;l:</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Sefydliad:</translation>
    </message>
    <message>
        <source>The date is not clear yet: try “12 May 2027” or leave it empty.</source>
        <translation>Dydy&apos;r dyddiad ddim yn glir eto: rhowch gynnig ar “12 Mai 2027” neu gadewch e&apos;n wag.</translation>
    </message>
</context>
<context>
    <name>DateCheck</name>
    <message>
        <source>This date is in the future. Is that right?</source>
        <translation>Mae&apos;r dyddiad hwn yn y dyfodol. Ydy hynny&apos;n iawn?</translation>
    </message>
    <message>
        <source>This is before you were born. That&apos;s fine for family history.</source>
        <translation>Mae hyn cyn i ti gael dy eni. Mae hynny&apos;n iawn ar gyfer hanes y teulu.</translation>
    </message>
    <message>
        <source>The end date is before the start date.</source>
        <translation>Mae&apos;r dyddiad gorffen cyn y dyddiad dechrau.</translation>
    </message>
</context>
<context>
    <name>DemoCase</name>
    <message>
        <source>she/her</source>
        <translation>hi</translation>
    </message>
    <message>
        <source>I am Maisie. I am 11. I love drawing, swimming and my dog Biscuit. My favourite food is Nana&apos;s shepherd&apos;s pie.</source>
        <translation>Maisie ydw i. Rydw i&apos;n 11 oed. Rydw i wrth fy modd yn tynnu lluniau, nofio a fy nghi Biscuit. Fy hoff fwyd yw pastai&apos;r bugail Nain.</translation>
    </message>
    <message>
        <source>Mum</source>
        <translation>Mam</translation>
    </message>
    <message>
        <source>Dad</source>
        <translation>Dad</translation>
    </message>
    <message>
        <source>Big brother, 14</source>
        <translation>Brawd mawr, 14</translation>
    </message>
    <message>
        <source>Little sister, 4, adopted</source>
        <translation>Chwaer fach, 4, wedi&apos;i mabwysiadu</translation>
    </message>
    <message>
        <source>Nana</source>
        <translation>Nain</translation>
    </message>
    <message>
        <source>Mum&apos;s mum</source>
        <translation>Mam Mam</translation>
    </message>
    <message>
        <source>Emergency carer</source>
        <translation>Gofalwr brys</translation>
    </message>
    <message>
        <source>Social worker until 2023</source>
        <translation>Gweithiwr cymdeithasol tan 2023</translation>
    </message>
    <message>
        <source>Mr Evans</source>
        <translation>Mr Evans</translation>
    </message>
    <message>
        <source>Year 6 teacher</source>
        <translation>Athro Blwyddyn 6</translation>
    </message>
    <message>
        <source>Play therapist</source>
        <translation>Therapydd chwarae</translation>
    </message>
    <message>
        <source>Dog</source>
        <translation>Ci</translation>
    </message>
    <message>
        <source>Mum gives the best hugs. Sometimes she is poorly and can&apos;t come, and that makes me sad.</source>
        <translation>Mam sy&apos;n rhoi&apos;r cwtshys gorau. Weithiau mae hi&apos;n sâl ac yn methu dod, ac mae hynny&apos;n fy ngwneud i&apos;n drist.</translation>
    </message>
    <message>
        <source>Nana is kind and funny and she always has biscuits. I feel safe at Nana&apos;s.</source>
        <translation>Mae Nain yn garedig ac yn ddoniol ac mae ganddi fisgedi bob amser. Rydw i&apos;n teimlo&apos;n saff yn nhŷ Nain.</translation>
    </message>
    <message>
        <source>Tyler is my big brother. We play football when we see each other. I miss him.</source>
        <translation>Tyler yw fy mrawd mawr. Rydyn ni&apos;n chwarae pêl-droed pan rydyn ni&apos;n gweld ein gilydd. Rydw i&apos;n ei golli e.</translation>
    </message>
    <message>
        <source>Ruby is my little sister. She lives with her new family. I send her a letter and a drawing every year.</source>
        <translation>Ruby yw fy chwaer fach. Mae hi&apos;n byw gyda&apos;i theulu newydd. Rydw i&apos;n anfon llythyr a llun ati bob blwyddyn.</translation>
    </message>
    <message>
        <source>Biscuit is the best dog in the world.</source>
        <translation>Biscuit yw&apos;r ci gorau yn y byd.</translation>
    </message>
    <message>
        <source>Whereabouts not known since 2019.</source>
        <translation>Ddim yn gwybod ble mae e ers 2019.</translation>
    </message>
    <message>
        <source>Supervised, at the family centre</source>
        <translation>Dan oruchwyliaeth, yn y ganolfan deulu</translation>
    </message>
    <message>
        <source>Day trips and school holidays</source>
        <translation>Tripiau dydd a gwyliau ysgol</translation>
    </message>
    <message>
        <source>One letter a year, through the adoption team</source>
        <translation>Un llythyr y flwyddyn, drwy&apos;r tîm mabwysiadu</translation>
    </message>
    <message>
        <source>Living with Mum</source>
        <translation>Byw gyda Mam</translation>
    </message>
    <message>
        <source>Mum was poorly and couldn&apos;t look after me and Tyler properly. It wasn&apos;t my fault.</source>
        <translation>Roedd Mam yn sâl a doedd hi ddim yn gallu edrych ar fy ôl i a Tyler yn iawn. Nid fy mai i oedd e.</translation>
    </message>
    <message>
        <source>Accommodated under s.76 following escalating neglect concerns and maternal mental health crisis.</source>
        <translation>Lletywyd dan a.76 yn dilyn pryderon cynyddol am esgeulustod ac argyfwng iechyd meddwl y fam.</translation>
    </message>
    <message>
        <source>Sue&apos;s house</source>
        <translation>Tŷ Sue</translation>
    </message>
    <message>
        <source>Sue&apos;s husband got very ill and I had to move really quickly. I didn&apos;t get to say goodbye to my friends.</source>
        <translation>Aeth gŵr Sue yn sâl iawn a bu&apos;n rhaid i mi symud yn gyflym iawn. Ches i ddim cyfle i ffarwelio â fy ffrindiau.</translation>
    </message>
    <message>
        <source>Placement ended at short notice (24 hours) due to carer&apos;s family illness; emergency placement identified.</source>
        <translation>Daeth y lleoliad i ben ar fyr rybudd (24 awr) oherwydd salwch yn nheulu&apos;r gofalwr; nodwyd lleoliad brys.</translation>
    </message>
    <message>
        <source>Lisa&apos;s flat</source>
        <translation>Fflat Lisa</translation>
    </message>
    <message>
        <source>Nana got approved to look after me!</source>
        <translation>Cafodd Nain ei chymeradwyo i edrych ar fy ôl i!</translation>
    </message>
    <message>
        <source>Planned move to connected person (maternal grandmother) following positive kinship assessment.</source>
        <translation>Symud wedi&apos;i gynllunio at berson cysylltiedig (nain ar ochr y fam) yn dilyn asesiad cadarnhaol o ofalwr sy&apos;n perthyn.</translation>
    </message>
    <message>
        <source>Nana&apos;s house</source>
        <translation>Tŷ Nain</translation>
    </message>
    <message>
        <source>My 4th birthday</source>
        <translation>Fy mhen-blwydd yn 4 oed</translation>
    </message>
    <message>
        <source>Mum made a pink cake with four candles.</source>
        <translation>Gwnaeth Mam gacen binc gyda phedair cannwyll.</translation>
    </message>
    <message>
        <source>Feeding the ducks</source>
        <translation>Bwydo&apos;r hwyaid</translation>
    </message>
    <message>
        <source>Tyler and me fed the ducks at the park. One duck chased me!</source>
        <translation>Buodd Tyler a fi&apos;n bwydo&apos;r hwyaid yn y parc. Roedd un hwyaden yn fy nghwrso i!</translation>
    </message>
    <message>
        <source>When Ruby was born</source>
        <translation>Pan gafodd Ruby ei geni</translation>
    </message>
    <message>
        <source>She was really tiny and she grabbed my finger.</source>
        <translation>Roedd hi&apos;n fach fach ac fe gydiodd hi yn fy mys.</translation>
    </message>
    <message>
        <source>First night at Sue&apos;s</source>
        <translation>Noson gyntaf yn nhŷ Sue</translation>
    </message>
    <message>
        <source>I was scared but Sue let me have the landing light on.</source>
        <translation>Roedd ofn arna i ond gadawodd Sue i mi gael golau&apos;r landin ymlaen.</translation>
    </message>
    <message>
        <source>Sue&apos;s garden</source>
        <translation>Gardd Sue</translation>
    </message>
    <message>
        <source>There was a swing in the big tree.</source>
        <translation>Roedd siglen yn y goeden fawr.</translation>
    </message>
    <message>
        <source>Video calls with Tyler</source>
        <translation>Galwadau fideo gyda Tyler</translation>
    </message>
    <message>
        <source>We could only see each other on the tablet for ages.</source>
        <translation>Dim ond ar y dabled roedden ni&apos;n gallu gweld ein gilydd am amser hir.</translation>
    </message>
    <message>
        <source>My 5th birthday</source>
        <translation>Fy mhen-blwydd yn 5 oed</translation>
    </message>
    <message>
        <source>Sue made a cake and Helen brought a present.</source>
        <translation>Gwnaeth Sue gacen a daeth Helen ag anrheg.</translation>
    </message>
    <message>
        <source>Learning to swim</source>
        <translation>Dysgu nofio</translation>
    </message>
    <message>
        <source>I got my 10 metres badge!</source>
        <translation>Ces i fy mathodyn 10 metr!</translation>
    </message>
    <message>
        <source>Beach day with Tyler</source>
        <translation>Diwrnod ar y traeth gyda Tyler</translation>
    </message>
    <message>
        <source>We built the biggest sandcastle ever.</source>
        <translation>Adeiladon ni&apos;r castell tywod mwyaf erioed.</translation>
    </message>
    <message>
        <source>Moving to Lisa&apos;s</source>
        <translation>Symud at Lisa</translation>
    </message>
    <message>
        <source>It all happened really fast.</source>
        <translation>Digwyddodd y cyfan yn gyflym iawn.</translation>
    </message>
    <message>
        <source>Lisa&apos;s cat</source>
        <translation>Cath Lisa</translation>
    </message>
    <message>
        <source>Lisa had a grumpy cat called Pepper.</source>
        <translation>Roedd gan Lisa gath bwdlyd o&apos;r enw Pepper.</translation>
    </message>
    <message>
        <source>Moving to Nana&apos;s</source>
        <translation>Symud at Nain</translation>
    </message>
    <message>
        <source>Nana let me choose the colour for my bedroom. I picked purple.</source>
        <translation>Gadawodd Nain i mi ddewis lliw fy ystafell wely. Dewisais i borffor.</translation>
    </message>
    <message>
        <source>Meeting Biscuit</source>
        <translation>Cwrdd â Biscuit</translation>
    </message>
    <message>
        <source>Biscuit licked my face and I laughed so much.</source>
        <translation>Llyfodd Biscuit fy wyneb a chwerthais i gymaint.</translation>
    </message>
    <message>
        <source>New school</source>
        <translation>Ysgol newydd</translation>
    </message>
    <message>
        <source>I met Lily on my first day. She showed me where everything was.</source>
        <translation>Cwrddais i â Lily ar fy niwrnod cyntaf. Dangosodd hi i mi ble roedd popeth.</translation>
    </message>
    <message>
        <source>Christmas at Nana&apos;s</source>
        <translation>Nadolig yn nhŷ Nain</translation>
    </message>
    <message>
        <source>Tyler came for the whole day. Best Christmas.</source>
        <translation>Daeth Tyler am y diwrnod cyfan. Y Nadolig gorau.</translation>
    </message>
    <message>
        <source>Biscuit&apos;s walk in the snow</source>
        <translation>Tro Biscuit yn yr eira</translation>
    </message>
    <message>
        <source>Biscuit tried to eat the snow.</source>
        <translation>Triodd Biscuit fwyta&apos;r eira.</translation>
    </message>
    <message>
        <source>Star of the week</source>
        <translation>Seren yr wythnos</translation>
    </message>
    <message>
        <source>Mr Evans gave me star of the week for my story about Biscuit.</source>
        <translation>Rhoddodd Mr Evans seren yr wythnos i mi am fy stori am Biscuit.</translation>
    </message>
    <message>
        <source>My 9th birthday</source>
        <translation>Fy mhen-blwydd yn 9 oed</translation>
    </message>
    <message>
        <source>Lily came for a sleepover.</source>
        <translation>Daeth Lily i aros dros nos.</translation>
    </message>
    <message>
        <source>Seeing Mum at the park</source>
        <translation>Gweld Mam yn y parc</translation>
    </message>
    <message>
        <source>Mum was well and we had ice creams.</source>
        <translation>Roedd Mam yn iach a chawson ni hufen iâ.</translation>
    </message>
    <message>
        <source>My 11th birthday</source>
        <translation>Fy mhen-blwydd yn 11 oed</translation>
    </message>
    <message>
        <source>Tyler and Nana and Lily and Biscuit. Pizza and bowling!</source>
        <translation>Tyler a Nain a Lily a Biscuit. Pitsa a bowlio!</translation>
    </message>
    <message>
        <source>Accommodated; placed with foster carer</source>
        <translation>Lletywyd; lleolwyd gyda gofalwr maeth</translation>
    </message>
    <message>
        <source>Maisie and Tyler accommodated; placed separately due to lack of a sibling placement.</source>
        <translation>Lletywyd Maisie a Tyler; lleolwyd ar wahân oherwydd diffyg lleoliad i frodyr a chwiorydd.</translation>
    </message>
    <message>
        <source>Placement plan PP/20/014</source>
        <translation>Cynllun lleoliad PP/20/014</translation>
    </message>
    <message>
        <source>Social worker allocated</source>
        <translation>Dyrannwyd gweithiwr cymdeithasol</translation>
    </message>
    <message>
        <source>Helen Price allocated as social worker.</source>
        <translation>Dyrannwyd Helen Price yn weithiwr cymdeithasol.</translation>
    </message>
    <message>
        <source>Case note 10/02/2020</source>
        <translation>Nodyn achos 10/02/2020</translation>
    </message>
    <message>
        <source>First looked-after child review</source>
        <translation>Adolygiad cyntaf plentyn sy&apos;n derbyn gofal</translation>
    </message>
    <message>
        <source>IRO Anita Shah chaired. Plan: assessment of maternal grandmother.</source>
        <translation>Cadeiriwyd gan y Swyddog Adolygu Annibynnol Anita Shah. Cynllun: asesu&apos;r nain ar ochr y fam.</translation>
    </message>
    <message>
        <source>LAC review minutes</source>
        <translation>Cofnodion adolygiad plentyn sy&apos;n derbyn gofal</translation>
    </message>
    <message>
        <source>Final hearing: care order</source>
        <translation>Gwrandawiad terfynol: gorchymyn gofal</translation>
    </message>
    <message>
        <source>Care order granted. Plan for kinship placement endorsed.</source>
        <translation>Rhoddwyd gorchymyn gofal. Cymeradwywyd y cynllun ar gyfer lleoliad gyda pherthynas.</translation>
    </message>
    <message>
        <source>Court order ref. CF21C00123</source>
        <translation>Cyf. gorchymyn llys CF21C00123</translation>
    </message>
    <message>
        <source>Legal certainty; plan to live with Nana.</source>
        <translation>Sicrwydd cyfreithiol; cynllun i fyw gyda Nain.</translation>
    </message>
    <message>
        <source>Emergency placement move</source>
        <translation>Symud i leoliad brys</translation>
    </message>
    <message>
        <source>Placement ended at 24 hours&apos; notice; moved to emergency foster carer.</source>
        <translation>Daeth y lleoliad i ben gyda 24 awr o rybudd; symudwyd at ofalwr maeth brys.</translation>
    </message>
    <message>
        <source>Case note 20/01/2022</source>
        <translation>Nodyn achos 20/01/2022</translation>
    </message>
    <message>
        <source>Distressed; lost contact with school friends for a term.</source>
        <translation>Gofidus; collodd gysylltiad â ffrindiau ysgol am dymor.</translation>
    </message>
    <message>
        <source>Moved to kinship placement</source>
        <translation>Symudwyd i leoliad gyda pherthynas</translation>
    </message>
    <message>
        <source>Planned move to maternal grandmother.</source>
        <translation>Symud wedi&apos;i gynllunio at y nain ar ochr y fam.</translation>
    </message>
    <message>
        <source>Placement plan PP/22/088</source>
        <translation>Cynllun lleoliad PP/22/088</translation>
    </message>
    <message>
        <source>Change of social worker</source>
        <translation>Newid gweithiwr cymdeithasol</translation>
    </message>
    <message>
        <source>Helen Price left the team; Tom Okafor allocated.</source>
        <translation>Gadawodd Helen Price y tîm; dyrannwyd Tom Okafor.</translation>
    </message>
    <message>
        <source>Case note</source>
        <translation>Nodyn achos</translation>
    </message>
    <message>
        <source>Maisie said she was sad to lose Helen and met Tom twice before the handover.</source>
        <translation>Dywedodd Maisie ei bod yn drist o golli Helen a chyfarfu â Tom ddwywaith cyn y trosglwyddo.</translation>
    </message>
    <message>
        <source>Family time with Mum</source>
        <translation>Amser teulu gyda Mam</translation>
    </message>
    <message>
        <source>Supervised contact at the family centre, 2 hours.</source>
        <translation>Cyswllt dan oruchwyliaeth yn y ganolfan deulu, 2 awr.</translation>
    </message>
    <message>
        <source>Contact record CR/26/301</source>
        <translation>Cofnod cyswllt CR/26/301</translation>
    </message>
    <message>
        <source>Warm; Mum arrived on time. Maisie showed her drawings.</source>
        <translation>Cynnes; cyrhaeddodd Mam ar amser. Dangosodd Maisie ei lluniau.</translation>
    </message>
    <message>
        <source>Looked-after child review</source>
        <translation>Adolygiad plentyn sy&apos;n derbyn gofal</translation>
    </message>
    <message>
        <source>Plan remains long-term kinship care with Nana; increase sibling time.</source>
        <translation>Mae&apos;r cynllun yn parhau&apos;n ofal tymor hir gan berthynas gyda Nain; cynyddu amser gyda brodyr a chwiorydd.</translation>
    </message>
    <message>
        <source>School</source>
        <translation>Ysgol</translation>
    </message>
    <message>
        <source>Emergency foster placement; no placement could take Maisie and Tyler together.</source>
        <translation>Lleoliad maeth brys; nid oedd unrhyw leoliad yn gallu cymryd Maisie a Tyler gyda&apos;i gilydd.</translation>
    </message>
    <message>
        <source>I asked to live with Nana and she said yes.</source>
        <translation>Gofynnais i gael byw gyda Nain a dwedodd hi ie.</translation>
    </message>
    <message>
        <source>Who would you like to see more?</source>
        <translation>Pwy hoffet ti eu gweld yn amlach?</translation>
    </message>
    <message>
        <source>I want to see Tyler more, not just in the holidays. Every week would be best.</source>
        <translation>Dw i eisiau gweld Tyler yn amlach, nid dim ond yn y gwyliau. Bob wythnos fyddai orau.</translation>
    </message>
    <message>
        <source>You said you wanted to see Tyler more. The review agreed: every two weeks from October, with video calls in between.</source>
        <translation>Dywedaist ti dy fod eisiau gweld Tyler yn amlach. Cytunodd yr adolygiad: bob pythefnos o fis Hydref, gyda galwadau fideo yn y canol.</translation>
    </message>
    <message>
        <source>Every week was not possible because Tyler plays football on Saturdays.</source>
        <translation>Doedd bob wythnos ddim yn bosibl achos mae Tyler yn chwarae pêl-droed ar ddydd Sadwrn.</translation>
    </message>
    <message>
        <source>What would make home better?</source>
        <translation>Beth fyddai&apos;n gwneud cartref yn well?</translation>
    </message>
    <message>
        <source>I want to stay living with Nana. Nothing would make it better, it is already good. Maybe a bigger bed.</source>
        <translation>Dw i eisiau aros i fyw gyda Nain. Fyddai dim byd yn ei wneud yn well, mae&apos;n dda yn barod. Efallai gwely mwy.</translation>
    </message>
    <message>
        <source>The review agreed you will keep living with Nana.</source>
        <translation>Cytunodd yr adolygiad y byddi di&apos;n dal i fyw gyda Nain.</translation>
    </message>
    <message>
        <source>I want to get letters from Ruby, and send her my drawings.</source>
        <translation>Dw i eisiau cael llythyrau gan Ruby, ac anfon fy lluniau ati hi.</translation>
    </message>
    <message>
        <source>What worries you?</source>
        <translation>Beth sy&apos;n dy boeni di?</translation>
    </message>
    <message>
        <source>Sometimes I worry Mum is cross that I like living with Nana. Please don&apos;t tell her I said that.</source>
        <translation>Weithiau dw i&apos;n poeni bod Mam yn grac fy mod i&apos;n hoffi byw gyda Nain. Plis paid â dweud wrthi hi fy mod i wedi dweud hynny.</translation>
    </message>
    <message>
        <source>Best friend at Maesycoed Primary</source>
        <translation>Ffrind gorau yn Ysgol Gynradd Maesycoed</translation>
    </message>
    <message>
        <source>Friend at Maesycoed Primary</source>
        <translation>Ffrind yn Ysgol Gynradd Maesycoed</translation>
    </message>
    <message>
        <source>Nana&apos;s new bungalow</source>
        <translation>Byngalo newydd Nana</translation>
    </message>
    <message>
        <source>Planned move: carer relocating nearer hospital for health reasons; kinship placement continues.</source>
        <translation>Symud wedi&apos;i gynllunio: y gofalwr yn symud yn nes at yr ysbyty am resymau iechyd; mae&apos;r lleoliad gyda pherthnasau&apos;n parhau.</translation>
    </message>
    <message>
        <source>Nana needs to be near the hospital. I&apos;m going too.</source>
        <translation>Mae angen i Nana fod yn agos at yr ysbyty. Dw i&apos;n mynd hefyd.</translation>
    </message>
    <message>
        <source>24 hours</source>
        <translation>24 awr</translation>
    </message>
    <message>
        <source>Helen (social worker)</source>
        <translation>Helen (gweithiwr cymdeithasol)</translation>
    </message>
    <message>
        <source>Sue&apos;s family illness; no goodbye visit was arranged</source>
        <translation>Salwch yn nheulu Sue; ni threfnwyd ymweliad ffarwél</translation>
    </message>
    <message>
        <source>Four weeks</source>
        <translation>Pedair wythnos</translation>
    </message>
    <message>
        <source>Short-term emergency carer</source>
        <translation>Gofalwr brys tymor byr</translation>
    </message>
    <message>
        <source>Three months</source>
        <translation>Tri mis</translation>
    </message>
    <message>
        <source>The adoption team</source>
        <translation>Y tîm mabwysiadu</translation>
    </message>
    <message>
        <source>Tom (social worker)</source>
        <translation>Tom (gweithiwr cymdeithasol)</translation>
    </message>
    <message>
        <source>Family time moves to the Cardiff family centre</source>
        <translation>Mae amser teulu&apos;n symud i ganolfan deulu Caerdydd</translation>
    </message>
    <message>
        <source>Nana and Lily&apos;s mum</source>
        <translation>Nana a mam Lily</translation>
    </message>
    <message>
        <source>New school after the move</source>
        <translation>Ysgol newydd ar ôl y symud</translation>
    </message>
    <message>
        <source>Your social worker</source>
        <translation>Dy weithiwr cymdeithasol</translation>
    </message>
    <message>
        <source>You were born on 12 May 2015 in Cardiff, early on a sunny Tuesday morning. Your mum chose the name Maisie because it was the name of her own nana, and she wanted you to have something of the family from the very first day.</source>
        <translation>Cest ti dy eni ar 12 Mai 2015 yng Nghaerdydd, yn gynnar ar fore dydd Mawrth heulog. Dewisodd dy fam yr enw Maisie achos dyna oedd enw ei nain ei hun, ac roedd hi eisiau i ti gael rhywbeth o&apos;r teulu o&apos;r diwrnod cyntaf un.</translation>
    </message>
    <message>
        <source>Your mum is called Kelly Jones. She loves drawing, just like you, and she kept every picture you made for her. Your dad is called Lee Turner. He was not able to look after you, but he told me he hopes you know he thinks of you on your birthday.</source>
        <translation>Enw dy fam yw Kelly Jones. Mae hi wrth ei bodd yn tynnu lluniau, yn union fel ti, ac fe gadwodd hi bob llun wnest ti iddi hi. Enw dy dad yw Lee Turner. Doedd e ddim yn gallu gofalu amdanat ti, ond dywedodd e wrtha i ei fod yn gobeithio dy fod ti&apos;n gwybod ei fod e&apos;n meddwl amdanat ti ar dy ben-blwydd.</translation>
    </message>
    <message>
        <source>When you were living with Lisa, a judge made a special guardianship order, so that you could grow up with Nana. The judge listened to what you had said, and to your mum, your nana and me, before deciding.</source>
        <translation>Pan oeddet ti&apos;n byw gyda Lisa, gwnaeth barnwr orchymyn gwarcheidiaeth arbennig, er mwyn i ti allu tyfu i fyny gyda Nana. Gwrandawodd y barnwr ar beth roeddet ti wedi&apos;i ddweud, ac ar dy fam, ar Nana ac arna i, cyn penderfynu.</translation>
    </message>
    <message>
        <source>You were brave and funny. Mr Evans told me you made the whole class laugh in the nativity play, and you never forgot to feed Biscuit.</source>
        <translation>Roeddet ti&apos;n ddewr ac yn ddoniol. Dywedodd Mr Evans wrtha i dy fod ti wedi gwneud i&apos;r dosbarth cyfan chwerthin yn nrama&apos;r geni, a doeddet ti byth yn anghofio bwydo Biscuit.</translation>
    </message>
    <message>
        <source>Grandad</source>
        <translation>Tad-cu</translation>
    </message>
    <message>
        <source>Mum&apos;s dad</source>
        <translation>Tad Mam</translation>
    </message>
    <message>
        <source>Mum&apos;s partner</source>
        <translation>Partner Mam</translation>
    </message>
    <message>
        <source>Ruby&apos;s adoptive mum</source>
        <translation>Mam fabwysiadol Ruby</translation>
    </message>
    <message>
        <source>Ruby&apos;s adoptive dad</source>
        <translation>Tad mabwysiadol Ruby</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <source>Saved</source>
        <translation>Wedi&apos;i gadw</translation>
    </message>
    <message>
        <source>Saved “%1”.</source>
        <translation>Wedi cadw “%1”.</translation>
    </message>
    <message>
        <source>Show in &amp;folder</source>
        <translation>Dangos yn y &amp;ffolder</translation>
    </message>
    <message>
        <source>Save the &amp;Hand-over Sheet…</source>
        <translation>Cadw&apos;r &amp;Daflen Drosglwyddo…</translation>
    </message>
</context>
<context>
    <name>EcomapExport</name>
    <message>
        <source>All relationships, past and present</source>
        <translation>Pob perthynas, yn y gorffennol a&apos;r presennol</translation>
    </message>
    <message>
        <source>As it was on %1</source>
        <translation>Fel yr oedd ar %1</translation>
    </message>
    <message>
        <source>The picture could not be saved there. Check that the folder exists, that you may write to it and that the disk is not full.</source>
        <translation>Doedd dim modd cadw&apos;r llun yno. Gwiriwch fod y ffolder yn bodoli, eich bod yn cael ysgrifennu iddo a bod lle ar y ddisg.</translation>
    </message>
</context>
<context>
    <name>EcomapPane</name>
    <message>
        <source>&amp;Add someone…</source>
        <translation>&amp;Ychwanegu rhywun…</translation>
    </message>
    <message>
        <source>&amp;Change…</source>
        <translation>&amp;Newid…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Tynnu</translation>
    </message>
    <message>
        <source>Save as &amp;Picture…</source>
        <translation>Cadw fel &amp;Llun…</translation>
    </message>
    <message>
        <source>&amp;Group…</source>
        <translation>&amp;Grŵp…</translation>
    </message>
    <message>
        <source>Show the map as it &amp;was on:</source>
        <translation>Dangos y map fel yr &amp;oedd ar:</translation>
    </message>
    <message>
        <source>People who matter</source>
        <translation>Pobl sy&apos;n bwysig</translation>
    </message>
    <message>
        <source>PNG picture (*.png);;SVG drawing (*.svg)</source>
        <translation>Llun PNG (*.png);;Llun SVG (*.svg)</translation>
    </message>
    <message>
        <source>Draw a named outline round the people you have selected</source>
        <translation>Tynnu amlinell ag enw o gwmpas y bobl rydych chi wedi&apos;u dewis</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>Chwyddo &amp;i mewn</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Chwyddo &amp;allan</translation>
    </message>
    <message>
        <source>&amp;Fit</source>
        <translation>&amp;Ffitio</translation>
    </message>
    <message>
        <source>Date to show the map at</source>
        <translation>Y dyddiad i ddangos y map</translation>
    </message>
    <message>
        <source>Showing everyone, past and present</source>
        <translation>Yn dangos pawb, yn y gorffennol a&apos;r presennol</translation>
    </message>
    <message>
        <source>Add someone who matters</source>
        <translation>Ychwanegu rhywun sy&apos;n bwysig</translation>
    </message>
    <message>
        <source>Change %1</source>
        <translation>Newid %1</translation>
    </message>
    <message>
        <source>Remove someone</source>
        <translation>Tynnu rhywun</translation>
    </message>
    <message>
        <source>Take %1 off the map? Their lines go too. You can undo this.</source>
        <translation>Tynnu %1 oddi ar y map? Bydd eu llinellau&apos;n mynd hefyd. Gallwch ddadwneud hyn.</translation>
    </message>
    <message>
        <source>Connect %1</source>
        <translation>Cysylltu %1</translation>
    </message>
    <message>
        <source>Draw a line between %1 and:</source>
        <translation>Tynnu llinell rhwng %1 a:</translation>
    </message>
    <message>
        <source>Make a group</source>
        <translation>Gwneud grŵp</translation>
    </message>
    <message>
        <source>What is this group called? For example: Nana&apos;s house, school, the care team.</source>
        <translation>Beth yw enw&apos;r grŵp hwn? Er enghraifft: tŷ Nain, yr ysgol, y tîm gofal.</translation>
    </message>
    <message>
        <source>Rename the group</source>
        <translation>Ailenwi&apos;r grŵp</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>Enw newydd:</translation>
    </message>
    <message>
        <source>People who matter to %1</source>
        <translation>Pobl sy&apos;n bwysig i %1</translation>
    </message>
    <message>
        <source>Save the map as a picture</source>
        <translation>Cadw&apos;r map fel llun</translation>
    </message>
    <message>
        <source>A&amp;bout the child…</source>
        <translation>A&amp;m y plentyn…</translation>
    </message>
    <message>
        <source>A&amp;bout %1…</source>
        <translation>A&amp;m %1…</translation>
    </message>
    <message>
        <source>Their name, birthday, photo and all about them</source>
        <translation>Eu henw, eu pen-blwydd, llun a phopeth amdanyn nhw</translation>
    </message>
    <message>
        <source>The day before: %1</source>
        <translation>Y diwrnod cynt: %1</translation>
    </message>
    <message>
        <source>Six months after: %1</source>
        <translation>Chwe mis wedyn: %1</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Nawr</translation>
    </message>
    <message>
        <source>The child&apos;s &amp;view</source>
        <translation>&amp;Safbwynt y plentyn</translation>
    </message>
    <message>
        <source>The child&apos;s own map beside this one, with the differences marked</source>
        <translation>Map y plentyn ei hun wrth ochr hwn, gyda’r gwahaniaethau wedi’u marcio</translation>
    </message>
    <message>
        <source>%1&apos;s &amp;view</source>
        <translation>&amp;Safbwynt %1</translation>
    </message>
</context>
<context>
    <name>EcomapScene</name>
    <message>
        <source>&amp;Change…</source>
        <translation>&amp;Newid…</translation>
    </message>
    <message>
        <source>C&amp;onnect to someone else…</source>
        <translation>C&amp;ysylltu â rhywun arall…</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Tynnu…</translation>
    </message>
    <message>
        <source>&amp;Arrows</source>
        <translation>&amp;Saethau</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Dim</translation>
    </message>
    <message>
        <source>Towards %1</source>
        <translation>Tuag at %1</translation>
    </message>
    <message>
        <source>Both ways</source>
        <translation>Y ddwy ffordd</translation>
    </message>
    <message>
        <source>Remove this &amp;line</source>
        <translation>Tynnu&apos;r &amp;llinell hon</translation>
    </message>
    <message>
        <source>&amp;Rename the group…</source>
        <translation>&amp;Ailenwi&apos;r grŵp…</translation>
    </message>
    <message>
        <source>Remove the &amp;group (keep the people)</source>
        <translation>Tynnu&apos;r &amp;grŵp (cadw&apos;r bobl)</translation>
    </message>
    <message>
        <source>&amp;About %1…</source>
        <translation>&amp;Am %1…</translation>
    </message>
    <message>
        <source>It feels: %1</source>
        <translation>Mae&apos;n teimlo: %1</translation>
    </message>
    <message>
        <source>Support goes both ways</source>
        <translation>Mae cefnogaeth yn mynd y ddwy ffordd</translation>
    </message>
    <message>
        <source>Support goes to %1</source>
        <translation>Mae cefnogaeth yn mynd at %1</translation>
    </message>
    <message>
        <source>Contact: %1</source>
        <translation>Cyswllt: %1</translation>
    </message>
    <message>
        <source>Ended %1</source>
        <translation>Daeth i ben %1</translation>
    </message>
    <message>
        <source>Kept private</source>
        <translation>Wedi&apos;i gadw&apos;n breifat</translation>
    </message>
    <message>
        <source>With %1: %2</source>
        <translation>Gyda %1: %2</translation>
    </message>
    <message>
        <source>No line to %1 yet</source>
        <translation>Dim llinell at %1 eto</translation>
    </message>
</context>
<context>
    <name>EcomapView</name>
    <message>
        <source>Map of the people who matter</source>
        <translation>Map o&apos;r bobl sy&apos;n bwysig</translation>
    </message>
    <message>
        <source>%1, at the centre of the map</source>
        <translation>%1, yng nghanol y map</translation>
    </message>
    <message>
        <source>People on the map: %1</source>
        <translation>Pobl ar y map: %1</translation>
    </message>
</context>
<context>
    <name>EditChild</name>
    <message>
        <source>Change what we know about %1</source>
        <translation>Newid beth rydyn ni&apos;n ei wybod am %1</translation>
    </message>
</context>
<context>
    <name>EditGroup</name>
    <message>
        <source>Rename the group %1</source>
        <translation>Ailenwi&apos;r grŵp %1</translation>
    </message>
</context>
<context>
    <name>EditPerson</name>
    <message>
        <source>Edit %1</source>
        <translation>Golygu %1</translation>
    </message>
</context>
<context>
    <name>EventDialog</name>
    <message>
        <source>Who was involved</source>
        <translation>Pwy oedd yn rhan ohono</translation>
    </message>
    <message>
        <source>Keep &amp;private (leave out of every book)</source>
        <translation>Cadw&apos;n breifa&amp;t (gadael allan o bob llyfr)</translation>
    </message>
    <message>
        <source>An event</source>
        <translation>Digwyddiad</translation>
    </message>
    <message>
        <source>Kind of event</source>
        <translation>Math o ddigwyddiad</translation>
    </message>
    <message>
        <source>For example: Contact with Mum at the family centre</source>
        <translation>Er enghraifft: Cyswllt gyda Mam yn y ganolfan deulu</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Beth ddigwyddodd</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Pryd</translation>
    </message>
    <message>
        <source>For contact: how it went</source>
        <translation>Ar gyfer cyswllt: sut aeth pethau</translation>
    </message>
    <message>
        <source>Document or reference, for the chronology</source>
        <translation>Dogfen neu gyfeirnod, ar gyfer y gronoleg</translation>
    </message>
    <message>
        <source>Optional: what this meant for the child</source>
        <translation>Dewisol: beth oedd hyn yn ei olygu i&apos;r plentyn</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Math:</translation>
    </message>
    <message>
        <source>&amp;What happened:</source>
        <translation>&amp;Beth ddigwyddodd:</translation>
    </message>
    <message>
        <source>Wh&amp;en:</source>
        <translation>P&amp;ryd:</translation>
    </message>
    <message>
        <source>W&amp;ho:</source>
        <translation>P&amp;wy:</translation>
    </message>
    <message>
        <source>&amp;Details:</source>
        <translation>Ma&amp;nylion:</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>&amp;Ffynhonnell:</translation>
    </message>
    <message>
        <source>&amp;Impact on the child:</source>
        <translation>&amp;Effaith ar y plentyn:</translation>
    </message>
    <message>
        <source>Say briefly what happened first.</source>
        <translation>Dywedwch yn fyr beth ddigwyddodd yn gyntaf.</translation>
    </message>
    <message>
        <source>Check the date above.</source>
        <translation>Gwiriwch y dyddiad uchod.</translation>
    </message>
    <message>
        <source>How it we&amp;nt:</source>
        <translation>&amp;Sut aeth pethau:</translation>
    </message>
</context>
<context>
    <name>FamilyImportDialog</name>
    <message>
        <source>Someone not named</source>
        <translation>Rhywun heb enw</translation>
    </message>
    <message>
        <source>%1 (%2–%3)</source>
        <translation>%1 (%2–%3)</translation>
    </message>
    <message>
        <source>Bring in a family tree</source>
        <translation>Dod â choeden deulu i mewn</translation>
    </message>
    <message>
        <source>1 person</source>
        <translation>1 person</translation>
    </message>
    <message>
        <source>%1 people</source>
        <translation>%1 o bobl</translation>
    </message>
    <message>
        <source>1 family</source>
        <translation>1 teulu</translation>
    </message>
    <message>
        <source>%1 families</source>
        <translation>%1 o deuluoedd</translation>
    </message>
    <message>
        <source>No one: add everyone as new</source>
        <translation>Neb: ychwanegu pawb fel rhai newydd</translation>
    </message>
    <message>
        <source>&amp;Which of them is %1?</source>
        <translation>&amp;Pa un ohonyn nhw yw %1?</translation>
    </message>
    <message>
        <source>Who will be added</source>
        <translation>Pwy fydd yn cael eu hychwanegu</translation>
    </message>
    <message>
        <source>What could not be &amp;read (%1), left out:</source>
        <translation>Beth na ellid ei &amp;ddarllen (%1), wedi&apos;i adael allan:</translation>
    </message>
    <message>
        <source>What could not be read</source>
        <translation>Beth na ellid ei ddarllen</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ychwanegu</translation>
    </message>
    <message>
        <source>&amp;Add 1 person</source>
        <translation>&amp;Ychwanegu 1 person</translation>
    </message>
    <message>
        <source>&amp;Add %1 people</source>
        <translation>&amp;Ychwanegu %1 o bobl</translation>
    </message>
    <message>
        <source>Who will be add&amp;ed:</source>
        <translation>Pwy fydd yn cael eu &amp;hychwanegu:</translation>
    </message>
    <message>
        <source>These look like people already in this story. &amp;Tick each one that is the same person:</source>
        <translation>Mae&apos;r rhain yn edrych fel pobl sydd eisoes yn y stori hon. &amp;Ticiwch bob un sy&apos;r un person:</translation>
    </message>
    <message>
        <source>People who may be in the story already</source>
        <translation>Pobl a allai fod yn y stori eisoes</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 is %2, already here</source>
        <translation>%1 yw %2, sydd yma eisoes</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <comment>between two years</comment>
        <translation>%1 i %2</translation>
    </message>
    <message>
        <source>c. %1</source>
        <translation>tua %1</translation>
    </message>
    <message>
        <source>“%1” has %2 and %3. Anyone you tick below as already here is joined to the person in this story (whose details stay as they are); everyone else is added to %4&apos;s family tree as someone new. New people are not put on the map of people who matter: choose who from their menu on the Family tree tab.</source>
        <translation>Mae gan “%1” %2 a %3. Mae unrhyw un rydych chi’n ei dicio isod fel rhywun sydd yma’n barod yn cael ei gysylltu â’r person yn y stori hon (mae ei fanylion yn aros fel y maen nhw); mae pawb arall yn cael eu hychwanegu at goeden deulu %4 fel rhywun newydd. Dydy pobl newydd ddim yn cael eu rhoi ar fap y bobl sy’n cyfrif: dewiswch pwy o’u dewislen ar y tab Coeden deulu.</translation>
    </message>
</context>
<context>
    <name>FamilyTree</name>
    <message>
        <source>Someone not named</source>
        <translation>Rhywun heb enw</translation>
    </message>
    <message>
        <source>1 person marked private</source>
        <translation>1 person wedi&apos;i nodi&apos;n breifat</translation>
    </message>
    <message>
        <source>%1 people marked private</source>
        <translation>%1 o bobl wedi&apos;u nodi&apos;n breifat</translation>
    </message>
    <message>
        <source>1 person who is not in the family (a carer, a worker, a friend)</source>
        <translation>1 person nad yw yn y teulu (gofalwr, gweithiwr, ffrind)</translation>
    </message>
    <message>
        <source>%1 people who are not in the family (carers, workers, friends)</source>
        <translation>%1 o bobl nad ydynt yn y teulu (gofalwyr, gweithwyr, ffrindiau)</translation>
    </message>
    <message>
        <source>Everything but names, birth and death, parents and partners: roles, addresses, phone numbers, notes, memories, what the child said, pictures and pregnancies lost</source>
        <translation>Popeth ond enwau, geni a marw, rhieni a phartneriaid: rolau, cyfeiriadau, rhifau ffôn, nodiadau, atgofion, yr hyn a ddywedodd y plentyn, lluniau a beichiogrwydd a gollwyd</translation>
    </message>
</context>
<context>
    <name>FamilyWords</name>
    <message>
        <source>Not known or not said</source>
        <translation>Ddim yn hysbys neu heb ei ddweud</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Benyw</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Gwryw</translation>
    </message>
    <message>
        <source>Non-binary</source>
        <translation>Anneuaidd</translation>
    </message>
    <message>
        <source>Birth parent</source>
        <translation>Rhiant biolegol</translation>
    </message>
    <message>
        <source>Adoptive parent</source>
        <translation>Rhiant mabwysiadol</translation>
    </message>
    <message>
        <source>Step-parent</source>
        <translation>Llys-riant</translation>
    </message>
    <message>
        <source>Foster carer</source>
        <translation>Gofalwr maeth</translation>
    </message>
    <message>
        <source>Special guardian</source>
        <translation>Gwarcheidwad arbennig</translation>
    </message>
    <message>
        <source>Kinship carer</source>
        <translation>Gofalwr sy&apos;n perthyn</translation>
    </message>
    <message>
        <source>Other parent figure</source>
        <translation>Ffigwr rhiant arall</translation>
    </message>
    <message>
        <source>Married</source>
        <translation>Priod</translation>
    </message>
    <message>
        <source>Civil partnership</source>
        <translation>Partneriaeth sifil</translation>
    </message>
    <message>
        <source>Living together</source>
        <translation>Byw gyda&apos;i gilydd</translation>
    </message>
    <message>
        <source>Engaged</source>
        <translation>Wedi dyweddïo</translation>
    </message>
    <message>
        <source>Going out together</source>
        <translation>Yn canlyn</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>Ddim yn hysbys</translation>
    </message>
    <message>
        <source>Still together</source>
        <translation>Dal gyda&apos;i gilydd</translation>
    </message>
    <message>
        <source>Separated</source>
        <translation>Wedi gwahanu</translation>
    </message>
    <message>
        <source>Divorced or dissolved</source>
        <translation>Wedi ysgaru neu ddiddymu</translation>
    </message>
    <message>
        <source>Ended by a death</source>
        <translation>Daeth i ben gyda marwolaeth</translation>
    </message>
    <message>
        <source>Miscarriage</source>
        <translation>Camesgoriad</translation>
    </message>
    <message>
        <source>Stillbirth</source>
        <translation>Marw-enedigaeth</translation>
    </message>
</context>
<context>
    <name>FuzzyDate</name>
    <message>
        <source>spring %1</source>
        <translation>y gwanwyn %1</translation>
    </message>
    <message>
        <source>summer %1</source>
        <translation>yr haf %1</translation>
    </message>
    <message>
        <source>autumn %1</source>
        <translation>yr hydref %1</translation>
    </message>
    <message>
        <source>winter %1</source>
        <translation>y gaeaf %1</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>month name, then year</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>not known yet</source>
        <translation>ddim yn hysbys eto</translation>
    </message>
    <message>
        <source>about %1</source>
        <translation>tua %1</translation>
    </message>
    <message>
        <source>before %1</source>
        <translation>cyn %1</translation>
    </message>
    <message>
        <source>after %1</source>
        <translation>ar ôl %1</translation>
    </message>
    <message>
        <source>between %1 and %2</source>
        <translation>rhwng %1 a %2</translation>
    </message>
    <message>
        <source>spring</source>
        <comment>season word when typing a date</comment>
        <translation>y gwanwyn|gwanwyn</translation>
    </message>
    <message>
        <source>summer</source>
        <comment>season word when typing a date</comment>
        <translation>yr haf|haf</translation>
    </message>
    <message>
        <source>autumn|fall</source>
        <comment>season words when typing a date, | separated</comment>
        <translation>yr hydref</translation>
    </message>
    <message>
        <source>winter</source>
        <comment>season word when typing a date</comment>
        <translation>y gaeaf|gaeaf</translation>
    </message>
    <message>
        <source>Please write the year in full, for example 2019.</source>
        <translation>Ysgrifennwch y flwyddyn yn llawn, er enghraifft 2019.</translation>
    </message>
    <message>
        <source>The year %1 does not look right. Please check it.</source>
        <translation>Dydy&apos;r flwyddyn %1 ddim yn edrych yn iawn. Gwiriwch hi.</translation>
    </message>
    <message>
        <source>There is no month number %1. Months go from 1 to 12.</source>
        <translation>Does dim mis rhif %1. Mae&apos;r misoedd yn mynd o 1 i 12.</translation>
    </message>
    <message>
        <source>%1 has no day %2.</source>
        <translation>Does dim diwrnod %2 yn %1.</translation>
    </message>
    <message>
        <source>of</source>
        <comment>filler word in &apos;summer of 2015&apos;</comment>
        <translation>o</translation>
    </message>
    <message>
        <source>Belonging could not read “%1” as a date. Try something like 12/03/2019, March 2019, summer 2015, about 2012 or between 2010 and 2012.</source>
        <translation>Doedd Belonging ddim yn gallu darllen “%1” fel dyddiad. Rhowch gynnig ar rywbeth fel 12/03/2019, Mawrth 2019, yr haf 2015, tua 2012 neu rhwng 2010 a 2012.</translation>
    </message>
    <message>
        <source>not known|not known yet|unknown|don&apos;t know</source>
        <comment>ways of saying a date is not known, | separated</comment>
        <translation>ddim yn hysbys|ddim yn hysbys eto|anhysbys|ddim yn gwybod|dim syniad</translation>
    </message>
    <message>
        <source>about|around|approximately|circa|roughly</source>
        <comment>words meaning &apos;about&apos; a date, | separated</comment>
        <translation>tua|oddeutu|o gwmpas|rhyw</translation>
    </message>
    <message>
        <source>before</source>
        <comment>as in &apos;before 2010&apos;</comment>
        <translation>cyn</translation>
    </message>
    <message>
        <source>after</source>
        <comment>as in &apos;after 2010&apos;</comment>
        <translation>ar ôl|wedi</translation>
    </message>
    <message>
        <source>between|from</source>
        <comment>as in &apos;between 2010 and 2012&apos;</comment>
        <translation>rhwng|o</translation>
    </message>
    <message>
        <source>and|to|until</source>
        <comment>as in &apos;between 2010 and 2012&apos;</comment>
        <translation>a|ac|i|tan|hyd at</translation>
    </message>
    <message>
        <source>The first date must come before the second one.</source>
        <translation>Rhaid i&apos;r dyddiad cyntaf ddod cyn yr ail.</translation>
    </message>
    <message>
        <source>Please give two dates, for example “between 2010 and 2012”.</source>
        <translation>Rhowch ddau ddyddiad, er enghraifft “rhwng 2010 a 2012”.</translation>
    </message>
    <message>
        <source>03/12/2019 (month/day/year)</source>
        <translation>03/12/2019 (mis/diwrnod/blwyddyn)</translation>
    </message>
    <message>
        <source>12/03/2019 (day/month/year)</source>
        <translation>12/03/2019 (diwrnod/mis/blwyddyn)</translation>
    </message>
</context>
<context>
    <name>FuzzyDateEdit</name>
    <message>
        <source>Not known yet — that&apos;s fine.</source>
        <translation>Ddim yn hysbys eto — mae hynny&apos;n iawn.</translation>
    </message>
    <message>
        <source>Understood as: %1</source>
        <translation>Wedi&apos;i ddeall fel: %1</translation>
    </message>
    <message>
        <source>For example: %1, summer 2015, about 2012</source>
        <translation>Er enghraifft: %1, yr haf 2015, tua 2012</translation>
    </message>
    <message>
        <source>%1 or summer 2015</source>
        <translation>%1 neu yr haf 2015</translation>
    </message>
</context>
<context>
    <name>GedcomReader</name>
    <message>
        <source>Line %1 is not a GEDCOM line, so it was skipped.</source>
        <translation>Nid yw llinell %1 yn llinell GEDCOM, felly fe&apos;i hepgorwyd.</translation>
    </message>
    <message>
        <source>Line %1 is nested deeper than the line before allows, so it was skipped.</source>
        <translation>Mae llinell %1 wedi&apos;i nythu&apos;n ddyfnach nag y mae&apos;r llinell flaenorol yn ei ganiatáu, felly fe&apos;i hepgorwyd.</translation>
    </message>
    <message>
        <source>Line %1: the date “%2” could not be read; it was left out.</source>
        <translation>Llinell %1: nid oedd modd darllen y dyddiad “%2”; fe&apos;i gadawyd allan.</translation>
    </message>
    <message>
        <source>Line %1: a family names %2, who is not in the file.</source>
        <translation>Llinell %1: mae teulu&apos;n enwi %2, nad yw yn y ffeil.</translation>
    </message>
    <message>
        <source>Line %1: %2 is said to be a child of %3, which is not in the file.</source>
        <translation>Llinell %1: dywedir bod %2 yn blentyn i %3, nad yw yn y ffeil.</translation>
    </message>
    <message>
        <source>Line %1: %2 would be their own ancestor; that link was left out.</source>
        <translation>Llinell %1: byddai %2 yn hynafiad iddo&apos;i hun; gadawyd y cysylltiad hwnnw allan.</translation>
    </message>
    <message>
        <source>The file is too big to be a family tree (more than 64 MB); nothing was read.</source>
        <translation>Mae&apos;r ffeil yn rhy fawr i fod yn goeden deulu (mwy na 64 MB); ni ddarllenwyd dim.</translation>
    </message>
    <message>
        <source>Line %1: a record without its @id@ was skipped.</source>
        <translation>Llinell %1: hepgorwyd cofnod heb ei @id@.</translation>
    </message>
    <message>
        <source>Line %1: a second record called %2 was skipped.</source>
        <translation>Llinell %1: hepgorwyd ail gofnod o&apos;r enw %2.</translation>
    </message>
    <message>
        <source>The file ends before its last line (TRLR): it may have been cut short. Everything before that was read.</source>
        <translation>Mae&apos;r ffeil yn gorffen cyn ei llinell olaf (TRLR): efallai iddi gael ei thorri&apos;n fyr. Darllenwyd popeth cyn hynny.</translation>
    </message>
    <message>
        <source>There is no family tree in this file.</source>
        <translation>Does dim coeden deulu yn y ffeil hon.</translation>
    </message>
</context>
<context>
    <name>GenogramCanvas</name>
    <message>
        <source>Family tree</source>
        <translation>Coeden deulu</translation>
    </message>
    <message>
        <source>Choose someone with the arrow keys; the Menu key adds their relatives.</source>
        <translation>Dewiswch rywun gyda&apos;r bysellau saeth; mae&apos;r fysell Dewislen yn ychwanegu eu perthnasau.</translation>
    </message>
</context>
<context>
    <name>GenogramPane</name>
    <message>
        <source>Key to the family tree</source>
        <translation>Allwedd i&apos;r goeden deulu</translation>
    </message>
    <message>
        <source>Show &amp;closeness from the map</source>
        <translation>Dangos &amp;agosrwydd o&apos;r map</translation>
    </message>
    <message>
        <source>Who the child lived with, by year</source>
        <translation>Gyda phwy roedd y plentyn yn byw, fesul blwyddyn</translation>
    </message>
    <message>
        <source>&amp;Add a relative…</source>
        <translation>Ychwanegu &amp;perthynas…</translation>
    </message>
    <message>
        <source>Family &amp;details…</source>
        <translation>&amp;Manylion teulu…</translation>
    </message>
    <message>
        <source>now</source>
        <translation>nawr</translation>
    </message>
    <message>
        <source>the child</source>
        <translation>y plentyn</translation>
    </message>
    <message>
        <source>Start with %1: choose Add a relative to add their mother, father, brothers and sisters. The family tree arranges itself.</source>
        <translation>Dechreuwch gyda %1: dewiswch Ychwanegu perthynas i ychwanegu eu mam, eu tad, eu brodyr a&apos;u chwiorydd. Mae&apos;r goeden deulu&apos;n trefnu ei hun.</translation>
    </message>
    <message>
        <source>Right-click someone (or choose them with the arrow keys and press the Menu key) to add their relatives. Alt+arrow keys move them.</source>
        <translation>De-gliciwch ar rywun (neu dewiswch nhw gyda&apos;r bysellau saeth a phwyso&apos;r fysell Dewislen) i ychwanegu eu perthnasau. Mae Alt+bysellau saeth yn eu symud.</translation>
    </message>
    <message>
        <source>Add &amp;mother…</source>
        <translation>Ychwanegu &amp;mam…</translation>
    </message>
    <message>
        <source>Add &amp;father…</source>
        <translation>Ychwanegu &amp;tad…</translation>
    </message>
    <message>
        <source>Add another &amp;parent or carer…</source>
        <translation>Ychwanegu &amp;rhiant neu ofalwr arall…</translation>
    </message>
    <message>
        <source>Add a p&amp;artner…</source>
        <translation>Ychwanegu p&amp;artner…</translation>
    </message>
    <message>
        <source>Add a &amp;child…</source>
        <translation>Ychwanegu &amp;plentyn…</translation>
    </message>
    <message>
        <source>Add a brother or &amp;sister…</source>
        <translation>Ychwanegu &amp;brawd neu chwaer…</translation>
    </message>
    <message>
        <source>Add a brother or &amp;sister (add a birth parent first)</source>
        <translation>Ychwanegu &amp;brawd neu chwaer (ychwanegwch riant biolegol yn gyntaf)</translation>
    </message>
    <message>
        <source>Mark as a &amp;twin of</source>
        <translation>Nodi fel &amp;gefell i</translation>
    </message>
    <message>
        <source>%1 (identical)</source>
        <translation>%1 (unfath)</translation>
    </message>
    <message>
        <source>Add a pregnancy &amp;lost…</source>
        <translation>Ychwanegu beichiogrwydd a &amp;gollwyd…</translation>
    </message>
    <message>
        <source>&amp;Remove a line</source>
        <translation>&amp;Tynnu llinell</translation>
    </message>
    <message>
        <source>%1 as %2&apos;s %3</source>
        <translation>%1 fel %3 %2</translation>
    </message>
    <message>
        <source>%1 and %2 as partners</source>
        <translation>%1 a %2 fel partneriaid</translation>
    </message>
    <message>
        <source>%1 and %2 as twins</source>
        <translation>%1 a %2 fel efeilliaid</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Put &amp;back where the tree places them</source>
        <translation>Rhoi &amp;nôl lle mae&apos;r goeden yn eu gosod</translation>
    </message>
    <message>
        <source>Add %1&apos;s parent</source>
        <translation>Ychwanegu rhiant %1</translation>
    </message>
    <message>
        <source>Add %1&apos;s partner</source>
        <translation>Ychwanegu partner %1</translation>
    </message>
    <message>
        <source>Add %1&apos;s child</source>
        <translation>Ychwanegu plentyn %1</translation>
    </message>
    <message>
        <source>Add %1&apos;s brother or sister</source>
        <translation>Ychwanegu brawd neu chwaer %1</translation>
    </message>
    <message>
        <source>Household &amp;in:</source>
        <translation>Aelwyd &amp;yn:</translation>
    </message>
    <message>
        <source>&amp;Bring in a family tree…</source>
        <translation>Dod â choeden deulu &amp;i mewn…</translation>
    </message>
    <message>
        <source>Add the people in a GEDCOM file from a family history program</source>
        <translation>Ychwanegu&apos;r bobl mewn ffeil GEDCOM o raglen hanes teulu</translation>
    </message>
    <message>
        <source>Bring in a family tree</source>
        <translation>Dod â choeden deulu i mewn</translation>
    </message>
    <message>
        <source>That file could not be read. Check that it is still there.</source>
        <translation>Doedd dim modd darllen y ffeil honno. Gwiriwch ei bod hi yno o hyd.</translation>
    </message>
    <message>
        <source>That file is far bigger than any family tree, so nothing was brought in.</source>
        <translation>Mae&apos;r ffeil honno&apos;n llawer mwy nag unrhyw goeden deulu, felly ni ddaethpwyd â dim i mewn.</translation>
    </message>
    <message>
        <source>No people were found in that file, so nothing was brought in. Family history programs save family trees as GEDCOM (.ged) files: choose one of those.</source>
        <translation>Ni chafwyd hyd i neb yn y ffeil honno, felly ni ddaethpwyd â dim i mewn. Mae rhaglenni hanes teulu&apos;n cadw coed teulu fel ffeiliau GEDCOM (.ged): dewiswch un o&apos;r rheini.</translation>
    </message>
    <message>
        <source>Bring in a family tree (%1)</source>
        <translation>Dod â choeden deulu i mewn (%1)</translation>
    </message>
    <message>
        <source>Save the family tree as GEDCOM</source>
        <translation>Cadw&apos;r goeden deulu fel GEDCOM</translation>
    </message>
    <message>
        <source>%1 – family tree</source>
        <translation>%1 – coeden deulu</translation>
    </message>
    <message>
        <source>The family tree could not be saved there (the disk may be full or the folder locked). Choose another place.</source>
        <translation>Doedd dim modd cadw&apos;r goeden deulu yno (efallai bod y ddisg yn llawn neu&apos;r ffolder wedi&apos;i chloi). Dewiswch le arall.</translation>
    </message>
    <message>
        <source>Saved the family tree (%1 people) to “%2”.</source>
        <translation>Cadwyd y goeden deulu (%1 o bobl) yn “%2”.</translation>
    </message>
    <message>
        <source>Left out:</source>
        <translation>Wedi&apos;u gadael allan:</translation>
    </message>
    <message>
        <source>Family tree saved</source>
        <translation>Coeden deulu wedi&apos;i chadw</translation>
    </message>
    <message>
        <source>&amp;Save as GEDCOM…</source>
        <translation>Ca&amp;dw fel GEDCOM…</translation>
    </message>
    <message>
        <source>Save the family&apos;s shape for a family history program</source>
        <translation>Cadw siâp y teulu ar gyfer rhaglen hanes teulu</translation>
    </message>
    <message>
        <source>T&amp;idy the whole tree</source>
        <translation>Tacluso&apos;r &amp;goeden gyfan</translation>
    </message>
    <message>
        <source>Change %1…</source>
        <translation>Newid %1…</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Chwyddo allan</translation>
    </message>
    <message>
        <source>Zoom out (Ctrl+-)</source>
        <translation>Chwyddo allan (Ctrl+-)</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Chwyddo i mewn</translation>
    </message>
    <message>
        <source>Zoom in (Ctrl+=)</source>
        <translation>Chwyddo i mewn (Ctrl+=)</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Ffitio</translation>
    </message>
    <message>
        <source>Fit the whole tree</source>
        <translation>Ffitio’r goeden gyfan</translation>
    </message>
    <message>
        <source>Fit the whole tree in view (Ctrl+0)</source>
        <translation>Dangos y goeden gyfan (Ctrl+0)</translation>
    </message>
    <message>
        <source>Put &amp;on the map of people who matter</source>
        <translation>Rhoi ar fap y bobl sy’n &amp;cyfrif</translation>
    </message>
    <message>
        <source>Record how %1 and %2 are together…</source>
        <translation>Cofnodi sut mae %1 a %2 gyda’i gilydd…</translation>
    </message>
</context>
<context>
    <name>GenogramPicture</name>
    <message>
        <source>%1, from %2</source>
        <translation>%1, o %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1, the child this story is about</source>
        <translation>%1, y plentyn y mae&apos;r stori hon amdano</translation>
    </message>
    <message>
        <source>born %1</source>
        <translation>ganwyd %1</translation>
    </message>
    <message>
        <source>died %1</source>
        <translation>bu farw %1</translation>
    </message>
    <message>
        <source>has died</source>
        <translation>wedi marw</translation>
    </message>
    <message>
        <source>%1: partner, %2</source>
        <translation>%1: partner, %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: their child</source>
        <translation>%1: eu plentyn</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>o %1</translation>
    </message>
    <message>
        <source>to %1</source>
        <translation>hyd %1</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>b. %1</source>
        <translation>g. %1</translation>
    </message>
    <message>
        <source>d. %1</source>
        <translation>m. %1</translation>
    </message>
    <message>
        <source>Me</source>
        <translation>Fi</translation>
    </message>
    <message>
        <source>A girl or woman</source>
        <translation>Merch neu fenyw</translation>
    </message>
    <message>
        <source>A boy or man</source>
        <translation>Bachgen neu ddyn</translation>
    </message>
    <message>
        <source>Someone else</source>
        <translation>Rhywun arall</translation>
    </message>
    <message>
        <source>Someone who has died</source>
        <translation>Rhywun sydd wedi marw</translation>
    </message>
    <message>
        <source>A couple</source>
        <translation>Cwpl</translation>
    </message>
    <message>
        <source>A couple who split up</source>
        <translation>Cwpl a wahanodd</translation>
    </message>
    <message>
        <source>Their child</source>
        <translation>Eu plentyn</translation>
    </message>
    <message>
        <source>Adopted</source>
        <translation>Wedi&apos;i fabwysiadu</translation>
    </message>
    <message>
        <source>Who I live with</source>
        <translation>Gyda phwy dw i&apos;n byw</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Benyw</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Gwryw</translation>
    </message>
    <message>
        <source>Non-binary, or not known</source>
        <translation>Anneuaidd, neu ddim yn hysbys</translation>
    </message>
    <message>
        <source>The child (index person)</source>
        <translation>Y plentyn (y person mynegai)</translation>
    </message>
    <message>
        <source>Deceased</source>
        <translation>Wedi marw</translation>
    </message>
    <message>
        <source>Married or civil partnership</source>
        <translation>Priod neu bartneriaeth sifil</translation>
    </message>
    <message>
        <source>Living together, engaged, dating, or not known</source>
        <translation>Byw gyda&apos;i gilydd, wedi dyweddïo, yn canlyn, neu ddim yn hysbys</translation>
    </message>
    <message>
        <source>Separated</source>
        <translation>Wedi gwahanu</translation>
    </message>
    <message>
        <source>Divorced or dissolved</source>
        <translation>Wedi ysgaru neu ddiddymu</translation>
    </message>
    <message>
        <source>Birth child</source>
        <translation>Plentyn biolegol</translation>
    </message>
    <message>
        <source>Fostered, step, special guardianship or kinship care</source>
        <translation>Maeth, llys, gwarcheidiaeth arbennig neu ofal gan berthynas</translation>
    </message>
    <message>
        <source>Twins (a bar between: identical)</source>
        <translation>Efeilliaid (bar rhyngddynt: unfath)</translation>
    </message>
    <message>
        <source>Household (who the child lives with)</source>
        <translation>Aelwyd (gyda phwy mae&apos;r plentyn yn byw)</translation>
    </message>
    <message>
        <source>Miscarriage (triangle), stillbirth (crossed circle)</source>
        <translation>Camesgoriad (triongl), marw-enedigaeth (cylch wedi&apos;i groesi)</translation>
    </message>
    <message>
        <source>A married couple</source>
        <translation>Cwpl priod</translation>
    </message>
    <message>
        <source>c. %1</source>
        <translation>tua %1</translation>
    </message>
    <message>
        <source>adopted %1</source>
        <translation>mabwysiadwyd %1</translation>
    </message>
    <message>
        <source>SGO %1</source>
        <comment>special guardianship order</comment>
        <translation>GGA %1</translation>
    </message>
    <message>
        <source>Looks after a child</source>
        <translation>Yn gofalu am blentyn</translation>
    </message>
    <message>
        <source>Twins</source>
        <translation>Gefeilliaid</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <comment>a range of years</comment>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>married %1</source>
        <translation>priodi %1</translation>
    </message>
    <message>
        <source>divorced %1</source>
        <translation>ysgaru %1</translation>
    </message>
    <message>
        <source>separated %1</source>
        <translation>gwahanu %1</translation>
    </message>
</context>
<context>
    <name>GettingStarted</name>
    <message>
        <source>Getting started</source>
        <translation>Dechrau arni</translation>
    </message>
    <message>
        <source>Belonging keeps a child&apos;s story safe: the people who matter, where they have lived, their memories, and books made from them. These steps take a few minutes.</source>
        <translation>Mae Belonging yn cadw stori plentyn yn ddiogel: y bobl sy&apos;n bwysig, lle maen nhw wedi byw, eu hatgofion, a llyfrau wedi&apos;u gwneud ohonyn nhw. Mae&apos;r camau hyn yn cymryd ychydig funudau.</translation>
    </message>
    <message>
        <source>1. Start a new life story</source>
        <translation>1. Dechrau stori bywyd newydd</translation>
    </message>
    <message>
        <source>Choose “New life story” (Ctrl+N). Type the name the child likes to be called and, if you know it, their birthday — “spring 2015” is fine. Choose where to keep the file, then a passphrase of a few unusual words. Nobody can open the story without it, so write it down somewhere safe.</source>
        <translation>Dewiswch “Stori bywyd newydd” (Ctrl+N). Teipiwch yr enw mae&apos;r plentyn yn hoffi cael ei alw ac, os ydych chi&apos;n ei wybod, ei ben-blwydd — mae “gwanwyn 2015” yn iawn. Dewiswch ble i gadw&apos;r ffeil, yna cyfrinymadrodd o ychydig eiriau anarferol. Does neb yn gallu agor y stori hebddo, felly ysgrifennwch e rywle diogel.</translation>
    </message>
    <message>
        <source>2. About the child</source>
        <translation>2. Am y plentyn</translation>
    </message>
    <message>
        <source>Double-click the circle in the middle of the map, or press Ctrl+I, to add their photo, pronouns and “all about me” in their own words.</source>
        <translation>Cliciwch ddwywaith ar y cylch yng nghanol y map, neu pwyswch Ctrl+I, i ychwanegu eu llun, eu rhagenwau a “popeth amdana i” yn eu geiriau eu hunain.</translation>
    </message>
    <message>
        <source>3. The people who matter</source>
        <translation>3. Y bobl sy&apos;n bwysig</translation>
    </message>
    <message>
        <source>Choose “Add someone…” (Ctrl+Shift+A). Say who they are and how the relationship feels — or “Not sure yet”. Drag people closer or further away; the key beside the map explains the lines and colours.</source>
        <translation>Dewiswch “Ychwanegu rhywun…” (Ctrl+Shift+A). Dywedwch pwy ydyn nhw a sut mae&apos;r berthynas yn teimlo — neu “Ddim yn siŵr eto”. Llusgwch bobl yn nes neu&apos;n bellach; mae&apos;r allwedd wrth ymyl y map yn esbonio&apos;r llinellau a&apos;r lliwiau.</translation>
    </message>
    <message>
        <source>4. The timeline</source>
        <translation>4. Y llinell amser</translation>
    </message>
    <message>
        <source>On the Timeline tab (Ctrl+2) add the places the child has lived, memories with photos, and events such as family time, reviews and court hearings. “Things we don&apos;t know yet” lists the gaps still to fill.</source>
        <translation>Ar y tab Llinell amser (Ctrl+2) ychwanegwch y lleoedd mae&apos;r plentyn wedi byw, atgofion gyda lluniau, a digwyddiadau fel amser teulu, adolygiadau a gwrandawiadau llys. Mae “Pethau dydyn ni ddim yn eu gwybod eto” yn rhestru&apos;r bylchau i&apos;w llenwi.</translation>
    </message>
    <message>
        <source>Every change is saved at once, inside one encrypted file. Press Ctrl+L to lock the story when you step away; it also locks itself after a while.</source>
        <translation>Mae pob newid yn cael ei gadw ar unwaith, mewn un ffeil wedi&apos;i hamgryptio. Pwyswch Ctrl+L i gloi&apos;r stori pan fyddwch chi&apos;n camu i ffwrdd; mae hefyd yn cloi ei hun ar ôl ychydig.</translation>
    </message>
    <message>
        <source>5. Moves</source>
        <translation>5. Symudiadau</translation>
    </message>
    <message>
        <source>On the Moves tab (Ctrl+3) see each change of home and who the child kept in touch with afterwards. Before a move, choose “Plan a move…” and decide, brothers and sisters first, how each relationship will carry on.</source>
        <translation>Ar y tab Symudiadau (Ctrl+3) gwelwch bob newid cartref a gyda phwy y cadwodd y plentyn mewn cysylltiad wedyn. Cyn symud, dewiswch “Cynllunio symud…” a phenderfynwch, brodyr a chwiorydd yn gyntaf, sut y bydd pob perthynas yn parhau.</translation>
    </message>
    <message>
        <source>6. My say</source>
        <translation>6. Fy llais</translation>
    </message>
    <message>
        <source>On the My say tab (Ctrl+4) write down what the child tells you — a wish, a worry, a good thing — in their own words, and ask them who may see it. After a review, write what happened because they said it, and tell them.</source>
        <translation>Ar y tab Fy llais (Ctrl+4) ysgrifennwch beth mae&apos;r plentyn yn ei ddweud wrthych — dymuniad, pryder, peth da — yn ei eiriau ei hun, a gofynnwch pwy gaiff ei weld. Ar ôl adolygiad, ysgrifennwch beth ddigwyddodd oherwydd iddo ei ddweud, a dywedwch wrtho.</translation>
    </message>
    <message>
        <source>7. Books</source>
        <translation>7. Llyfrau</translation>
    </message>
    <message>
        <source>On the Books tab (Ctrl+5) make a life-story book for the child, a copy for the birth family, a review pack or a court pack. The tab lists what will be left out before you save the PDF.</source>
        <translation>Ar y tab Llyfrau (Ctrl+5) gwnewch lyfr stori bywyd i&apos;r plentyn, copi i&apos;r teulu biolegol, pecyn adolygu neu becyn llys. Mae&apos;r tab yn rhestru beth fydd yn cael ei adael allan cyn i chi gadw&apos;r PDF.</translation>
    </message>
    <message>
        <source>8. The later life letter</source>
        <translation>8. Y llythyr bywyd diweddarach</translation>
    </message>
    <message>
        <source>Books › Later life letter (Ctrl+6) is the letter written to the child, to read when they are older. Start each part from the facts already in the story, then rewrite it in your own words; words a child may not know are underlined, and each person named is asked for permission.</source>
        <translation>Llyfrau › Llythyr bywyd diweddarach (Ctrl+6) yw&apos;r llythyr a ysgrifennir at y plentyn, i&apos;w ddarllen pan fydd yn hŷn. Dechreuwch bob rhan o&apos;r ffeithiau sydd eisoes yn y stori, yna ailysgrifennwch hi yn eich geiriau eich hun; mae geiriau efallai na fydd plentyn yn eu deall wedi&apos;u tanlinellu, a gofynnir caniatâd pob person a enwir.</translation>
    </message>
    <message>
        <source>9. Keeping it safe</source>
        <translation>9. Ei gadw&apos;n ddiogel</translation>
    </message>
    <message>
        <source>10. When the story travels</source>
        <translation>10. Pan fydd y stori&apos;n teithio</translation>
    </message>
    <message>
        <source>File › Hand Over a Copy (Ctrl+Shift+H) makes a copy for new carers, adopters, the young person, the family or another worker, holding only what they may have. When someone else keeps a copy too, File › Bring In Changes from Another Copy (Ctrl+Shift+B) adds what they added and asks where you both changed the same thing.</source>
        <translation>Mae Ffeil › Trosglwyddo Copi (Ctrl+Shift+H) yn gwneud copi ar gyfer gofalwyr newydd, mabwysiadwyr, y person ifanc, y teulu neu weithiwr arall, sy&apos;n dal dim ond yr hyn y caiff ei gael. Pan fydd rhywun arall yn cadw copi hefyd, mae Ffeil › Dod â Newidiadau i Mewn o Gopi Arall (Ctrl+Shift+B) yn ychwanegu&apos;r hyn a ychwanegwyd ganddyn nhw ac yn gofyn lle newidiodd y ddau ohonoch yr un peth.</translation>
    </message>
    <message>
        <source>11. The family tree</source>
        <translation>11. Y goeden deulu</translation>
    </message>
    <message>
        <source>The Family tree tab (Ctrl+7) draws the family for you. Choose someone with the arrow keys (or right-click them) and press the Menu key to add their mother, father, partner, children or brothers and sisters. A family tree from a family history program (a GEDCOM file) can be brought in there too.</source>
        <translation>Mae’r tab Coeden deulu (Ctrl+7) yn tynnu llun o’r teulu i chi. Dewiswch rywun gyda’r bysellau saeth (neu de-gliciwch arnyn nhw) a phwyso’r fysell Dewislen i ychwanegu eu mam, eu tad, eu partner, eu plant neu eu brodyr a’u chwiorydd. Gellir dod â choeden deulu o raglen hanes teulu (ffeil GEDCOM) i mewn yno hefyd.</translation>
    </message>
    <message>
        <source>12. The child&apos;s own space</source>
        <translation>12. Lle’r plentyn ei hun</translation>
    </message>
    <message>
        <source>View › Child Mode (Ctrl+8) gives the window to the child, with you beside them: big buttons and a speaker that reads every text aloud. My people is their own map of who is close; My memories takes a photo, a face, words or their own voice; My say asks one question at a time; My book shows their book. Nothing from your record can be reached; to leave, press Grown-ups and type the password. Back on the map of people who matter, the child&apos;s view shows their map beside yours.</source>
        <translation>Mae Gweld › Modd Plentyn (Ctrl+8) yn rhoi’r ffenestr i’r plentyn, gyda chi wrth eu hochr: botymau mawr a seinydd sy’n darllen pob testun yn uchel. Fy mhobl yw eu map eu hunain o bwy sy’n agos; mae Fy atgofion yn cymryd llun, wyneb, geiriau neu eu llais eu hunain; mae Fy llais yn gofyn un cwestiwn ar y tro; mae Fy llyfr yn dangos eu llyfr. Does dim modd cyrraedd dim o’ch cofnod chi; i adael, pwyswch Oedolion a theipio’r cyfrinair. Yn ôl ar fap y bobl sy’n bwysig, mae safbwynt y plentyn yn dangos eu map wrth ochr eich un chi.</translation>
    </message>
</context>
<context>
    <name>GuardedDialog</name>
    <message>
        <source>Throw away what you typed?</source>
        <translation>Taflu&apos;r hyn a deipioch chi?</translation>
    </message>
    <message>
        <source>You have typed or changed something here. Close without keeping it?</source>
        <translation>Rydych chi wedi teipio neu newid rhywbeth yma. Cau heb ei gadw?</translation>
    </message>
</context>
<context>
    <name>HandoverDialog</name>
    <message>
        <source>Hand over a copy</source>
        <translation>Trosglwyddo copi</translation>
    </message>
    <message>
        <source>Who is this copy for?</source>
        <translation>I bwy mae&apos;r copi hwn?</translation>
    </message>
    <message>
        <source>Leave out of the copy</source>
        <translation>Gadael allan o&apos;r copi</translation>
    </message>
    <message>
        <source>&amp;Leave out these people too (you can skip this):</source>
        <translation>&amp;Gadael y bobl hyn allan hefyd (gallwch hepgor hyn):</translation>
    </message>
    <message>
        <source>What stays here, not in the copy</source>
        <translation>Beth sy&apos;n aros yma, nid yn y copi</translation>
    </message>
    <message>
        <source>&amp;A letter for them, shown when they first open the copy (you can skip this):</source>
        <translation>&amp;Llythyr iddyn nhw, a ddangosir pan fyddan nhw&apos;n agor y copi gyntaf (gallwch hepgor hyn):</translation>
    </message>
    <message>
        <source>A letter for them</source>
        <translation>Llythyr iddyn nhw</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Oddi wrth:</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Oddi wrth</translation>
    </message>
    <message>
        <source>Your name and role</source>
        <translation>Eich enw a&apos;ch rôl</translation>
    </message>
    <message>
        <source>&amp;Make the copy…</source>
        <translation>G&amp;wneud y copi…</translation>
    </message>
    <message>
        <source>Choose who it is for to see what the copy will hold.</source>
        <translation>Dewiswch i bwy mae i weld beth fydd yn y copi.</translation>
    </message>
    <message>
        <source>Nothing: everything in the story goes in the copy.</source>
        <translation>Dim byd: mae popeth yn y stori yn mynd i&apos;r copi.</translation>
    </message>
    <message>
        <source>Make a copy of this story for someone who should have it. It is a story file they open in Belonging with its own passphrase and can add to — not a printed book. It holds only what they may have.</source>
        <translation>Gwnewch gopi o&apos;r stori hon i rywun a ddylai ei chael. Mae&apos;n ffeil stori y maen nhw&apos;n ei hagor yn Belonging gyda&apos;i chyfrinymadrodd ei hun ac yn gallu ychwanegu ati — nid llyfr wedi&apos;i argraffu. Mae&apos;n cynnwys dim ond yr hyn y caiff ei gael.</translation>
    </message>
    <message>
        <source>For example: what to know first, and who to ask about anything in it.</source>
        <translation>Er enghraifft: beth i&apos;w wybod yn gyntaf, a phwy i&apos;w holi am unrhyw beth ynddi.</translation>
    </message>
</context>
<context>
    <name>HandoverLetterDialog</name>
    <message>
        <source>A letter came with this story</source>
        <translation>Daeth llythyr gyda&apos;r stori hon</translation>
    </message>
    <message>
        <source>This copy was handed over on %1.</source>
        <translation>Trosglwyddwyd y copi hwn ar %1.</translation>
    </message>
    <message>
        <source>This copy was handed over by %1 on %2.</source>
        <translation>Trosglwyddwyd y copi hwn gan %1 ar %2.</translation>
    </message>
    <message>
        <source>The letter</source>
        <translation>Y llythyr</translation>
    </message>
    <message>
        <source>What stayed with the sender, not in this copy:</source>
        <translation>Beth arhosodd gyda&apos;r anfonwr, nid yn y copi hwn:</translation>
    </message>
</context>
<context>
    <name>HandoverPassphraseDialog</name>
    <message>
        <source>&amp;New words</source>
        <translation>Geiriau &amp;newydd</translation>
    </message>
    <message>
        <source>The copy&apos;s passphrase</source>
        <translation>Cyfrinymadrodd y copi</translation>
    </message>
    <message>
        <source>The copy opens only with this passphrase. Write it down now and give it to them separately, not with the copy: it is not shown again, and nobody can open the copy without it.</source>
        <translation>Dim ond gyda&apos;r cyfrinymadrodd hwn y mae&apos;r copi&apos;n agor. Ysgrifennwch ef i lawr nawr a&apos;i roi iddyn nhw ar wahân, nid gyda&apos;r copi: ni chaiff ei ddangos eto, a does neb yn gallu agor y copi hebddo.</translation>
    </message>
    <message>
        <source>I have &amp;written it down</source>
        <translation>Rydw i wedi&apos;i &amp;ysgrifennu i lawr</translation>
    </message>
    <message>
        <source>&amp;Use these words</source>
        <translation>&amp;Defnyddio&apos;r geiriau hyn</translation>
    </message>
    <message>
        <source>Choose my &amp;own…</source>
        <translation>Dewis fy un &amp;fy hun…</translation>
    </message>
    <message>
        <source>The passphrase: %1</source>
        <translation>Y cyfrinymadrodd: %1</translation>
    </message>
</context>
<context>
    <name>HandoverPlan</name>
    <message>
        <source>New carers</source>
        <translation>Gofalwyr newydd</translation>
    </message>
    <message>
        <source>An adoptive family</source>
        <translation>Teulu sy&apos;n mabwysiadu</translation>
    </message>
    <message>
        <source>The young person themself</source>
        <translation>Y person ifanc ei hun</translation>
    </message>
    <message>
        <source>The birth family</source>
        <translation>Y teulu biolegol</translation>
    </message>
    <message>
        <source>Another worker</source>
        <translation>Gweithiwr arall</translation>
    </message>
    <message>
        <source>As for new carers, with the later life letter. Private items, addresses and phone numbers, and professional notes stay here.</source>
        <translation>Fel i ofalwyr newydd, gyda&apos;r llythyr bywyd diweddarach. Mae eitemau preifat, cyfeiriadau a rhifau ffôn, a nodiadau proffesiynol yn aros yma.</translation>
    </message>
    <message>
        <source>Their own story when they leave care: everything they said, and the later life letter. Private items, other people&apos;s addresses and professional notes stay here.</source>
        <translation>Eu stori eu hunain pan fyddant yn gadael gofal: popeth a ddywedon nhw, a&apos;r llythyr bywyd diweddarach. Mae eitemau preifat, cyfeiriadau pobl eraill a nodiadau proffesiynol yn aros yma.</translation>
    </message>
    <message>
        <source>Everything, including private items, addresses and professional notes, for a social worker who takes the case on.</source>
        <translation>Popeth, gan gynnwys eitemau preifat, cyfeiriadau a nodiadau proffesiynol, i weithiwr cymdeithasol sy&apos;n cymryd yr achos.</translation>
    </message>
    <message>
        <source>The story to carry on with the child. Private items, addresses and phone numbers, professional notes, and anything the child did not want their carers to see stay here.</source>
        <translation>Y stori i barhau gyda&apos;r plentyn. Mae eitemau preifat, cyfeiriadau a rhifau ffôn, nodiadau proffesiynol, ac unrhyw beth nad oedd y plentyn am i&apos;w gofalwyr ei weld yn aros yma.</translation>
    </message>
    <message>
        <source>What the child agreed their family may see. Where the child lives now, their carers, school and teachers, private items, addresses and professional notes stay here.</source>
        <translation>Yr hyn y cytunodd y plentyn y caiff eu teulu ei weld. Mae ble mae&apos;r plentyn yn byw nawr, eu gofalwyr, eu hysgol a&apos;u hathrawon, eitemau preifat, cyfeiriadau a nodiadau proffesiynol yn aros yma.</translation>
    </message>
</context>
<context>
    <name>HandoverSheet</name>
    <message>
        <source>Hand-over of a life story</source>
        <translation>Trosglwyddo stori bywyd</translation>
    </message>
    <message>
        <source>Made on</source>
        <translation>Gwnaed ar</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Ar gyfer</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Oddi wrth</translation>
    </message>
    <message>
        <source>The copy</source>
        <translation>Y copi</translation>
    </message>
    <message>
        <source>What the copy holds</source>
        <translation>Beth sydd yn y copi</translation>
    </message>
    <message>
        <source>The later life letter</source>
        <translation>Y llythyr bywyd diweddarach</translation>
    </message>
    <message>
        <source>What stayed with the sender</source>
        <translation>Beth arhosodd gyda&apos;r anfonwr</translation>
    </message>
    <message>
        <source>Nothing: everything in the story went in the copy.</source>
        <translation>Dim byd: aeth popeth yn y stori i&apos;r copi.</translation>
    </message>
    <message>
        <source>The passphrase that opens the copy is not on this sheet. It was given separately. Keep this sheet with the case records.</source>
        <translation>Nid yw&apos;r cyfrinymadrodd sy&apos;n agor y copi ar y daflen hon. Fe&apos;i rhoddwyd ar wahân. Cadwch y daflen hon gyda chofnodion yr achos.</translation>
    </message>
    <message>
        <source>Given by: ____________________________  Date: ____________</source>
        <translation>Rhoddwyd gan: ____________________________  Dyddiad: ____________</translation>
    </message>
    <message>
        <source>Received by: _________________________  Date: ____________</source>
        <translation>Derbyniwyd gan: _________________________  Dyddiad: ____________</translation>
    </message>
    <message>
        <source>Hand-over sheet</source>
        <translation>Taflen drosglwyddo</translation>
    </message>
    <message>
        <source>The hand-over sheet could not be made into a PDF.</source>
        <translation>Doedd dim modd gwneud y daflen drosglwyddo yn PDF.</translation>
    </message>
    <message>
        <source>Whose story</source>
        <translation>Stori pwy</translation>
    </message>
    <message>
        <source>1 person</source>
        <translation>1 person</translation>
    </message>
    <message>
        <source>%1 people</source>
        <translation>%1 o bobl</translation>
    </message>
    <message>
        <source>1 home</source>
        <translation>1 cartref</translation>
    </message>
    <message>
        <source>%1 homes</source>
        <translation>%1 o gartrefi</translation>
    </message>
    <message>
        <source>1 memory</source>
        <translation>1 atgof</translation>
    </message>
    <message>
        <source>%1 memories</source>
        <translation>%1 o atgofion</translation>
    </message>
    <message>
        <source>1 picture</source>
        <translation>1 llun</translation>
    </message>
    <message>
        <source>%1 pictures</source>
        <translation>%1 o luniau</translation>
    </message>
    <message>
        <source>1 thing the child said</source>
        <translation>1 peth a ddywedodd y plentyn</translation>
    </message>
    <message>
        <source>%1 things the child said</source>
        <translation>%1 o bethau a ddywedodd y plentyn</translation>
    </message>
    <message>
        <source>1 recording in the child&apos;s own voice</source>
        <translation>1 recordiad yn llais y plentyn ei hun</translation>
    </message>
    <message>
        <source>%1 recordings in the child&apos;s own voice</source>
        <translation>%1 recordiad yn llais y plentyn ei hun</translation>
    </message>
</context>
<context>
    <name>JargonCheck</name>
    <message>
        <source>looked after child</source>
        <translation>plentyn sy&apos;n derbyn gofal|plant sy&apos;n derbyn gofal|plentyn sy’n derbyn gofal|plant sy’n derbyn gofal</translation>
    </message>
    <message>
        <source>a child who lives with carers instead of with their birth family</source>
        <translation>plentyn sy&apos;n byw gyda gofalwyr, nid gyda&apos;i deulu biolegol</translation>
    </message>
    <message>
        <source>LAC</source>
        <translation>PDG|LAC</translation>
    </message>
    <message>
        <source>section 20</source>
        <translation>adran 20|adran 76</translation>
    </message>
    <message>
        <source>your birth parents agreed that you could live with carers for a while</source>
        <translation>cytunodd dy rieni biolegol y gallet ti fyw gyda gofalwyr am gyfnod</translation>
    </message>
    <message>
        <source>s.20</source>
        <translation>a.20|a.76|s.76|s.20</translation>
    </message>
    <message>
        <source>section 31</source>
        <translation>adran 31</translation>
    </message>
    <message>
        <source>a judge decided that the council should help to look after you</source>
        <translation>penderfynodd barnwr y dylai&apos;r cyngor helpu i ofalu amdanat ti</translation>
    </message>
    <message>
        <source>s.31</source>
        <translation>a.31|s.31</translation>
    </message>
    <message>
        <source>care order</source>
        <translation>gorchymyn gofal|orchymyn gofal|gorchmynion gofal</translation>
    </message>
    <message>
        <source>interim care order</source>
        <translation>gorchymyn gofal interim|orchymyn gofal interim|gorchymyn gofal dros dro|orchymyn gofal dros dro</translation>
    </message>
    <message>
        <source>a decision for a short time, while the judge thought about what was best for you</source>
        <translation>penderfyniad am gyfnod byr, tra oedd y barnwr yn meddwl beth oedd orau i ti</translation>
    </message>
    <message>
        <source>contact</source>
        <translation>cyswllt|gyswllt</translation>
    </message>
    <message>
        <source>family time: seeing, calling or writing to your family</source>
        <translation>amser teulu: gweld dy deulu, eu ffonio neu ysgrifennu atyn nhw</translation>
    </message>
    <message>
        <source>supervised</source>
        <translation>dan oruchwyliaeth|goruchwyliaeth|oruchwyliaeth|goruchwylio|oruchwylio|goruchwyliedig</translation>
    </message>
    <message>
        <source>with a worker there to help</source>
        <translation>gyda gweithiwr yno i helpu</translation>
    </message>
    <message>
        <source>placement</source>
        <translation>lleoliad</translation>
    </message>
    <message>
        <source>home</source>
        <translation>cartref</translation>
    </message>
    <message>
        <source>placed</source>
        <translation>lleolwyd|lleoli|leoli|lleolir</translation>
    </message>
    <message>
        <source>went to live</source>
        <translation>mynd i fyw</translation>
    </message>
    <message>
        <source>respite</source>
        <translation>gofal seibiant|ofal seibiant|gofal ysbaid|ofal ysbaid</translation>
    </message>
    <message>
        <source>a short stay with other carers, so that everyone could have a rest</source>
        <translation>arhosiad byr gyda gofalwyr eraill, er mwyn i bawb gael seibiant</translation>
    </message>
    <message>
        <source>IRO</source>
        <translation>IRO|SAA</translation>
    </message>
    <message>
        <source>the person who checks that the plan for you is working</source>
        <translation>y person sy&apos;n gwirio bod y cynllun ar dy gyfer di&apos;n gweithio</translation>
    </message>
    <message>
        <source>independent reviewing officer</source>
        <translation>swyddog adolygu annibynnol|swyddogion adolygu annibynnol</translation>
    </message>
    <message>
        <source>CP plan</source>
        <translation>cynllun amddiffyn plant|cynllun amddiffyn plentyn|gynllun amddiffyn plant|gynllun amddiffyn plentyn</translation>
    </message>
    <message>
        <source>a plan made to keep you safe</source>
        <translation>cynllun i dy gadw di&apos;n ddiogel</translation>
    </message>
    <message>
        <source>child protection</source>
        <translation>amddiffyn plant|amddiffyn plentyn</translation>
    </message>
    <message>
        <source>keeping children safe from harm</source>
        <translation>cadw plant yn ddiogel rhag niwed</translation>
    </message>
    <message>
        <source>safeguarding</source>
        <translation>diogelu</translation>
    </message>
    <message>
        <source>threshold</source>
        <translation>trothwy|meini prawf y trothwy</translation>
    </message>
    <message>
        <source>the point where a judge decides that a child cannot safely live at home</source>
        <translation>y pwynt pan fydd barnwr yn penderfynu nad yw&apos;n ddiogel i blentyn fyw gartref</translation>
    </message>
    <message>
        <source>neglect</source>
        <translation>esgeulustod|esgeuluso|hesgeuluso|esgeuluswyd</translation>
    </message>
    <message>
        <source>not getting the care every child needs, like food, warmth and someone to look after you</source>
        <translation>peidio â chael y gofal mae pob plentyn ei angen, fel bwyd, cynhesrwydd a rhywun i ofalu amdanat ti</translation>
    </message>
    <message>
        <source>SGO</source>
        <translation>SGO|GGA</translation>
    </message>
    <message>
        <source>a judge&apos;s decision that someone from your family, or a carer, looks after you until you are grown up</source>
        <translation>penderfyniad gan farnwr y bydd rhywun o dy deulu, neu ofalwr, yn gofalu amdanat ti nes i ti dyfu i fyny</translation>
    </message>
    <message>
        <source>special guardianship order</source>
        <translation>gorchymyn gwarcheidiaeth arbennig|orchymyn gwarcheidiaeth arbennig|gwarcheidiaeth arbennig|gwarcheidwad arbennig|gwarcheidwaid arbennig</translation>
    </message>
    <message>
        <source>PLO</source>
        <translation>PLO|Amlinelliad Cyfraith Gyhoeddus</translation>
    </message>
    <message>
        <source>the steps the council takes before it asks a judge to decide</source>
        <translation>y camau mae&apos;r cyngor yn eu cymryd cyn iddo ofyn i farnwr benderfynu</translation>
    </message>
    <message>
        <source>LADO</source>
        <translation>LADO|swyddog dynodedig</translation>
    </message>
    <message>
        <source>the person who checks when an adult who works with children may have done something wrong</source>
        <translation>y person sy&apos;n edrych i mewn i bethau pan allai oedolyn sy&apos;n gweithio gyda phlant fod wedi gwneud rhywbeth o&apos;i le</translation>
    </message>
    <message>
        <source>presenting issues</source>
        <translation>materion a gyflwynwyd|materion cyflwyno|problemau a gyflwynwyd</translation>
    </message>
    <message>
        <source>the worries people had</source>
        <translation>y pethau roedd pobl yn poeni amdanyn nhw</translation>
    </message>
    <message>
        <source>care plan</source>
        <translation>cynllun gofal|gynllun gofal|cynlluniau gofal|cynllun gofal a chymorth|gynllun gofal a chymorth</translation>
    </message>
    <message>
        <source>the plan for who looks after you, and how</source>
        <translation>y cynllun ar gyfer pwy sy&apos;n gofalu amdanat ti, a sut</translation>
    </message>
    <message>
        <source>local authority</source>
        <translation>awdurdod lleol|awdurdodau lleol</translation>
    </message>
    <message>
        <source>the council</source>
        <translation>y cyngor</translation>
    </message>
    <message>
        <source>permanence</source>
        <translation>parhauster|barhauster|sefydlogrwydd parhaol|lleoliad parhaol</translation>
    </message>
    <message>
        <source>a home where you can stay until you are grown up</source>
        <translation>cartref lle gelli di aros nes i ti dyfu i fyny</translation>
    </message>
    <message>
        <source>disclosure</source>
        <translation>datgeliad|datgeliadau|ddatgeliad</translation>
    </message>
    <message>
        <source>when you told someone what had happened</source>
        <translation>pan ddywedaist ti wrth rywun beth oedd wedi digwydd</translation>
    </message>
    <message>
        <source>child in need</source>
        <translation>plentyn mewn angen|plant mewn angen|blentyn mewn angen</translation>
    </message>
    <message>
        <source>a child the council gives extra help to</source>
        <translation>plentyn mae&apos;r cyngor yn rhoi help ychwanegol iddo</translation>
    </message>
    <message>
        <source>A child may not know “%1”. Say instead, or explain: %2</source>
        <translation>Efallai na fydd plentyn yn deall “%1”. Dywedwch hyn yn lle hynny, neu esboniwch: %2</translation>
    </message>
    <message>
        <source>placement order</source>
        <translation>gorchymyn lleoli</translation>
    </message>
    <message>
        <source>a judge&apos;s decision that you could go to live with a new family who would adopt you</source>
        <translation>penderfyniad barnwr y gallet ti fynd i fyw gyda theulu newydd a fyddai&apos;n dy fabwysiadu</translation>
    </message>
</context>
<context>
    <name>LegendWidget</name>
    <message>
        <source>Key to the lines</source>
        <translation>Allwedd i&apos;r llinellau</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Allwedd</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Teulu</translation>
    </message>
    <message>
        <source>Carers</source>
        <translation>Gofalwyr</translation>
    </message>
    <message>
        <source>Workers</source>
        <translation>Gweithwyr</translation>
    </message>
    <message>
        <source>School and friends</source>
        <translation>Ysgol a ffrindiau</translation>
    </message>
    <message>
        <source>Pets</source>
        <translation>Anifeiliaid anwes</translation>
    </message>
    <message>
        <source>Places and others</source>
        <translation>Lleoedd ac eraill</translation>
    </message>
    <message>
        <source>Dashed outline: kept private (left out of books)</source>
        <translation>Amlinell doredig: wedi&apos;i gadw&apos;n breifat (allan o lyfrau)</translation>
    </message>
    <message>
        <source>Amber glow: ended when a home ended</source>
        <translation>Llewyrch ambr: daeth i ben pan ddaeth cartref i ben</translation>
    </message>
    <message>
        <source>Cards</source>
        <translation>Cardiau</translation>
    </message>
</context>
<context>
    <name>LetterDocument</name>
    <message>
        <source>Letter removed</source>
        <translation>Llythyr wedi&apos;i dynnu</translation>
    </message>
    <message>
        <source>Wrote “%1”</source>
        <translation>Wedi ysgrifennu “%1”</translation>
    </message>
    <message>
        <source>Marked “%1” as rewritten</source>
        <translation>Wedi marcio “%1” fel wedi&apos;i ailysgrifennu</translation>
    </message>
    <message>
        <source>Changed who it is to, from or when</source>
        <translation>Wedi newid at bwy mae e, oddi wrth bwy neu pryd</translation>
    </message>
    <message>
        <source>Permission for %1: %2</source>
        <translation>Caniatâd ar gyfer %1: %2</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Wedi&apos;i gadw</translation>
    </message>
    <message>
        <source>Drafted “%1” from the facts</source>
        <translation>Drafftiwyd “%1” o&apos;r ffeithiau</translation>
    </message>
</context>
<context>
    <name>LetterDrafter</name>
    <message>
        <source>“%1”</source>
        <translation>“%1”</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 a %2</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>on %1</source>
        <translation>ar %1</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>yn %1</translation>
    </message>
    <message>
        <source>You were born %1.</source>
        <translation>Cest ti dy eni %1.</translation>
    </message>
    <message>
        <source>Your full name is %1, and you like to be called %2.</source>
        <translation>Dy enw llawn yw %1, ac rwyt ti&apos;n hoffi cael dy alw&apos;n %2.</translation>
    </message>
    <message>
        <source>Your name is %1.</source>
        <translation>Dy enw di yw %1.</translation>
    </message>
    <message>
        <source>When you were born, you lived at %1.</source>
        <translation>Pan gest ti dy eni, %1 oedd dy gartref di.</translation>
    </message>
    <message>
        <source>Your birth mother is called %1.</source>
        <translation>Enw dy fam fiolegol yw %1.</translation>
    </message>
    <message>
        <source>Your birth father is called %1.</source>
        <translation>Enw dy dad biolegol yw %1.</translation>
    </message>
    <message>
        <source>%1 is part of your birth family.</source>
        <translation>Mae %1 yn rhan o dy deulu biolegol.</translation>
    </message>
    <message>
        <source>%1 is part of your birth family (%2).</source>
        <translation>Mae %1 yn rhan o dy deulu biolegol (%2).</translation>
    </message>
    <message>
        <source>You said: %1</source>
        <translation>Dywedaist ti: %1</translation>
    </message>
    <message>
        <source>Soon you will move to %1.</source>
        <translation>Cyn bo hir, bydd %1 yn gartref newydd i ti.</translation>
    </message>
    <message>
        <source>Soon you will move to %1, to live with %2.</source>
        <translation>Cyn bo hir, byddi di&apos;n mynd i fyw gyda %2, a bydd %1 yn gartref newydd i ti.</translation>
    </message>
    <message>
        <source>Now you live at %1.</source>
        <translation>Nawr, %1 yw dy gartref di.</translation>
    </message>
    <message>
        <source>Now you live at %1 with %2.</source>
        <translation>Nawr, %1 yw dy gartref di, ac rwyt ti&apos;n byw gyda %2.</translation>
    </message>
    <message>
        <source>You went to live at %1 %2.</source>
        <translation>Daeth %1 yn gartref i ti %2.</translation>
    </message>
    <message>
        <source>You went to live at %1 with %2 %3.</source>
        <translation>Aethost ti i fyw gyda %2 %3, a daeth %1 yn gartref i ti.</translation>
    </message>
    <message>
        <source>at a time we don&apos;t know</source>
        <translation>adeg dydyn ni ddim yn ei gwybod</translation>
    </message>
    <message>
        <source>From %1 to %2 you lived at %3.</source>
        <translation>O %1 i %2, %3 oedd dy gartref di.</translation>
    </message>
    <message>
        <source>From %1 to %2 you lived at %3 with %4.</source>
        <translation>O %1 i %2, %3 oedd dy gartref di, ac roeddet ti&apos;n byw gyda %4.</translation>
    </message>
    <message>
        <source>This move happened in a hurry.</source>
        <translation>Digwyddodd y symud hwn ar frys.</translation>
    </message>
    <message>
        <source>This move happened in a hurry, with %1 notice.</source>
        <translation>Digwyddodd y symud hwn ar frys, gyda %1 o rybudd.</translation>
    </message>
    <message>
        <source>This move was planned.</source>
        <translation>Roedd y symud hwn wedi&apos;i gynllunio.</translation>
    </message>
    <message>
        <source>You said why you are moving: %1</source>
        <translation>Dywedaist ti pam rwyt ti&apos;n symud: %1</translation>
    </message>
    <message>
        <source>You said why you came: %1</source>
        <translation>Dywedaist ti pam dest ti yno: %1</translation>
    </message>
    <message>
        <source>You said why you left: %1</source>
        <translation>Dywedaist ti pam gadewaist ti: %1</translation>
    </message>
    <message>
        <source>A judge in the family court decided that you should be adopted, so that you could grow up in a family who would keep you safe and love you for always.</source>
        <translation>Penderfynodd barnwr yn y llys teulu y dylet ti gael dy fabwysiadu, er mwyn i ti allu tyfu i fyny mewn teulu a fyddai&apos;n dy gadw di&apos;n ddiogel ac yn dy garu di am byth.</translation>
    </message>
    <message>
        <source>It was decided that you would grow up with people from your own family, who love you and keep you safe.</source>
        <translation>Cafodd ei benderfynu y byddet ti&apos;n tyfu i fyny gyda phobl o dy deulu dy hun, sy&apos;n dy garu di ac yn dy gadw di&apos;n ddiogel.</translation>
    </message>
    <message>
        <source>It was decided that you would grow up with %1, who is part of your family, so that you could be safe and loved.</source>
        <translation>Cafodd ei benderfynu y byddet ti&apos;n tyfu i fyny gyda %1, sy&apos;n rhan o dy deulu, er mwyn i ti fod yn ddiogel ac yn cael dy garu.</translation>
    </message>
    <message>
        <source>As you grew older, you and the people who cared about you planned together how you would live on your own.</source>
        <translation>Wrth i ti dyfu&apos;n hŷn, fe wnest ti a&apos;r bobl oedd yn gofalu amdanat ti gynllunio gyda&apos;ch gilydd sut byddet ti&apos;n byw ar dy ben dy hun.</translation>
    </message>
    <message>
        <source>%1 there was a meeting about how you were doing: %2.</source>
        <translation>%1 roedd cyfarfod i siarad am sut roeddet ti&apos;n dod ymlaen: %2.</translation>
    </message>
    <message>
        <source>Who was there: %1.</source>
        <translation>Pwy oedd yno: %1.</translation>
    </message>
    <message>
        <source>What was decided: %1</source>
        <translation>Beth gafodd ei benderfynu: %1</translation>
    </message>
    <message>
        <source>%1 is your brother or sister.</source>
        <translation>Mae %1 yn frawd neu&apos;n chwaer i ti.</translation>
    </message>
    <message>
        <source>After one of your moves, you stopped seeing each other.</source>
        <translation>Ar ôl un o dy symudiadau, fe wnaethoch chi stopio gweld eich gilydd.</translation>
    </message>
    <message>
        <source>You keep in touch by %1.</source>
        <translation>Sut rydych chi&apos;n cadw mewn cysylltiad: %1.</translation>
    </message>
    <message>
        <source>You live together.</source>
        <translation>Rydych chi&apos;n byw gyda&apos;ch gilydd.</translation>
    </message>
    <message>
        <source>You said about yourself: %1</source>
        <translation>Dywedaist ti amdanat ti dy hun: %1</translation>
    </message>
    <message>
        <source>We remember: %1.</source>
        <translation>Rydyn ni&apos;n cofio: %1.</translation>
    </message>
    <message>
        <source>We remember %1: %2.</source>
        <translation>Rydyn ni&apos;n cofio %1: %2.</translation>
    </message>
    <message>
        <source>%1 you said: %2</source>
        <translation>%1, dywedaist ti: %2</translation>
    </message>
    <message>
        <source>When you are 18, you have the right to see your adoption records. The adoption agency can help you read them, and can help you get in touch with your birth family if you want to.</source>
        <translation>Pan fyddi di&apos;n 18 oed, mae gen ti hawl i weld dy gofnodion mabwysiadu. Gall yr asiantaeth fabwysiadu dy helpu i&apos;w darllen, a gall dy helpu i gysylltu â dy deulu biolegol os wyt ti eisiau.</translation>
    </message>
    <message>
        <source>Your personal adviser can help you with anything you want to know, and you can ask the council to see your records.</source>
        <translation>Gall dy gynghorydd personol dy helpu gydag unrhyw beth rwyt ti eisiau ei wybod, a gelli di ofyn i&apos;r cyngor am gael gweld dy gofnodion.</translation>
    </message>
    <message>
        <source>When you are older, you can ask the council to see your records. The people who look after you can help you.</source>
        <translation>Pan fyddi di&apos;n hŷn, gelli di ofyn i&apos;r cyngor am gael gweld dy gofnodion. Gall y bobl sy&apos;n gofalu amdanat ti dy helpu di.</translation>
    </message>
    <message>
        <source>%1 was your social worker and knows your story.</source>
        <translation>%1 oedd dy weithiwr cymdeithasol, ac mae&apos;n gwybod dy stori di.</translation>
    </message>
    <message>
        <source>Your birth mother is called %1. You call her %2.</source>
        <translation>Enw dy fam fiolegol yw %1. Rwyt ti&apos;n ei galw hi&apos;n %2.</translation>
    </message>
    <message>
        <source>Your birth father is called %1. You call him %2.</source>
        <translation>Enw dy dad biolegol yw %1. Rwyt ti&apos;n ei alw e&apos;n %2.</translation>
    </message>
    <message>
        <source>It was decided that you would live with your foster family until you were grown up.</source>
        <translation>Penderfynwyd y byddet ti&apos;n byw gyda dy deulu maeth nes dy fod wedi tyfu i fyny.</translation>
    </message>
    <message>
        <source>It was decided that you would live with %1 until you were grown up.</source>
        <translation>Penderfynwyd y byddet ti&apos;n byw gyda %1 nes dy fod wedi tyfu i fyny.</translation>
    </message>
    <message>
        <source>%1 is your brother or sister (%2).</source>
        <translation>Mae %1 yn frawd neu&apos;n chwaer i ti (%2).</translation>
    </message>
    <message>
        <source>You see each other %1.</source>
        <translation>Rydych chi&apos;n gweld eich gilydd: %1.</translation>
    </message>
    <message>
        <source>You keep in touch by letters and cards.</source>
        <translation>Rydych chi&apos;n cadw mewn cysylltiad drwy lythyrau a chardiau.</translation>
    </message>
    <message>
        <source>You keep in touch by phone or video calls.</source>
        <translation>Rydych chi&apos;n cadw mewn cysylltiad drwy alwadau ffôn neu fideo.</translation>
    </message>
    <message>
        <source>%1 a judge at the family court held a hearing: %2.</source>
        <translation>%1 cynhaliodd barnwr yn y llys teulu wrandawiad: %2.</translation>
    </message>
</context>
<context>
    <name>LetterExport</name>
    <message>
        <source>Dear %1,</source>
        <translation>Annwyl %1,</translation>
    </message>
    <message>
        <source>Draft made from the case&apos;s facts: not yet rewritten by the writer.</source>
        <translation>Drafft wedi&apos;i wneud o ffeithiau&apos;r achos: heb ei ailysgrifennu gan yr awdur eto.</translation>
    </message>
    <message>
        <source>With warm wishes,</source>
        <translation>Cofion cynnes,</translation>
    </message>
    <message>
        <source>No longer in the case</source>
        <translation>Ddim yn yr achos bellach</translation>
    </message>
    <message>
        <source>As written</source>
        <translation>Fel y&apos;i hysgrifennwyd</translation>
    </message>
    <message>
        <source>As “%1”</source>
        <translation>Fel “%1”</translation>
    </message>
    <message>
        <source>First name only: %1</source>
        <translation>Enw cyntaf yn unig: %1</translation>
    </message>
    <message>
        <source>For the file: people named in the letter</source>
        <translation>Ar gyfer y ffeil: pobl a enwir yn y llythyr</translation>
    </message>
    <message>
        <source>This page is not part of the letter. It records whose permission was asked to name them, and how each is named in the letter as printed on %1.</source>
        <translation>Nid yw&apos;r dudalen hon yn rhan o&apos;r llythyr. Mae&apos;n cofnodi gan bwy y gofynnwyd am ganiatâd i&apos;w henwi, a sut mae pob un yn cael ei enwi yn y llythyr fel y cafodd ei argraffu ar %1.</translation>
    </message>
    <message>
        <source>Nobody is named in the letter.</source>
        <translation>Does neb wedi&apos;i enwi yn y llythyr.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Enw</translation>
    </message>
    <message>
        <source>Who they are</source>
        <translation>Pwy ydyn nhw</translation>
    </message>
    <message>
        <source>Permission to include</source>
        <translation>Caniatâd i&apos;w cynnwys</translation>
    </message>
    <message>
        <source>Printed</source>
        <translation>Sut y&apos;i hargraffwyd</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 o %2</translation>
    </message>
    <message>
        <source>Later life letter</source>
        <translation>Llythyr bywyd diweddarach</translation>
    </message>
    <message>
        <source>The letter could not be made into a PDF.</source>
        <translation>Doedd dim modd troi&apos;r llythyr yn PDF.</translation>
    </message>
</context>
<context>
    <name>LetterHistoryDialog</name>
    <message>
        <source>History of the letter</source>
        <translation>Hanes y llythyr</translation>
    </message>
    <message>
        <source>&amp;Changes, newest first:</source>
        <translation>&amp;Newidiadau, y diweddaraf yn gyntaf:</translation>
    </message>
    <message>
        <source>Changes, newest first</source>
        <translation>Newidiadau, y diweddaraf yn gyntaf</translation>
    </message>
    <message>
        <source>The letter after this change</source>
        <translation>Y llythyr ar ôl y newid hwn</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1, %2: %3</translation>
    </message>
</context>
<context>
    <name>LetterPane</name>
    <message>
        <source>E&amp;asy-read font</source>
        <translation>Ffon&amp;t hawdd ei darllen</translation>
    </message>
    <message>
        <source>Start from the fa&amp;cts</source>
        <translation>&amp;Dechrau o&apos;r ffeithiau</translation>
    </message>
    <message>
        <source>Prev&amp;iew…</source>
        <translation>Rhago&amp;lwg…</translation>
    </message>
    <message>
        <source>Pri&amp;nt…</source>
        <translation>Argraff&amp;u…</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>Cadw fel &amp;PDF…</translation>
    </message>
    <message>
        <source>Histor&amp;y…</source>
        <translation>Hane&amp;s…</translation>
    </message>
    <message>
        <source>Later life letter</source>
        <translation>Llythyr bywyd diweddarach</translation>
    </message>
    <message>
        <source>The name they use</source>
        <translation>Yr enw maen nhw&apos;n ei ddefnyddio</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Eich enw</translation>
    </message>
    <message>
        <source>For example: your social worker</source>
        <translation>Er enghraifft: dy weithiwr cymdeithasol</translation>
    </message>
    <message>
        <source>Sets the wording of the drafts: why they could not stay with their birth family, and who looks after them now.</source>
        <translation>Yn gosod geiriad y drafftiau: pam nad oedden nhw&apos;n gallu aros gyda&apos;u teulu biolegol, a phwy sy&apos;n gofalu amdanyn nhw nawr.</translation>
    </message>
    <message>
        <source>Prints the letter larger, in a font made for new readers.</source>
        <translation>Yn argraffu&apos;r llythyr yn fwy, mewn ffont sydd wedi&apos;i wneud ar gyfer darllenwyr newydd.</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;At:</translation>
    </message>
    <message>
        <source>Fr&amp;om:</source>
        <translation>&amp;Oddi wrth:</translation>
    </message>
    <message>
        <source>Their &amp;role:</source>
        <translation>&amp;Eu rôl:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>D&amp;yddiad:</translation>
    </message>
    <message>
        <source>&amp;Kind of care:</source>
        <translation>&amp;Math o ofal:</translation>
    </message>
    <message>
        <source>Parts of the letter</source>
        <translation>Rhannau&apos;r llythyr</translation>
    </message>
    <message>
        <source>People named in the letter</source>
        <translation>Pobl a enwir yn y llythyr</translation>
    </message>
    <message>
        <source>Everyone the letter names. A full name is printed only with their permission; someone who refused is printed as who they were to the child (&quot;your teacher&quot;).</source>
        <translation>Pawb mae&apos;r llythyr yn eu henwi. Dim ond gyda&apos;u caniatâd y caiff enw llawn ei argraffu; caiff rhywun a wrthododd ei argraffu fel pwy oedden nhw i&apos;r plentyn (&quot;dy athro neu athrawes&quot;).</translation>
    </message>
    <message>
        <source>&amp;Parts of the letter:</source>
        <translation>&amp;Rhannau&apos;r llythyr:</translation>
    </message>
    <message>
        <source>Peop&amp;le named:</source>
        <translation>Po&amp;bl a enwir:</translation>
    </message>
    <message>
        <source>Per&amp;mission:</source>
        <translation>Ca&amp;niatâd:</translation>
    </message>
    <message>
        <source>This part is a draft made from the case&apos;s facts. Rewrite it in your own words: it stays marked as a draft until you change it.</source>
        <translation>Drafft wedi&apos;i wneud o ffeithiau&apos;r achos yw&apos;r rhan hon. Ailysgrifennwch hi yn eich geiriau eich hun: bydd yn aros wedi&apos;i marcio fel drafft nes i chi ei newid.</translation>
    </message>
    <message>
        <source>Fills this part with plain sentences made from what the case holds: dates, names, homes. A starting point, never a finished letter.</source>
        <translation>Yn llenwi&apos;r rhan hon â brawddegau syml wedi&apos;u gwneud o&apos;r hyn sydd yn yr achos: dyddiadau, enwau, cartrefi. Man cychwyn ydy e, nid llythyr gorffenedig.</translation>
    </message>
    <message>
        <source>Words a child may not know</source>
        <translation>Geiriau efallai na fydd plentyn yn eu deall</translation>
    </message>
    <message>
        <source>Your &amp;words:</source>
        <translation>Eich ge&amp;iriau:</translation>
    </message>
    <message>
        <source>Words a child may not know:</source>
        <translation>Geiriau efallai na fydd plentyn yn eu deall:</translation>
    </message>
    <message>
        <source>%1 (draft)</source>
        <translation>%1 (drafft)</translation>
    </message>
    <message>
        <source>Write to %1 in your own words, or start from the facts.</source>
        <translation>Ysgrifennwch at %1 yn eich geiriau eich hun, neu dechreuwch o&apos;r ffeithiau.</translation>
    </message>
    <message>
        <source>“%1”: %2</source>
        <translation>“%1”: %2</translation>
    </message>
    <message>
        <source>None found in this part.</source>
        <translation>Dim un yn y rhan hon.</translation>
    </message>
    <message>
        <source>Reading age: nothing written yet.</source>
        <translation>Oedran darllen: dim wedi&apos;i ysgrifennu eto.</translation>
    </message>
    <message>
        <source>Whole letter: %1 words, about %2 words a sentence.</source>
        <translation>Y llythyr cyfan: %1 gair, tua %2 gair i bob brawddeg.</translation>
    </message>
    <message>
        <source>Whole letter: %1 words. Reading age about %2 (a guide only: shorter sentences and words make it easier).</source>
        <translation>Y llythyr cyfan: %1 gair. Oedran darllen tua %2 (canllaw yn unig: mae brawddegau a geiriau byrrach yn ei wneud yn haws).</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Named in the letter but no longer in the story: %1. The words are kept; check that they are still right.</source>
        <translation>Wedi&apos;u henwi yn y llythyr ond ddim yn y stori bellach: %1. Mae&apos;r geiriau wedi&apos;u cadw; gwiriwch eu bod nhw&apos;n dal yn gywir.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Nobody named yet.</source>
        <translation>Neb wedi&apos;i enwi eto.</translation>
    </message>
    <message>
        <source>The story holds nothing for this part yet: write it in your own words.</source>
        <translation>Does dim byd yn y stori ar gyfer y rhan hon eto: ysgrifennwch hi yn eich geiriau eich hun.</translation>
    </message>
    <message>
        <source>Start from the facts</source>
        <translation>Dechrau o&apos;r ffeithiau</translation>
    </message>
    <message>
        <source>Put a draft made from the facts in place of what is written in “%1”? Undo brings your words back.</source>
        <translation>Rhoi drafft wedi&apos;i wneud o&apos;r ffeithiau yn lle&apos;r hyn sydd wedi&apos;i ysgrifennu yn “%1”? Bydd Dadwneud yn dod â&apos;ch geiriau yn ôl.</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Cadw fel PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Dogfennau PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved as a PDF</source>
        <translation>Wedi&apos;i gadw fel PDF</translation>
    </message>
    <message>
        <source>Preview: later life letter</source>
        <translation>Rhagolwg: llythyr bywyd diweddarach</translation>
    </message>
    <message>
        <source>Printed</source>
        <translation>Wedi&apos;i argraffu</translation>
    </message>
    <message>
        <source>Incl&amp;ude the page for the file</source>
        <translation>Yc&amp;hwanegu tudalen ar gyfer y ffeil</translation>
    </message>
    <message>
        <source>The page lists everyone the letter names and whether they agreed. It names people who refused, so it is for the case file only: leave it out of the copy that goes to the child.</source>
        <translation>Mae&apos;r dudalen yn rhestru pawb y mae&apos;r llythyr yn eu henwi ac a wnaethon nhw gytuno. Mae&apos;n enwi pobl a wrthododd, felly mae ar gyfer ffeil yr achos yn unig: gadewch hi allan o&apos;r copi sy&apos;n mynd i&apos;r plentyn.</translation>
    </message>
    <message>
        <source>%1 (not started)</source>
        <translation>%1 (heb ddechrau)</translation>
    </message>
    <message>
        <source>Printed as written.</source>
        <translation>Yn cael ei argraffu fel y&apos;i hysgrifennwyd.</translation>
    </message>
    <message>
        <source>Printed as “%1” instead of their name.</source>
        <translation>Yn cael ei argraffu fel “%1” yn lle ei enw.</translation>
    </message>
    <message>
        <source>Until they agree, a full name is printed as “%1” only.</source>
        <translation>Nes iddyn nhw gytuno, dim ond “%1” sy&apos;n cael ei argraffu o enw llawn.</translation>
    </message>
    <message>
        <source>Printed as written; a full name would need their permission.</source>
        <translation>Yn cael ei argraffu fel y&apos;i hysgrifennwyd; byddai angen eu caniatâd ar gyfer enw llawn.</translation>
    </message>
    <message>
        <source>1 part is still a draft.</source>
        <translation>Mae 1 rhan yn dal yn ddrafft.</translation>
    </message>
    <message>
        <source>%1 parts are still drafts.</source>
        <translation>Mae %1 rhan yn dal yn ddrafftiau.</translation>
    </message>
    <message>
        <source>1 word a child may not know.</source>
        <translation>1 gair efallai nad yw plentyn yn ei wybod.</translation>
    </message>
    <message>
        <source>%1 words a child may not know.</source>
        <translation>%1 gair efallai nad yw plentyn yn eu gwybod.</translation>
    </message>
    <message>
        <source>Say “%1” instead</source>
        <translation>Dweud “%1” yn lle hynny</translation>
    </message>
    <message>
        <source>Explain it: add “(%1)”</source>
        <translation>Ei esbonio: ychwanegu “(%1)”</translation>
    </message>
    <message>
        <source>The letter begins “Dear …,” with this name: no need to write it.</source>
        <translation>Mae&apos;r llythyr yn dechrau “Annwyl …,” gyda&apos;r enw hwn: does dim angen ei ysgrifennu.</translation>
    </message>
</context>
<context>
    <name>LetterWords</name>
    <message>
        <source>You and your birth</source>
        <translation>Pan gest ti dy eni</translation>
    </message>
    <message>
        <source>Your birth family</source>
        <translation>Dy deulu biolegol</translation>
    </message>
    <message>
        <source>Where you lived and why you moved</source>
        <translation>Ble roeddet ti&apos;n byw a pham symudaist ti</translation>
    </message>
    <message>
        <source>The decisions about you, and who made them</source>
        <translation>Y penderfyniadau amdanat ti, a phwy wnaeth nhw</translation>
    </message>
    <message>
        <source>What your birth family said</source>
        <translation>Beth ddywedodd dy deulu biolegol</translation>
    </message>
    <message>
        <source>Your brothers and sisters</source>
        <translation>Dy frodyr a dy chwiorydd</translation>
    </message>
    <message>
        <source>What you were like</source>
        <translation>Sut un oeddet ti</translation>
    </message>
    <message>
        <source>Who you can talk to later</source>
        <translation>Gyda phwy gelli di siarad yn nes ymlaen</translation>
    </message>
    <message>
        <source>When and where they were born, their name and who chose it, their first days.</source>
        <translation>Pryd a ble cawson nhw eu geni, eu henw a phwy a&apos;i dewisodd, eu dyddiau cyntaf.</translation>
    </message>
    <message>
        <source>Who their birth parents and wider family are, something good about each, and what they were like.</source>
        <translation>Pwy yw eu rhieni biolegol a&apos;u teulu ehangach, rhywbeth da am bob un, a sut rai oedden nhw.</translation>
    </message>
    <message>
        <source>Each home in order: who they lived with, and the true reason for each move.</source>
        <translation>Pob cartref yn ei drefn: gyda phwy roedden nhw&apos;n byw, a&apos;r gwir reswm dros bob symud.</translation>
    </message>
    <message>
        <source>Why they could not live with their birth family, what was tried first, and who decided (a judge, a panel, their social worker).</source>
        <translation>Pam nad oedden nhw&apos;n gallu byw gyda&apos;u teulu biolegol, beth a roddwyd ar brawf yn gyntaf, a phwy benderfynodd (barnwr, panel, eu gweithiwr cymdeithasol).</translation>
    </message>
    <message>
        <source>What their birth parents said about the decision and about them, in their words where you have them.</source>
        <translation>Beth ddywedodd eu rhieni biolegol am y penderfyniad ac amdanyn nhw, yn eu geiriau eu hunain os oes gennych chi nhw.</translation>
    </message>
    <message>
        <source>Each brother and sister, where they live, and how the child can keep in touch.</source>
        <translation>Pob brawd a chwaer, ble maen nhw&apos;n byw, a sut gall y plentyn gadw mewn cysylltiad.</translation>
    </message>
    <message>
        <source>What they loved, what they were good at, funny moments, what they said.</source>
        <translation>Beth roedden nhw&apos;n ei garu, beth roedden nhw&apos;n dda am ei wneud, eiliadau doniol, beth ddywedon nhw.</translation>
    </message>
    <message>
        <source>Who they can ask for their records and for support when they are older.</source>
        <translation>At bwy gallan nhw droi am eu cofnodion ac am gymorth pan fyddan nhw&apos;n hŷn.</translation>
    </message>
    <message>
        <source>Not chosen yet</source>
        <translation>Heb ddewis eto</translation>
    </message>
    <message>
        <source>Adoption</source>
        <translation>Mabwysiadu</translation>
    </message>
    <message>
        <source>Long-term foster care</source>
        <translation>Gofal maeth tymor hir</translation>
    </message>
    <message>
        <source>Kinship care (with family or friends)</source>
        <translation>Gofal gan berthnasau (gyda theulu neu ffrindiau)</translation>
    </message>
    <message>
        <source>Leaving care</source>
        <translation>Gadael gofal</translation>
    </message>
    <message>
        <source>Not asked yet</source>
        <translation>Heb ofyn eto</translation>
    </message>
    <message>
        <source>Asked, no answer yet</source>
        <translation>Wedi gofyn, dim ateb eto</translation>
    </message>
    <message>
        <source>Permission given</source>
        <translation>Caniatâd wedi&apos;i roi</translation>
    </message>
    <message>
        <source>Permission refused</source>
        <translation>Caniatâd wedi&apos;i wrthod</translation>
    </message>
    <message>
        <source>your birth mother</source>
        <translation>dy fam fiolegol</translation>
    </message>
    <message>
        <source>your birth father</source>
        <translation>dy dad biolegol</translation>
    </message>
    <message>
        <source>your brother or sister</source>
        <translation>dy frawd neu dy chwaer</translation>
    </message>
    <message>
        <source>your grandparent</source>
        <translation>dy daid neu dy nain</translation>
    </message>
    <message>
        <source>someone in your family</source>
        <translation>rhywun yn dy deulu</translation>
    </message>
    <message>
        <source>your foster carer</source>
        <translation>dy ofalwr maeth</translation>
    </message>
    <message>
        <source>the family member who looked after you</source>
        <translation>yr aelod o&apos;r teulu oedd yn gofalu amdanat ti</translation>
    </message>
    <message>
        <source>your parent</source>
        <translation>dy riant</translation>
    </message>
    <message>
        <source>your key worker</source>
        <translation>dy weithiwr allweddol</translation>
    </message>
    <message>
        <source>your social worker</source>
        <translation>dy weithiwr cymdeithasol</translation>
    </message>
    <message>
        <source>the person who checked your care was going well</source>
        <translation>y person oedd yn gwirio bod dy ofal yn mynd yn dda</translation>
    </message>
    <message>
        <source>your teacher</source>
        <translation>dy athro neu athrawes</translation>
    </message>
    <message>
        <source>someone who helped you talk about your feelings</source>
        <translation>rhywun wnaeth dy helpu di i siarad am dy deimladau</translation>
    </message>
    <message>
        <source>someone who helped you stay healthy</source>
        <translation>rhywun wnaeth dy helpu di i gadw&apos;n iach</translation>
    </message>
    <message>
        <source>a friend</source>
        <translation>ffrind</translation>
    </message>
    <message>
        <source>someone who knew you</source>
        <translation>rhywun oedd yn dy nabod di</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Datgloi</translation>
    </message>
    <message>
        <source>&amp;Close it instead</source>
        <translation>&amp;Cau yn lle hynny</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Wedi&apos;i chloi</translation>
    </message>
    <message>
        <source>This life story is locked</source>
        <translation>Mae&apos;r stori bywyd hon wedi&apos;i chloi</translation>
    </message>
    <message>
        <source>It was locked to keep it private. Type its passphrase to carry on where you left off.</source>
        <translation>Cafodd ei chloi i&apos;w chadw&apos;n breifat. Teipiwch ei chyfrinymadrodd i barhau o&apos;r lle roeddech chi.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Cyfrinymadrodd</translation>
    </message>
</context>
<context>
    <name>LossDialog</name>
    <message>
        <source>Show it in the child&apos;s own &amp;book too</source>
        <translation>Ei ddangos yn llyfr y plentyn ei hun &amp;hefyd</translation>
    </message>
    <message>
        <source>A pregnancy %1 lost</source>
        <translation>Beichiogrwydd a gollodd %1</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Dewiswch…</translation>
    </message>
    <message>
        <source>Not known or not said</source>
        <translation>Ddim yn hysbys neu heb ei ddweud</translation>
    </message>
    <message>
        <source>Empty: not known</source>
        <translation>Gwag: ddim yn hysbys</translation>
    </message>
    <message>
        <source>Only add this where the family wants it shown. It is drawn in the family tree for professionals, and left out of the child&apos;s book unless you choose otherwise.</source>
        <translation>Ychwanegwch hwn dim ond lle mae&apos;r teulu am iddo gael ei ddangos. Caiff ei dynnu yn y goeden deulu i weithwyr proffesiynol, a&apos;i adael allan o lyfr y plentyn oni bai eich bod yn dewis fel arall.</translation>
    </message>
    <message>
        <source>&amp;What happened:</source>
        <translation>&amp;Beth ddigwyddodd:</translation>
    </message>
    <message>
        <source>W&amp;hen:</source>
        <translation>&amp;Pryd:</translation>
    </message>
    <message>
        <source>The &amp;father:</source>
        <translation>Y &amp;tad:</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Ychwanegu</translation>
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
        <translation>Yn barod</translation>
    </message>
    <message>
        <source>&amp;New Life Story…</source>
        <translation>Stori Bywyd &amp;Newydd…</translation>
    </message>
    <message>
        <source>Start a new life story in a new, protected file</source>
        <translation>Dechrau stori bywyd newydd mewn ffeil newydd, warchodedig</translation>
    </message>
    <message>
        <source>&amp;Open Life Story…</source>
        <translation>&amp;Agor Stori Bywyd…</translation>
    </message>
    <message>
        <source>Open a life story file</source>
        <translation>Agor ffeil stori bywyd</translation>
    </message>
    <message>
        <source>Explore the &amp;Demo</source>
        <translation>Archwilio&apos;r &amp;Enghraifft</translation>
    </message>
    <message>
        <source>Open a made-up life story to look around</source>
        <translation>Agor stori bywyd ddychmygol i gael golwg</translation>
    </message>
    <message>
        <source>&amp;Close Life Story</source>
        <translation>&amp;Cau&apos;r Stori Bywyd</translation>
    </message>
    <message>
        <source>Write an encrypted copy of this life story</source>
        <translation>Ysgrifennu copi wedi&apos;i amgryptio o&apos;r stori bywyd hon</translation>
    </message>
    <message>
        <source>Change &amp;Passphrase…</source>
        <translation>Newid y C&amp;yfrinymadrodd…</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>C&amp;loi</translation>
    </message>
    <message>
        <source>Close the life story now; its passphrase opens it again</source>
        <translation>Cau&apos;r stori bywyd nawr; mae ei chyfrinymadrodd yn ei hagor eto</translation>
    </message>
    <message>
        <source>Turn off on a shared computer: file names often say whose story it is</source>
        <translation>Diffoddwch ar gyfrifiadur a rennir: mae enwau ffeiliau&apos;n aml yn dweud stori pwy yw hi</translation>
    </message>
    <message>
        <source>&amp;Larger Text</source>
        <translation>Testun &amp;Mwy</translation>
    </message>
    <message>
        <source>&amp;Easy-Read Font</source>
        <translation>Ffont &amp;Hawdd ei Darllen</translation>
    </message>
    <message>
        <source>Andika: letters designed to be easy to tell apart</source>
        <translation>Andika: llythrennau wedi&apos;u cynllunio i fod yn hawdd eu gwahaniaethu</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Gadael</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Dadwneud</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Ailwneud</translation>
    </message>
    <message>
        <source>&amp;People Who Matter</source>
        <translation>&amp;Pobl Sy&apos;n Bwysig</translation>
    </message>
    <message>
        <source>&amp;Timeline</source>
        <translation>&amp;Llinell Amser</translation>
    </message>
    <message>
        <source>&amp;Books</source>
        <translation>Ll&amp;yfrau</translation>
    </message>
    <message>
        <source>&amp;About Belonging</source>
        <translation>&amp;Ynghylch Belonging</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Ynghylch &amp;Qt</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Ffeil</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Agor &amp;Diweddar</translation>
    </message>
    <message>
        <source>Lock &amp;Automatically</source>
        <translation>Cloi&apos;n Awtoma&amp;tig</translation>
    </message>
    <message>
        <source>&amp;Never</source>
        <translation>&amp;Byth</translation>
    </message>
    <message>
        <source>After %1 minutes of no use</source>
        <translation>Ar ôl %1 munud heb ddefnydd</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Golygu</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>G&amp;wedd</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Cymorth</translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation>&amp;Clirio&apos;r Rhestr</translation>
    </message>
    <message>
        <source>Start a new life story</source>
        <translation>Dechrau stori bywyd newydd</translation>
    </message>
    <message>
        <source>Life stories (*.belonging)</source>
        <translation>Straeon bywyd (*.belonging)</translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation>Cadw copi</translation>
    </message>
    <message>
        <source>Change passphrase</source>
        <translation>Newid y cyfrinymadrodd</translation>
    </message>
    <message>
        <source>The passphrase has been changed.</source>
        <translation>Mae&apos;r cyfrinymadrodd wedi&apos;i newid.</translation>
    </message>
    <message>
        <source>Open a life story</source>
        <translation>Agor stori bywyd</translation>
    </message>
    <message>
        <source>Life stories (*.belonging);;All files (*)</source>
        <translation>Straeon bywyd (*.belonging);;Pob ffeil (*)</translation>
    </message>
    <message>
        <source>That file is not there any more. It may have been moved, renamed or deleted.</source>
        <translation>Dydy&apos;r ffeil honno ddim yno bellach. Efallai ei bod wedi&apos;i symud, ei hailenwi neu ei dileu.</translation>
    </message>
    <message>
        <source>Explore the demo</source>
        <translation>Archwilio&apos;r enghraifft</translation>
    </message>
    <message>
        <source>Demo</source>
        <translation>Enghraifft</translation>
    </message>
    <message>
        <source>%1 — Belonging</source>
        <translation>%1 — Belonging</translation>
    </message>
    <message>
        <source>Locked — Belonging</source>
        <translation>Wedi&apos;i chloi — Belonging</translation>
    </message>
    <message>
        <source>About Belonging</source>
        <translation>Ynghylch Belonging</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Belonging %1&lt;/h3&gt;&lt;p&gt;Life-story work and relationship mapping with children in care: the people who matter, where a child has lived, and their memories, kept together and safe.&lt;/p&gt;&lt;p&gt;Everything is stored in one encrypted file that only opens with its passphrase.&lt;/p&gt;&lt;p&gt;Belonging is free software, released under the GNU General Public License, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Belonging %1&lt;/h3&gt;&lt;p&gt;Gwaith stori bywyd a mapio perthnasoedd gyda phlant mewn gofal: y bobl sy&apos;n bwysig, ble mae plentyn wedi byw, a&apos;i atgofion, wedi&apos;u cadw gyda&apos;i gilydd ac yn ddiogel.&lt;/p&gt;&lt;p&gt;Mae popeth yn cael ei gadw mewn un ffeil wedi&apos;i hamgryptio sydd ond yn agor gyda&apos;i chyfrinymadrodd.&lt;/p&gt;&lt;p&gt;Meddalwedd rydd yw Belonging, wedi&apos;i rhyddhau dan Drwydded Gyhoeddus Gyffredinol GNU, fersiwn 3 neu ddiweddarach.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>As the computer is set</source>
        <translation>Fel mae&apos;r cyfrifiadur wedi&apos;i osod</translation>
    </message>
    <message>
        <source>Belonging will use this language when it next starts.</source>
        <translation>Bydd Belonging yn defnyddio&apos;r iaith hon y tro nesaf y bydd yn dechrau.</translation>
    </message>
    <message>
        <source>&amp;High Contrast</source>
        <translation>Cyferbyniad &amp;Uchel</translation>
    </message>
    <message>
        <source>White on black, with the chosen thing in yellow</source>
        <translation>Gwyn ar ddu, gyda&apos;r peth a ddewiswyd mewn melyn</translation>
    </message>
    <message>
        <source>A&amp;bout the Child…</source>
        <translation>A&amp;m y Plentyn…</translation>
    </message>
    <message>
        <source>Their name, birthday, photo and all about them</source>
        <translation>Eu henw, eu pen-blwydd, llun a phopeth amdanyn nhw</translation>
    </message>
    <message>
        <source>A&amp;bout %1…</source>
        <translation>A&amp;m %1…</translation>
    </message>
    <message>
        <source>All changes saved</source>
        <translation>Mae pob newid wedi&apos;i gadw</translation>
    </message>
    <message>
        <source>&amp;Getting Started</source>
        <translation>&amp;Dechrau Arni</translation>
    </message>
    <message>
        <source>My &amp;Say</source>
        <translation>Fy Ll&amp;ais</translation>
    </message>
    <message>
        <source>That is not the passphrase of this story, so it has not been changed.</source>
        <translation>Nid dyna gyfrinymadrodd y stori hon, felly nid yw wedi&apos;i newid.</translation>
    </message>
    <message>
        <source>That is not the passphrase of this story. Try again.</source>
        <translation>Nid dyna gyfrinymadrodd y stori hon. Rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <source>&amp;Moves</source>
        <translation>&amp;Symudiadau</translation>
    </message>
    <message>
        <source>&amp;Save a Copy…</source>
        <translation>Cadw C&amp;opi…</translation>
    </message>
    <message>
        <source>Remember Recent &amp;Files</source>
        <translation>Co&amp;fio Ffeiliau Diweddar</translation>
    </message>
    <message>
        <source>Lan&amp;guage</source>
        <translation>&amp;Iaith</translation>
    </message>
    <message>
        <source>&amp;People</source>
        <translation>&amp;Pobl</translation>
    </message>
    <message>
        <source>Later Life Lette&amp;r</source>
        <translation>Llythy&amp;r Bywyd Diweddarach</translation>
    </message>
    <message>
        <source>Unlocking the life story…</source>
        <translation>Yn datgloi’r stori bywyd…</translation>
    </message>
    <message>
        <source>The disk is full, so the new life story could not be made there. Free some space, or choose another place.</source>
        <translation>Mae’r ddisg yn llawn, felly doedd dim modd gwneud y stori bywyd newydd yno. Rhyddhewch ychydig o le, neu dewiswch le arall.</translation>
    </message>
    <message>
        <source>Protecting the new life story with its passphrase…</source>
        <translation>Yn diogelu’r stori bywyd newydd gyda’i chyfrinymadrodd…</translation>
    </message>
    <message>
        <source>&amp;Hand Over a Copy…</source>
        <translation>T&amp;rosglwyddo Copi…</translation>
    </message>
    <message>
        <source>Make a copy for new carers, adopters, the young person, the family or a worker</source>
        <translation>Gwneud copi i ofalwyr newydd, mabwysiadwyr, y person ifanc, y teulu neu weithiwr</translation>
    </message>
    <message>
        <source>Hand over a copy</source>
        <translation>Trosglwyddo copi</translation>
    </message>
    <message>
        <source>%1 – copy for %2</source>
        <translation>%1 – copi i %2</translation>
    </message>
    <message>
        <source>Life story</source>
        <translation>Stori bywyd</translation>
    </message>
    <message>
        <source>Protecting the copy with its passphrase…</source>
        <translation>Yn diogelu&apos;r copi gyda&apos;i gyfrinymadrodd…</translation>
    </message>
    <message>
        <source>The disk is full, so the copy could not be made there, and nothing was left behind. Free some space, or choose another place.</source>
        <translation>Mae&apos;r ddisg yn llawn, felly doedd dim modd gwneud y copi yno, ac ni adawyd dim ar ôl. Rhyddhewch ychydig o le, neu dewiswch le arall.</translation>
    </message>
    <message>
        <source>Made the copy for: %1.</source>
        <translation>Gwnaed y copi ar gyfer: %1.</translation>
    </message>
    <message>
        <source>Save the hand-over sheet</source>
        <translation>Cadw&apos;r daflen drosglwyddo</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Dogfennau PDF (*.pdf)</translation>
    </message>
    <message>
        <source>&amp;Export Everything…</source>
        <translation>Allforio &amp;Popeth…</translation>
    </message>
    <message>
        <source>Save the whole story in an open format (a ZIP archive) that other programs can read</source>
        <translation>Cadw&apos;r stori gyfan mewn fformat agored (archif ZIP) y gall rhaglenni eraill ei ddarllen</translation>
    </message>
    <message>
        <source>&amp;Import a Story…</source>
        <translation>&amp;Mewnforio Stori…</translation>
    </message>
    <message>
        <source>Make a new life story from an export</source>
        <translation>Gwneud stori bywyd newydd o allforio</translation>
    </message>
    <message>
        <source>The copy is made: “%1”, in the folder “%2”.

Give them the file and, separately, its passphrase. You can save a hand-over sheet to print for the records: it lists what the copy holds and what stayed here, never the passphrase.</source>
        <translation>Mae&apos;r copi wedi&apos;i wneud: “%1”, yn y ffolder “%2”.

Rhowch y ffeil iddyn nhw ac, ar wahân, ei chyfrinymadrodd. Gallwch gadw taflen drosglwyddo i&apos;w hargraffu ar gyfer y cofnodion: mae&apos;n rhestru beth sydd yn y copi a beth arhosodd yma, byth y cyfrinymadrodd.</translation>
    </message>
    <message>
        <source>Hand-over sheet for %1</source>
        <translation>Taflen drosglwyddo ar gyfer %1</translation>
    </message>
    <message>
        <source>Export everything</source>
        <translation>Allforio popeth</translation>
    </message>
    <message>
        <source>Protect the export with a passphrase? It holds the whole story, with its pictures, in an open format other programs can read. With a passphrase, 7-Zip and other archive programs open it; without one, anybody who has the file can read it all.</source>
        <translation>Diogelu&apos;r allforio gyda chyfrinymadrodd? Mae&apos;n cynnwys y stori gyfan, gyda&apos;i lluniau, mewn fformat agored y gall rhaglenni eraill ei ddarllen. Gyda chyfrinymadrodd, mae 7-Zip a rhaglenni archif eraill yn ei agor; hebddo, gall unrhyw un sydd â&apos;r ffeil ddarllen y cyfan.</translation>
    </message>
    <message>
        <source>Save it without a passphrase? Anybody who gets the file — on a lost memory stick, in an email — can read everything in it, private items and addresses too.</source>
        <translation>Ei gadw heb gyfrinymadrodd? Gall unrhyw un sy&apos;n cael y ffeil — ar gof bach a gollwyd, mewn e-bost — ddarllen popeth ynddi, eitemau preifat a chyfeiriadau hefyd.</translation>
    </message>
    <message>
        <source>%1 – everything</source>
        <translation>%1 – popeth</translation>
    </message>
    <message>
        <source>ZIP archives (*.zip)</source>
        <translation>Archifau ZIP (*.zip)</translation>
    </message>
    <message>
        <source>Exported everything to “%1”.</source>
        <translation>Allforiwyd popeth i “%1”.</translation>
    </message>
    <message>
        <source>Import a story</source>
        <translation>Mewnforio stori</translation>
    </message>
    <message>
        <source>Exported stories (*.zip);;All files (*)</source>
        <translation>Straeon wedi&apos;u hallforio (*.zip);;Pob ffeil (*)</translation>
    </message>
    <message>
        <source>%1 (brought in)</source>
        <translation>%1 (wedi&apos;i fewnforio)</translation>
    </message>
    <message>
        <source>Where to keep the story brought in</source>
        <translation>Ble i gadw&apos;r stori a fewnforiwyd</translation>
    </message>
    <message>
        <source>Brought the story in from “%1” as a new story.</source>
        <translation>Daethpwyd â&apos;r stori i mewn o “%1” fel stori newydd.</translation>
    </message>
    <message>
        <source>&amp;Bring In Changes from Another Copy…</source>
        <translation>Dod â Newid&amp;iadau i Mewn o Gopi Arall…</translation>
    </message>
    <message>
        <source>Add what was added and changed in another copy of this story (a worker&apos;s, or a copy handed over)</source>
        <translation>Ychwanegu&apos;r hyn a ychwanegwyd ac a newidiwyd mewn copi arall o&apos;r stori hon (copi gweithiwr, neu gopi a drosglwyddwyd)</translation>
    </message>
    <message>
        <source>Bring in changes</source>
        <translation>Dod â newidiadau i mewn</translation>
    </message>
    <message>
        <source>Opening the other copy…</source>
        <translation>Yn agor y copi arall…</translation>
    </message>
    <message>
        <source>The disk is full, so nothing was brought in: this copy is just as it was. Free some space and try again.</source>
        <translation>Mae&apos;r ddisg yn llawn, felly ni ddaethpwyd â dim i mewn: mae&apos;r copi hwn yn union fel yr oedd. Rhyddhewch ychydig o le a rhoi cynnig arall arni.</translation>
    </message>
    <message>
        <source>That is the story you have open. Choose the other person&apos;s copy of it.</source>
        <translation>Dyna&apos;r stori sydd gennych ar agor. Dewiswch gopi&apos;r person arall ohoni.</translation>
    </message>
    <message>
        <source>Nothing new to bring in from “%1”: everything changed there is already here, or was decided before.</source>
        <translation>Dim byd newydd i ddod i mewn o “%1”: mae popeth a newidiwyd yno yma&apos;n barod, neu fe&apos;i penderfynwyd o&apos;r blaen.</translation>
    </message>
    <message>
        <source>the demo</source>
        <translation>y demo</translation>
    </message>
    <message>
        <source>Brought in the changes from “%1”. Edit › Undo takes them all back.</source>
        <translation>Daethpwyd â&apos;r newidiadau i mewn o “%1”. Mae Golygu › Dadwneud yn mynd â nhw i gyd yn ôl.</translation>
    </message>
    <message>
        <source>%1 – copy</source>
        <translation>%1 – copi</translation>
    </message>
    <message>
        <source>Saved an encrypted copy: “%1”, in the folder “%2”.</source>
        <translation>Cadwyd copi wedi&apos;i amgryptio: “%1”, yn y ffolder “%2”.</translation>
    </message>
    <message>
        <source>&amp;Family Tree</source>
        <translation>&amp;Coeden Deulu</translation>
    </message>
    <message>
        <source>Bring In a Family &amp;Tree (GEDCOM)…</source>
        <translation>Dod â Choeden De&amp;ulu i Mewn (GEDCOM)…</translation>
    </message>
    <message>
        <source>Add the people in a family tree saved by a family history program</source>
        <translation>Ychwanegu&apos;r bobl mewn coeden deulu a gadwyd gan raglen hanes teulu</translation>
    </message>
    <message>
        <source>Save the Family Tree as &amp;GEDCOM…</source>
        <translation>&amp;Storio&apos;r Goeden Deulu fel GEDCOM…</translation>
    </message>
    <message>
        <source>Save the family&apos;s shape (names, births, deaths, parents and partners) for a family history program</source>
        <translation>Cadw siâp y teulu (enwau, genedigaethau, marwolaethau, rhieni a phartneriaid) ar gyfer rhaglen hanes teulu</translation>
    </message>
    <message>
        <source>&amp;Child Mode</source>
        <translation>M&amp;odd y Plentyn</translation>
    </message>
    <message>
        <source>A space for the child, with big buttons and reading aloud; leaving it asks for the password</source>
        <translation>Lle i’r plentyn, gyda botymau mawr a darllen yn uchel; mae gadael yn gofyn am y cyfrinair</translation>
    </message>
    <message numerus="yes">
        <source>%1 said something new in My say (%n answer(s)).</source>
        <translation>
            <numerusform>Dywedodd %1 rywbeth newydd yn Fy llais (%n ateb).</numerusform>
            <numerusform>Dywedodd %1 rywbeth newydd yn Fy llais (%n ateb).</numerusform>
            <numerusform>Dywedodd %1 rywbeth newydd yn Fy llais (%n ateb).</numerusform>
            <numerusform>Dywedodd %1 rywbeth newydd yn Fy llais (%n ateb).</numerusform>
            <numerusform>Dywedodd %1 rywbeth newydd yn Fy llais (%n ateb).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 added memories to the timeline (%n memory(s)): add when they happened.</source>
        <translation>
            <numerusform>Ychwanegodd %1 atgofion at y llinell amser (%n atgof): ychwanegwch pryd ddigwyddon nhw.</numerusform>
            <numerusform>Ychwanegodd %1 atgof at y llinell amser (%n atgof): ychwanegwch pryd ddigwyddodd.</numerusform>
            <numerusform>Ychwanegodd %1 atgofion at y llinell amser (%n atgof): ychwanegwch pryd ddigwyddon nhw.</numerusform>
            <numerusform>Ychwanegodd %1 atgofion at y llinell amser (%n atgof): ychwanegwch pryd ddigwyddon nhw.</numerusform>
            <numerusform>Ychwanegodd %1 atgofion at y llinell amser (%n atgof): ychwanegwch pryd ddigwyddon nhw.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MakeGroup</name>
    <message>
        <source>Group %1</source>
        <translation>Grwpio %1</translation>
    </message>
</context>
<context>
    <name>MemoryDialog</name>
    <message>
        <source>Who was there</source>
        <translation>Pwy oedd yno</translation>
    </message>
    <message>
        <source>Add &amp;photos…</source>
        <translation>Ychwanegu &amp;lluniau…</translation>
    </message>
    <message>
        <source>Take photo &amp;out</source>
        <translation>Tynnu&apos;r llun &amp;allan</translation>
    </message>
    <message>
        <source>A memory</source>
        <translation>Atgof</translation>
    </message>
    <message>
        <source>For example: My first bike</source>
        <translation>Er enghraifft: Fy meic cyntaf</translation>
    </message>
    <message>
        <source>What to call this memory</source>
        <translation>Beth i alw&apos;r atgof hwn</translation>
    </message>
    <message>
        <source>When it happened</source>
        <translation>Pryd digwyddodd e</translation>
    </message>
    <message>
        <source>What happened? What do you remember most?</source>
        <translation>Beth ddigwyddodd? Beth rwyt ti&apos;n ei gofio fwyaf?</translation>
    </message>
    <message>
        <source>%1&apos;s own words</source>
        <translation>Geiriau %1 ei hun</translation>
    </message>
    <message>
        <source>Where %1 was living</source>
        <translation>Ble roedd %1 yn byw</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>Lluniau</translation>
    </message>
    <message>
        <source>Drag photos here, or use Add photos</source>
        <translation>Llusgwch luniau yma, neu defnyddiwch Ychwanegu lluniau</translation>
    </message>
    <message>
        <source>&amp;Name it:</source>
        <translation>&amp;Enw:</translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation>&amp;Pryd:</translation>
    </message>
    <message>
        <source>How did it feel?</source>
        <translation>Sut roedd e&apos;n teimlo?</translation>
    </message>
    <message>
        <source>W&amp;ho was there:</source>
        <translation>P&amp;wy oedd yno:</translation>
    </message>
    <message>
        <source>Where %1 was &amp;living:</source>
        <translation>Ble roedd %1 yn &amp;byw:</translation>
    </message>
    <message>
        <source>Photos:</source>
        <translation>Lluniau:</translation>
    </message>
    <message>
        <source>Add photos</source>
        <translation>Ychwanegu lluniau</translation>
    </message>
    <message>
        <source>Adding photos…</source>
        <translation>Wrthi&apos;n ychwanegu lluniau…</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stopio</translation>
    </message>
    <message>
        <source>The date comes from when the photo was taken. Change it if it&apos;s wrong.</source>
        <translation>Mae&apos;r dyddiad yn dod o pryd cafodd y llun ei dynnu. Newidiwch e os yw&apos;n anghywir.</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Llun</translation>
    </message>
    <message>
        <source>Work it out from the date</source>
        <translation>Ei gyfrifo o&apos;r dyddiad</translation>
    </message>
    <message>
        <source>Work it out from the date (%1)</source>
        <translation>Ei gyfrifo o&apos;r dyddiad (%1)</translation>
    </message>
    <message>
        <source>Keep pri&amp;vate (leave out of every book)</source>
        <translation>Cadw&apos;n breifa&amp;t (gadael allan o bob llyfr)</translation>
    </message>
    <message>
        <source>In %1&apos;s wo&amp;rds:</source>
        <translation>Yng &amp;ngeiriau %1:</translation>
    </message>
    <message>
        <source>In %1&apos;s own voice:</source>
        <translation>Yn llais %1 ei hun:</translation>
    </message>
</context>
<context>
    <name>MergeCommand</name>
    <message>
        <source>bring in changes</source>
        <translation>dod â newidiadau i mewn</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Bring in changes</source>
        <translation>Dod â newidiadau i mewn</translation>
    </message>
    <message>
        <source>Both copies changed these. Choose what to keep for each one — nothing is chosen for you.</source>
        <translation>Newidiodd y ddau gopi y rhain. Dewiswch beth i&apos;w gadw ar gyfer pob un — does dim yn cael ei ddewis ar eich rhan.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 — removed here, changed in the other copy</source>
        <translation>%1 — wedi&apos;i dynnu yma, wedi&apos;i newid yn y copi arall</translation>
    </message>
    <message>
        <source>Leave it removed</source>
        <translation>Ei adael wedi&apos;i dynnu</translation>
    </message>
    <message>
        <source>Bring it back, as the other copy has it</source>
        <translation>Dod ag ef yn ôl, fel y mae yn y copi arall</translation>
    </message>
    <message>
        <source>%1 — removed in the other copy, changed here</source>
        <translation>%1 — wedi&apos;i dynnu yn y copi arall, wedi&apos;i newid yma</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Ei gadw</translation>
    </message>
    <message>
        <source>Remove it</source>
        <translation>Ei dynnu</translation>
    </message>
    <message>
        <source>Keep &amp;All of This Copy’s</source>
        <translation>Cadw&apos;r C&amp;yfan o&apos;r Copi Hwn</translation>
    </message>
    <message>
        <source>Take All of the &amp;Other’s</source>
        <translation>Cymryd y Cyfan o&apos;r Copi &amp;Arall</translation>
    </message>
    <message>
        <source>&amp;What will change here:</source>
        <translation>Beth fydd yn &amp;newid yma:</translation>
    </message>
    <message>
        <source>What will change here</source>
        <translation>Beth fydd yn newid yma</translation>
    </message>
    <message>
        <source>&amp;Bring In</source>
        <translation>&amp;Dod â Nhw i Mewn</translation>
    </message>
    <message>
        <source>New: %1</source>
        <translation>Newydd: %1</translation>
    </message>
    <message>
        <source>Brought back: %1</source>
        <translation>Wedi&apos;i ddod yn ôl: %1</translation>
    </message>
    <message>
        <source>Removed: %1</source>
        <translation>Wedi&apos;i dynnu: %1</translation>
    </message>
    <message>
        <source>Nothing yet — answer the questions above.</source>
        <translation>Dim byd eto — atebwch y cwestiynau uchod.</translation>
    </message>
    <message>
        <source>In this copy, “%1”</source>
        <translation>Yn y copi hwn, “%1”</translation>
    </message>
    <message>
        <source>In “%1”</source>
        <translation>Yn “%1”</translation>
    </message>
    <message>
        <source>From “%1”: %2 new, %3 changed there, %4 removed there. Everything else in “%5” stays as it is — what was left out of the other copy too, such as private notes, phone numbers and addresses.</source>
        <translation>O “%1”: %2 newydd, %3 wedi newid yno, %4 wedi&apos;u tynnu yno. Mae popeth arall yn “%5” yn aros fel y mae — gan gynnwys yr hyn a adawyd allan o&apos;r copi arall, fel nodiadau preifat, rhifau ffôn a chyfeiriadau.</translation>
    </message>
    <message>
        <source>Changed: %1 — %2: %3 → %4</source>
        <translation>Wedi newid: %1 — %2: %3 → %4</translation>
    </message>
</context>
<context>
    <name>MergeLabels</name>
    <message>
        <source>Picture</source>
        <translation>Llun</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Cartref</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Digwyddiad</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Atgof</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>Perthynas</translation>
    </message>
    <message>
        <source>What the child said</source>
        <translation>Beth ddywedodd y plentyn</translation>
    </message>
    <message>
        <source>Group on the map</source>
        <translation>Grŵp ar y map</translation>
    </message>
    <message>
        <source>About the child</source>
        <translation>Am y plentyn</translation>
    </message>
    <message>
        <source>Later life letter</source>
        <translation>Llythyr bywyd diweddarach</translation>
    </message>
    <message>
        <source>Part of the letter</source>
        <translation>Rhan o&apos;r llythyr</translation>
    </message>
    <message>
        <source>Saved version of the letter</source>
        <translation>Fersiwn wedi&apos;i chadw o&apos;r llythyr</translation>
    </message>
    <message>
        <source>Book setting</source>
        <translation>Gosodiad llyfr</translation>
    </message>
    <message>
        <source>the child</source>
        <translation>y plentyn</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 a %2</translation>
    </message>
    <message>
        <source>%1 “%2”</source>
        <translation>%1 “%2”</translation>
    </message>
    <message>
        <source>Place on the map</source>
        <translation>Lle ar y map</translation>
    </message>
    <message>
        <source>Carers</source>
        <translation>Gofalwyr</translation>
    </message>
    <message>
        <source>Keeping-in-touch plan</source>
        <translation>Cynllun cadw mewn cysylltiad</translation>
    </message>
    <message>
        <source>Who was there</source>
        <translation>Pwy oedd yno</translation>
    </message>
    <message>
        <source>Pictures</source>
        <translation>Lluniau</translation>
    </message>
    <message>
        <source>Who is in the group</source>
        <translation>Pwy sydd yn y grŵp</translation>
    </message>
    <message>
        <source>Permission to name people</source>
        <translation>Caniatâd i enwi pobl</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Enw llawn</translation>
    </message>
    <message>
        <source>Known as</source>
        <translation>Yn cael ei alw&apos;n</translation>
    </message>
    <message>
        <source>Who they are</source>
        <translation>Pwy ydyn nhw</translation>
    </message>
    <message>
        <source>More about who they are</source>
        <translation>Mwy am bwy ydyn nhw</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Llun</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Nodiadau</translation>
    </message>
    <message>
        <source>In the child&apos;s words</source>
        <translation>Yng ngeiriau&apos;r plentyn</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Cyfeiriad</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Ffôn</translation>
    </message>
    <message>
        <source>Private</source>
        <translation>Preifat</translation>
    </message>
    <message>
        <source>Caption</source>
        <translation>Capsiwn</translation>
    </message>
    <message>
        <source>When it was taken</source>
        <translation>Pryd y&apos;i tynnwyd</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Teitl</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Dyddiad</translation>
    </message>
    <message>
        <source>Feelings</source>
        <translation>Teimladau</translation>
    </message>
    <message>
        <source>Name of the home</source>
        <translation>Enw&apos;r cartref</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Math</translation>
    </message>
    <message>
        <source>How close</source>
        <translation>Pa mor agos</translation>
    </message>
    <message>
        <source>From</source>
        <translation>O</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Tan</translation>
    </message>
    <message>
        <source>School</source>
        <translation>Ysgol</translation>
    </message>
    <message>
        <source>School address</source>
        <translation>Cyfeiriad yr ysgol</translation>
    </message>
    <message>
        <source>Why they left, in their words</source>
        <translation>Pam y gadawodd, yn ei eiriau ei hun</translation>
    </message>
    <message>
        <source>Why they left, for the record</source>
        <translation>Pam y gadawodd, ar gyfer y cofnod</translation>
    </message>
    <message>
        <source>Why they came, in their words</source>
        <translation>Pam y daeth, yn ei eiriau ei hun</translation>
    </message>
    <message>
        <source>Why they came, for the record</source>
        <translation>Pam y daeth, ar gyfer y cofnod</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Manylion</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Canlyniad</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Ffynhonnell</translation>
    </message>
    <message>
        <source>Impact on the child</source>
        <translation>Effaith ar y plentyn</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Cyswllt</translation>
    </message>
    <message>
        <source>About contact</source>
        <translation>Am gyswllt</translation>
    </message>
    <message>
        <source>Next contact</source>
        <translation>Cyswllt nesaf</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Cyfeiriad y berthynas</translation>
    </message>
    <message>
        <source>What they said</source>
        <translation>Beth ddywedon nhw</translation>
    </message>
    <message>
        <source>What they were asked</source>
        <translation>Beth ofynnwyd iddyn nhw</translation>
    </message>
    <message>
        <source>Said to</source>
        <translation>Wedi&apos;i ddweud wrth</translation>
    </message>
    <message>
        <source>Written down by</source>
        <translation>Wedi&apos;i ysgrifennu gan</translation>
    </message>
    <message>
        <source>Who may see it</source>
        <translation>Pwy gaiff ei weld</translation>
    </message>
    <message>
        <source>What happened because they said it</source>
        <translation>Beth ddigwyddodd oherwydd iddyn nhw ei ddweud</translation>
    </message>
    <message>
        <source>Why not</source>
        <translation>Pam lai</translation>
    </message>
    <message>
        <source>Told to the child</source>
        <translation>Wedi&apos;i ddweud wrth y plentyn</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Enw</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Dyddiad geni</translation>
    </message>
    <message>
        <source>Pronouns</source>
        <translation>Rhagenwau</translation>
    </message>
    <message>
        <source>All about me</source>
        <translation>Popeth amdana i</translation>
    </message>
    <message>
        <source>Addressed to</source>
        <translation>Wedi&apos;i gyfeirio at</translation>
    </message>
    <message>
        <source>Written by</source>
        <translation>Wedi&apos;i ysgrifennu gan</translation>
    </message>
    <message>
        <source>Writer&apos;s role</source>
        <translation>Rôl yr awdur</translation>
    </message>
    <message>
        <source>Written on</source>
        <translation>Wedi&apos;i ysgrifennu ar</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Testun</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Gosodiad</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(dim)</translation>
    </message>
    <message>
        <source>at %1, %2</source>
        <translation>yn %1, %2</translation>
    </message>
    <message>
        <source>%1 rows</source>
        <translation>%1 rhes</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(gwag)</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ie</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Na</translation>
    </message>
    <message>
        <source>(a picture)</source>
        <translation>(llun)</translation>
    </message>
    <message>
        <source>Kind of file</source>
        <translation>Math o ffeil</translation>
    </message>
    <message>
        <source>Width</source>
        <translation>Lled</translation>
    </message>
    <message>
        <source>Height</source>
        <translation>Uchder</translation>
    </message>
    <message>
        <source>Added on</source>
        <translation>Ychwanegwyd ar</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>Enw&apos;r ffeil</translation>
    </message>
    <message>
        <source>Moved from the old single box</source>
        <translation>Symudwyd o&apos;r hen flwch sengl</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Pwnc</translation>
    </message>
    <message>
        <source>How they said it</source>
        <translation>Sut y dywedon nhw</translation>
    </message>
    <message>
        <source>Read back to them</source>
        <translation>Wedi&apos;i ddarllen yn ôl iddyn nhw</translation>
    </message>
    <message>
        <source>Read back on</source>
        <translation>Wedi&apos;i ddarllen yn ôl ar</translation>
    </message>
    <message>
        <source>Told on</source>
        <translation>Wedi&apos;i ddweud ar</translation>
    </message>
    <message>
        <source>Kind of care</source>
        <translation>Math o ofal</translation>
    </message>
    <message>
        <source>Easy read</source>
        <translation>Hawdd ei ddarllen</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Drafft</translation>
    </message>
    <message>
        <source>Saved on</source>
        <translation>Cadwyd ar</translation>
    </message>
    <message>
        <source>Saved by</source>
        <translation>Cadwyd gan</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>Beth newidiodd</translation>
    </message>
    <message>
        <source>What %1 calls them</source>
        <translation>Beth mae %1 yn eu galw</translation>
    </message>
    <message>
        <source>In %1&apos;s words</source>
        <translation>Yng ngeiriau %1</translation>
    </message>
    <message>
        <source>More about that</source>
        <translation>Mwy am hynny</translation>
    </message>
    <message>
        <source>Parent and child</source>
        <translation>Rhiant a phlentyn</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Partneriaid</translation>
    </message>
    <message>
        <source>Twins</source>
        <translation>Efeilliaid</translation>
    </message>
    <message>
        <source>Pregnancy lost</source>
        <translation>Beichiogrwydd a gollwyd</translation>
    </message>
    <message>
        <source>Place in the family tree</source>
        <translation>Lle yn y goeden deulu</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Rhywedd</translation>
    </message>
    <message>
        <source>Gender, in their words</source>
        <translation>Rhywedd, yn eu geiriau nhw</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>Ganwyd</translation>
    </message>
    <message>
        <source>Died</source>
        <translation>Bu farw</translation>
    </message>
    <message>
        <source>Has died</source>
        <translation>Wedi marw</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>Plentyn</translation>
    </message>
    <message>
        <source>Parent</source>
        <translation>Rhiant</translation>
    </message>
    <message>
        <source>One</source>
        <translation>Un</translation>
    </message>
    <message>
        <source>The other</source>
        <translation>Y llall</translation>
    </message>
    <message>
        <source>How it ended</source>
        <translation>Sut daeth i ben</translation>
    </message>
    <message>
        <source>Identical</source>
        <translation>Unfath</translation>
    </message>
    <message>
        <source>Mother</source>
        <translation>Mam</translation>
    </message>
    <message>
        <source>Father</source>
        <translation>Tad</translation>
    </message>
</context>
<context>
    <name>MovePerson</name>
    <message>
        <source>Move %1</source>
        <translation>Symud %1</translation>
    </message>
</context>
<context>
    <name>MovePlanDialog</name>
    <message>
        <source>the child</source>
        <translation>y plentyn</translation>
    </message>
    <message>
        <source>Keeping in touch: the move to %1</source>
        <translation>Cadw mewn cysylltiad: y symud i %1</translation>
    </message>
    <message>
        <source>on a date not known yet</source>
        <translation>ar ddyddiad sydd heb ei wybod eto</translation>
    </message>
    <message>
        <source>%1 moves to %2, %3.</source>
        <translation>Mae %1 yn symud i %2, %3.</translation>
    </message>
    <message>
        <source>%1 moves from %2 to %3, %4.</source>
        <translation>Mae %1 yn symud o %2 i %3, %4.</translation>
    </message>
    <message>
        <source>For example: 24 hours, two weeks</source>
        <translation>Er enghraifft: 24 awr, pythefnos</translation>
    </message>
    <message>
        <source>How the move came &amp;about:</source>
        <translation>Sut y digwyddodd y s&amp;ymud:</translation>
    </message>
    <message>
        <source>&amp;Notice given:</source>
        <translation>&amp;Rhybudd a roddwyd:</translation>
    </message>
    <message>
        <source>Nobody is on the map as part of %1&apos;s life before this move. Add people and how %1 gets on with them on the map first.</source>
        <translation>Does neb ar y map fel rhan o fywyd %1 cyn y symud hwn. Ychwanegwch bobl a sut mae %1 yn dod ymlaen â nhw ar y map yn gyntaf.</translation>
    </message>
    <message>
        <source>&lt;b&gt;After the move, what happens with…&lt;/b&gt;</source>
        <translation>&lt;b&gt;Ar ôl y symud, beth sy&apos;n digwydd gyda…&lt;/b&gt;</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>What happens with %1</source>
        <translation>Beth sy&apos;n digwydd gyda %1</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Heb ei osod</translation>
    </message>
    <message>
        <source>How often %1 and %2 keep in touch</source>
        <translation>Pa mor aml mae %1 a %2 yn cadw mewn cysylltiad</translation>
    </message>
    <message>
        <source>A way %1 keeps in touch with %2</source>
        <translation>Ffordd mae %1 yn cadw mewn cysylltiad â %2</translation>
    </message>
    <message>
        <source>Who arranges it, for %1</source>
        <translation>Pwy sy&apos;n ei drefnu, ar gyfer %1</translation>
    </message>
    <message>
        <source>Why, or anything else to know, about %1</source>
        <translation>Pam, neu unrhyw beth arall i&apos;w wybod, am %1</translation>
    </message>
    <message>
        <source>Why it ends, or anything else to know</source>
        <translation>Pam mae&apos;n dod i ben, neu unrhyw beth arall i&apos;w wybod</translation>
    </message>
    <message>
        <source>After the move:</source>
        <translation>Ar ôl y symud:</translation>
    </message>
    <message>
        <source>How often:</source>
        <translation>Pa mor aml:</translation>
    </message>
    <message>
        <source>How:</source>
        <translation>Sut:</translation>
    </message>
    <message>
        <source>Arranged by:</source>
        <translation>Wedi&apos;i drefnu gan:</translation>
    </message>
    <message>
        <source>Why, or notes:</source>
        <translation>Pam, neu nodiadau:</translation>
    </message>
    <message>
        <source>What the record shows: %1 — %2</source>
        <translation>Beth mae&apos;r cofnod yn ei ddangos: %1 — %2</translation>
    </message>
    <message>
        <source>%1 moved to %2, %3.</source>
        <translation>Symudodd %1 i %2, %3.</translation>
    </message>
    <message>
        <source>%1 moved from %2 to %3, %4.</source>
        <translation>Symudodd %1 o %2 i %3, %4.</translation>
    </message>
    <message>
        <source>Beside each plan is what the record shows six months after.</source>
        <translation>Wrth ymyl pob cynllun mae&apos;r hyn mae&apos;r cofnod yn ei ddangos chwe mis wedyn.</translation>
    </message>
    <message>
        <source>%1 lives with %2 in the new home too: nothing to plan unless that changes.</source>
        <translation>Mae %1 yn byw gyda %2 yn y cartref newydd hefyd: dim i&apos;w gynllunio oni bai bod hynny&apos;n newid.</translation>
    </message>
</context>
<context>
    <name>MoveTiesModel</name>
    <message>
        <source>Warning: %1</source>
        <translation>Rhybudd: %1</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Who they are</source>
        <translation>Pwy ydyn nhw</translation>
    </message>
    <message>
        <source>The plan</source>
        <translation>Y cynllun</translation>
    </message>
    <message>
        <source>Six months after</source>
        <translation>Chwe mis wedyn</translation>
    </message>
    <message>
        <source>How we know</source>
        <translation>Sut rydyn ni&apos;n gwybod</translation>
    </message>
</context>
<context>
    <name>MoveWords</name>
    <message>
        <source>Not decided yet</source>
        <translation>Heb benderfynu eto</translation>
    </message>
    <message>
        <source>Continues as now</source>
        <translation>Yn parhau fel nawr</translation>
    </message>
    <message>
        <source>New arrangement</source>
        <translation>Trefniant newydd</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Yn dod i ben</translation>
    </message>
    <message>
        <source>visits</source>
        <translation>ymweliadau</translation>
    </message>
    <message>
        <source>phone calls</source>
        <translation>galwadau ffôn</translation>
    </message>
    <message>
        <source>video calls</source>
        <translation>galwadau fideo</translation>
    </message>
    <message>
        <source>letters and cards</source>
        <translation>llythyrau a chardiau</translation>
    </message>
    <message>
        <source>messages</source>
        <translation>negeseuon</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <extracomment>joins the last two ways of keeping in touch: &quot;visits, calls and video calls&quot;</extracomment>
        <translation>%1 a %2</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Heb ei gofnodi</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Wedi&apos;i gynllunio</translation>
    </message>
    <message>
        <source>Unplanned</source>
        <translation>Heb ei gynllunio</translation>
    </message>
    <message>
        <source>Emergency</source>
        <translation>Argyfwng</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>Wedi&apos;i gadw</translation>
    </message>
    <message>
        <source>Kept, arrangement changed</source>
        <translation>Wedi&apos;i gadw, trefniant wedi newid</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Wedi&apos;i golli</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>Anhysbys</translation>
    </message>
    <message>
        <source>Too soon to tell</source>
        <translation>Rhy gynnar i ddweud</translation>
    </message>
    <message>
        <source>Brothers and sisters</source>
        <translation>Brodyr a chwiorydd</translation>
    </message>
    <message>
        <source>Carers</source>
        <translation>Gofalwyr</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Teulu</translation>
    </message>
    <message>
        <source>Friends</source>
        <translation>Ffrindiau</translation>
    </message>
    <message>
        <source>School</source>
        <translation>Ysgol</translation>
    </message>
    <message>
        <source>Workers</source>
        <translation>Gweithwyr</translation>
    </message>
    <message>
        <source>Pets</source>
        <translation>Anifeiliaid anwes</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Lleoedd</translation>
    </message>
    <message>
        <source>Others</source>
        <translation>Eraill</translation>
    </message>
    <message>
        <source>arranged by %1</source>
        <translation>wedi&apos;i drefnu gan %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Contact recorded on %1</source>
        <translation>Cysylltiad wedi&apos;i gofnodi ar %1</translation>
    </message>
    <message>
        <source>In touch until %1</source>
        <translation>Mewn cysylltiad tan %1</translation>
    </message>
    <message>
        <source>Ended %1, no contact recorded since</source>
        <translation>Daeth i ben %1, dim cysylltiad wedi&apos;i gofnodi ers hynny</translation>
    </message>
    <message>
        <source>When it ended is too vague to say</source>
        <translation>Mae pryd y daeth i ben yn rhy amwys i&apos;w ddweud</translation>
    </message>
    <message>
        <source>No relationship recorded on the map</source>
        <translation>Dim perthynas wedi&apos;i chofnodi ar y map</translation>
    </message>
    <message>
        <source>The date of this move is not known</source>
        <translation>Nid yw dyddiad y symud hwn yn hysbys</translation>
    </message>
    <message>
        <source>Six months have not passed yet</source>
        <translation>Nid yw chwe mis wedi mynd heibio eto</translation>
    </message>
    <message>
        <source>Nobody recorded before this move</source>
        <translation>Neb wedi&apos;i gofnodi cyn y symud hwn</translation>
    </message>
    <message>
        <source>Everyone decided</source>
        <translation>Pawb wedi&apos;u penderfynu</translation>
    </message>
    <message>
        <source>%1 of %2 not decided yet</source>
        <translation>%1 o %2 heb benderfynu eto</translation>
    </message>
    <message>
        <source>kept %1</source>
        <translation>wedi cadw %1</translation>
    </message>
    <message>
        <source>lost %1</source>
        <translation>wedi colli %1</translation>
    </message>
    <message>
        <source>not known %1</source>
        <translation>anhysbys %1</translation>
    </message>
    <message>
        <source>too soon to tell %1</source>
        <translation>rhy gynnar i ddweud %1</translation>
    </message>
    <message>
        <source> · </source>
        <translation> · </translation>
    </message>
    <message>
        <source>Before the move to %1: nothing is decided yet about keeping in touch with %2.</source>
        <translation>Cyn y symud i %1: does dim wedi&apos;i benderfynu eto am gadw mewn cysylltiad â %2.</translation>
    </message>
    <message>
        <source>No plan recorded</source>
        <translation>Dim cynllun wedi&apos;i gofnodi</translation>
    </message>
    <message>
        <source>%1, lived with the child at the home left</source>
        <translation>%1, yn byw gyda&apos;r plentyn yn y cartref a adawyd</translation>
    </message>
    <message>
        <source>%1. The plan said this would end: if it did, give the relationship an end date on the map.</source>
        <translation>%1. Roedd y cynllun yn dweud y byddai hyn yn dod i ben: os do, rhowch ddyddiad gorffen i&apos;r berthynas ar y map.</translation>
    </message>
    <message>
        <source>%1. The plan was to keep in touch.</source>
        <translation>%1. Y cynllun oedd cadw mewn cysylltiad.</translation>
    </message>
    <message>
        <source>%1 of %2 not decided yet, with a brother, sister or someone the child lives with among them</source>
        <translation>%1 o %2 heb benderfynu eto, gan gynnwys brawd, chwaer neu rywun mae&apos;r plentyn yn byw gyda nhw</translation>
    </message>
    <message>
        <source>Moved with the child</source>
        <translation>Symudodd gyda&apos;r plentyn</translation>
    </message>
    <message>
        <source>Moves with the child</source>
        <translation>Yn symud gyda&apos;r plentyn</translation>
    </message>
    <message>
        <source>Living together, as the map says (no end recorded)</source>
        <translation>Yn byw gyda&apos;i gilydd, fel mae&apos;r map yn ei ddweud (dim diwedd wedi&apos;i gofnodi)</translation>
    </message>
    <message>
        <source>In touch: %1, as the map says (no end recorded)</source>
        <translation>Mewn cysylltiad: %1, fel mae&apos;r map yn ei ddweud (dim diwedd wedi&apos;i gofnodi)</translation>
    </message>
    <message>
        <source>No end recorded, but nothing says how often they are in touch</source>
        <translation>Dim diwedd wedi&apos;i gofnodi, ond does dim yn dweud pa mor aml maen nhw mewn cysylltiad</translation>
    </message>
    <message>
        <source>Lives with the child in the new home too</source>
        <translation>Yn byw gyda&apos;r plentyn yn y cartref newydd hefyd</translation>
    </message>
    <message>
        <source>%1, lives with the child in both homes</source>
        <translation>%1, yn byw gyda&apos;r plentyn yn y ddau gartref</translation>
    </message>
</context>
<context>
    <name>MovesPane</name>
    <message>
        <source>Before and after the move to %1</source>
        <translation>Cyn ac ar ôl y symud i %1</translation>
    </message>
    <message>
        <source>Moves</source>
        <translation>Symudiadau</translation>
    </message>
    <message>
        <source>People in the child&apos;s life before the move</source>
        <translation>Pobl ym mywyd y plentyn cyn y symud</translation>
    </message>
    <message>
        <source>No moves yet. A move is a change of home: add the places the child has lived on the Timeline, or plan a move.</source>
        <translation>Dim symudiadau eto. Newid cartref yw symud: ychwanegwch y lleoedd mae&apos;r plentyn wedi byw ynddyn nhw ar y Llinell amser, neu cynlluniwch symud.</translation>
    </message>
    <message>
        <source>Who is in the child&apos;s life now, and the plan for each after the move to %1:</source>
        <translation>Pwy sydd ym mywyd y plentyn nawr, a&apos;r cynllun ar gyfer pob un ar ôl y symud i %1:</translation>
    </message>
    <message>
        <source>Who was in the child&apos;s life before the move to %1, and who was still there six months after:</source>
        <translation>Pwy oedd ym mywyd y plentyn cyn y symud i %1, a phwy oedd yno o hyd chwe mis wedyn:</translation>
    </message>
    <message>
        <source>Every change of home</source>
        <translation>Pob newid cartref</translation>
    </message>
    <message>
        <source>Recorded: %1</source>
        <translation>Wedi&apos;i gofnodi: %1</translation>
    </message>
    <message>
        <source>In the child&apos;s words: “%1”</source>
        <translation>Yng ngeiriau&apos;r plentyn: “%1”</translation>
    </message>
    <message>
        <source>Plan a move to %1</source>
        <translation>Cynllunio symud i %1</translation>
    </message>
    <message>
        <source>&amp;Plan a move…</source>
        <translation>Cynllunio &amp;symud…</translation>
    </message>
    <message>
        <source>&amp;Keeping-in-touch plan…</source>
        <translation>Cynllun &amp;cadw mewn cysylltiad…</translation>
    </message>
    <message>
        <source>Map &amp;before and after…</source>
        <translation>&amp;Map cyn ac ar ôl…</translation>
    </message>
</context>
<context>
    <name>MovesTableModel</name>
    <message>
        <source>A brother, sister or the carer the child is leaving has no plan yet</source>
        <translation>Does dim cynllun eto ar gyfer brawd, chwaer neu&apos;r gofalwr mae&apos;r plentyn yn ei adael</translation>
    </message>
    <message>
        <source>Date not known</source>
        <translation>Dyddiad anhysbys</translation>
    </message>
    <message>
        <source>%1 (still to come)</source>
        <translation>%1 (i ddod)</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>Anhysbys</translation>
    </message>
    <message>
        <source>%1; notice: %2</source>
        <translation>%1; rhybudd: %2</translation>
    </message>
    <message>
        <source>%1. Warning: a brother, sister or the carer the child is leaving has no plan yet</source>
        <translation>%1. Rhybudd: does dim cynllun eto ar gyfer brawd, chwaer neu&apos;r gofalwr mae&apos;r plentyn yn ei adael</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Pryd</translation>
    </message>
    <message>
        <source>From</source>
        <translation>O</translation>
    </message>
    <message>
        <source>To</source>
        <translation>I</translation>
    </message>
    <message>
        <source>How it came about</source>
        <translation>Sut y digwyddodd</translation>
    </message>
    <message>
        <source>Relationships</source>
        <translation>Perthnasoedd</translation>
    </message>
</context>
<context>
    <name>MyBookPage</name>
    <message>
        <source>Back a page</source>
        <translation>Yn ôl tudalen</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Y dudalen nesaf</translation>
    </message>
    <message>
        <source>Your book is empty so far. Add a memory and it will be here.</source>
        <translation>Mae dy lyfr yn wag hyd yma. Ychwanega atgof a bydd e yma.</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Tudalen %1 o %2</translation>
    </message>
    <message>
        <source>Close my book</source>
        <translation>Cau fy llyfr</translation>
    </message>
</context>
<context>
    <name>MyMemoriesPage</name>
    <message>
        <source>Add a photo</source>
        <translation>Ychwanegu llun</translation>
    </message>
    <message>
        <source>Save my memory</source>
        <translation>Cadw fy atgof</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Yn ôl</translation>
    </message>
    <message>
        <source>What is your memory called?</source>
        <translation>Beth yw enw dy atgof?</translation>
    </message>
    <message>
        <source>For example: My first bike</source>
        <translation>Er enghraifft: Fy meic cyntaf</translation>
    </message>
    <message>
        <source>The photo</source>
        <translation>Y llun</translation>
    </message>
    <message>
        <source>How does it make you feel?</source>
        <translation>Sut mae’n gwneud i ti deimlo?</translation>
    </message>
    <message>
        <source>Tell us about it (a grown-up can help you type)</source>
        <translation>Dyweda wrthon ni amdano (gall oedolyn dy helpu i deipio)</translation>
    </message>
    <message>
        <source>Your words</source>
        <translation>Dy eiriau di</translation>
    </message>
    <message>
        <source>That photo could not be used. Try another one.</source>
        <translation>Doedd dim modd defnyddio’r llun yna. Rho gynnig ar un arall.</translation>
    </message>
    <message>
        <source>Your memory is saved. You can add another one.</source>
        <translation>Mae dy atgof wedi’i gadw. Galli di ychwanegu un arall.</translation>
    </message>
</context>
<context>
    <name>MyPeoplePage</name>
    <message>
        <source>Closer to me</source>
        <translation>Yn agosach ata i</translation>
    </message>
    <message>
        <source>Further away</source>
        <translation>Yn bellach i ffwrdd</translation>
    </message>
    <message>
        <source>Take them off my map</source>
        <translation>Eu tynnu oddi ar fy map</translation>
    </message>
    <message>
        <source>Put them on my map</source>
        <translation>Eu rhoi ar fy map</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Yn ôl</translation>
    </message>
    <message>
        <source>Put the people in your life on your map. The closer to you, the closer they feel.</source>
        <translation>Rho’r bobl yn dy fywyd ar dy fap. Po agosaf atat ti, agosaf maen nhw’n teimlo.</translation>
    </message>
    <message>
        <source>People you can put on your map:</source>
        <translation>Pobl y galli di eu rhoi ar dy fap:</translation>
    </message>
    <message>
        <source>How do you feel about them?</source>
        <translation>Sut wyt ti’n teimlo amdanyn nhw?</translation>
    </message>
    <message>
        <source>You chose %1.</source>
        <translation>Dewisaist ti %1.</translation>
    </message>
    <message>
        <source>Press someone on your map to choose them.</source>
        <translation>Pwysa ar rywun ar dy fap i’w ddewis.</translation>
    </message>
    <message>
        <source>Everyone is on your map.</source>
        <translation>Mae pawb ar dy fap.</translation>
    </message>
    <message>
        <source>Someone new: type their name</source>
        <translation>Rhywun newydd: teipia eu henw</translation>
    </message>
    <message>
        <source>The name of someone new</source>
        <translation>Enw rhywun newydd</translation>
    </message>
    <message>
        <source>Add them</source>
        <translation>Ychwanegu nhw</translation>
    </message>
</context>
<context>
    <name>NewStoryDialog</name>
    <message>
        <source>Start a new life story</source>
        <translation>Dechrau stori bywyd newydd</translation>
    </message>
    <message>
        <source>Whose life story is this? You can add everything else later.</source>
        <translation>Stori bywyd pwy yw hon? Gallwch chi ychwanegu popeth arall wedyn.</translation>
    </message>
    <message>
        <source>The name they like to be called</source>
        <translation>Yr enw maen nhw&apos;n hoffi cael eu galw</translation>
    </message>
    <message>
        <source>For example: Maisie</source>
        <translation>Er enghraifft: Maisie</translation>
    </message>
    <message>
        <source>When they were born (you can skip this)</source>
        <translation>Pryd cawson nhw eu geni (gallwch chi hepgor hyn)</translation>
    </message>
    <message>
        <source>The name they like to be &amp;called:</source>
        <translation>Yr enw maen nhw&apos;n hoffi cael eu &amp;galw:</translation>
    </message>
    <message>
        <source>When were they &amp;born? (you can skip this)</source>
        <translation>Pryd cawson nhw eu g&amp;eni? (gallwch chi hepgor hyn)</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Nesaf</translation>
    </message>
    <message>
        <source>Type their name to go on — the one they like to be called.</source>
        <translation>Teipiwch eu henw i fynd ymlaen — yr un maen nhw&apos;n hoffi cael eu galw.</translation>
    </message>
    <message>
        <source>The birthday is not clear yet: try “12 May 2015”, “spring 2015” or “about 2015”, or leave it empty.</source>
        <translation>Dydy&apos;r pen-blwydd ddim yn glir eto: rhowch gynnig ar “12 Mai 2015”, “gwanwyn 2015” neu “tua 2015”, neu gadewch e&apos;n wag.</translation>
    </message>
</context>
<context>
    <name>Notation</name>
    <message>
        <source>Close to me</source>
        <translation>Yn agos ata i</translation>
    </message>
    <message>
        <source>In the middle</source>
        <translation>Yn y canol</translation>
    </message>
    <message>
        <source>Further away</source>
        <translation>Ymhellach i ffwrdd</translation>
    </message>
    <message>
        <source>Arrows show which way help and support flow</source>
        <translation>Mae&apos;r saethau&apos;n dangos i ba gyfeiriad mae help a chefnogaeth yn llifo</translation>
    </message>
    <message>
        <source>Arrows show who helps who</source>
        <translation>Mae&apos;r saethau&apos;n dangos pwy sy&apos;n helpu pwy</translation>
    </message>
</context>
<context>
    <name>OpusClip</name>
    <message>
        <source>The recording could not be saved.</source>
        <translation>Doedd dim modd cadw’r recordiad.</translation>
    </message>
    <message>
        <source>This recording cannot be played: it is not a recording Belonging can read, or it is damaged.</source>
        <translation>Does dim modd chwarae’r recordiad hwn: nid yw’n recordiad y gall Belonging ei ddarllen, neu mae wedi’i ddifrodi.</translation>
    </message>
    <message>
        <source>This recording is empty or damaged.</source>
        <translation>Mae’r recordiad hwn yn wag neu wedi’i ddifrodi.</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <source>Open a life story</source>
        <translation>Agor stori bywyd</translation>
    </message>
    <message>
        <source>Protect this life story</source>
        <translation>Gwarchod y stori bywyd hon</translation>
    </message>
    <message>
        <source>Type the passphrase for “%1”.</source>
        <translation>Teipiwch y cyfrinymadrodd ar gyfer “%1”.</translation>
    </message>
    <message>
        <source>Choose a passphrase for this life story. Nobody can open it without the passphrase — not even Belonging — so keep it somewhere safe. A few unusual words together make a good one.</source>
        <translation>Dewiswch gyfrinymadrodd ar gyfer y stori bywyd hon. All neb ei hagor heb y cyfrinymadrodd — dim hyd yn oed Belonging — felly cadwch ef yn rhywle diogel. Mae ychydig o eiriau anarferol gyda&apos;i gilydd yn gwneud un da.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Cyfrinymadrodd</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Cyfrinymadrodd:</translation>
    </message>
    <message>
        <source>Passphrase again</source>
        <translation>Cyfrinymadrodd eto</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>&amp;Eto:</translation>
    </message>
    <message numerus="yes">
        <source>Use at least %n characters.</source>
        <translation>
            <numerusform>Defnyddiwch o leiaf %n nod.</numerusform>
            <numerusform>Defnyddiwch o leiaf %n nod.</numerusform>
            <numerusform>Defnyddiwch o leiaf %n nod.</numerusform>
            <numerusform>Defnyddiwch o leiaf %n nod.</numerusform>
            <numerusform>Defnyddiwch o leiaf %n nod.</numerusform>
        </translation>
    </message>
    <message>
        <source>The two passphrases are not the same yet.</source>
        <translation>Dydy&apos;r ddau gyfrinymadrodd ddim yr un fath eto.</translation>
    </message>
    <message>
        <source>Change the passphrase</source>
        <translation>Newid y cyfrinymadrodd</translation>
    </message>
    <message>
        <source>First, type the passphrase “%1” has now.</source>
        <translation>Yn gyntaf, teipiwch y cyfrinymadrodd sydd gan “%1” nawr.</translation>
    </message>
    <message>
        <source>The other copy’s passphrase</source>
        <translation>Cyfrinymadrodd y copi arall</translation>
    </message>
    <message>
        <source>Type the passphrase for “%1”, the copy to bring changes in from. Your own story stays open.</source>
        <translation>Teipiwch y cyfrinymadrodd ar gyfer “%1”, y copi i ddod â newidiadau i mewn ohono. Mae eich stori eich hun yn aros ar agor.</translation>
    </message>
    <message>
        <source>The copy’s passphrase</source>
        <translation>Cyfrinymadrodd y copi</translation>
    </message>
    <message>
        <source>Choose a passphrase for the copy, “%1”. It can be different from this story’s, so the copy can be given to someone without sharing yours. Nobody can open the copy without it.</source>
        <translation>Dewiswch gyfrinymadrodd ar gyfer y copi, “%1”. Gall fod yn wahanol i un y stori hon, fel y gellir rhoi&apos;r copi i rywun heb rannu eich un chi. Ni all neb agor y copi hebddo.</translation>
    </message>
</context>
<context>
    <name>PeopleChecklist</name>
    <message>
        <source>Nobody is on the map yet.</source>
        <translation>Does neb ar y map eto.</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <source>Next &amp;planned:</source>
        <translation>Y nesaf a &amp;gynlluniwyd:</translation>
    </message>
    <message>
        <source>Keep private (leave out of every book)</source>
        <translation>Cadw&apos;n breifat (gadael allan o bob llyfr)</translation>
    </message>
    <message>
        <source>Someone who matters</source>
        <translation>Rhywun sy&apos;n bwysig</translation>
    </message>
    <message>
        <source>For example: Nana, Tyler, Mr Evans</source>
        <translation>Er enghraifft: Nain, Tyler, Mr Evans</translation>
    </message>
    <message>
        <source>What %1 calls them</source>
        <translation>Beth mae %1 yn eu galw</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Enw llawn</translation>
    </message>
    <message>
        <source>Who they are</source>
        <translation>Pwy ydyn nhw</translation>
    </message>
    <message>
        <source>For example: Mum&apos;s partner, Year 6 teacher</source>
        <translation>Er enghraifft: partner Mam, athro Blwyddyn 6</translation>
    </message>
    <message>
        <source>How the relationship feels</source>
        <translation>Sut mae&apos;r berthynas yn teimlo</translation>
    </message>
    <message>
        <source>No arrows</source>
        <translation>Dim saethau</translation>
    </message>
    <message>
        <source>Support goes from %1 to them</source>
        <translation>Mae cefnogaeth yn mynd o %1 atyn nhw</translation>
    </message>
    <message>
        <source>Support comes to %1</source>
        <translation>Mae cefnogaeth yn dod at %1</translation>
    </message>
    <message>
        <source>Both ways</source>
        <translation>Y ddwy ffordd</translation>
    </message>
    <message>
        <source>Direction of support</source>
        <translation>Cyfeiriad y gefnogaeth</translation>
    </message>
    <message>
        <source>How often they see each other</source>
        <translation>Pa mor aml maen nhw&apos;n gweld ei gilydd</translation>
    </message>
    <message>
        <source>For example: supervised, at the family centre</source>
        <translation>Er enghraifft: dan oruchwyliaeth, yn y ganolfan deulu</translation>
    </message>
    <message>
        <source>What I&apos;d like you to know about them…</source>
        <translation>Beth hoffwn i i chi ei wybod amdanyn nhw…</translation>
    </message>
    <message>
        <source>%1&apos;s own words</source>
        <translation>Geiriau %1 ei hun</translation>
    </message>
    <message>
        <source>&amp;What %1 calls them:</source>
        <translation>&amp;Beth mae %1 yn eu galw:</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>Enw &amp;llawn:</translation>
    </message>
    <message>
        <source>Who &amp;they are:</source>
        <translation>Pwy &amp;ydyn nhw:</translation>
    </message>
    <message>
        <source>&amp;More about that:</source>
        <translation>&amp;Mwy am hynny:</translation>
    </message>
    <message>
        <source>The relationship</source>
        <translation>Y berthynas</translation>
    </message>
    <message>
        <source>&amp;Support:</source>
        <translation>&amp;Cefnogaeth:</translation>
    </message>
    <message>
        <source>&amp;Contact:</source>
        <translation>Cys&amp;wllt:</translation>
    </message>
    <message>
        <source>Contact &amp;details:</source>
        <translation>Ma&amp;nylion cyswllt:</translation>
    </message>
    <message>
        <source>Next planned contact</source>
        <translation>Y cyswllt nesaf a gynlluniwyd</translation>
    </message>
    <message>
        <source>For the record (kept out of shared copies)</source>
        <translation>Ar gyfer y cofnod (yn cael ei gadw allan o gopïau a rennir)</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>Cyfe&amp;iriad:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>N&amp;odiadau:</translation>
    </message>
    <message>
        <source>Give them a name first — any name is fine.</source>
        <translation>Rhowch enw iddyn nhw yn gyntaf — mae unrhyw enw&apos;n iawn.</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Dewiswch…</translation>
    </message>
    <message>
        <source>Choose who they are — or “Not sure yet”.</source>
        <translation>Dewiswch pwy ydyn nhw — neu “Ddim yn siŵr eto”.</translation>
    </message>
    <message>
        <source>Choose how the relationship feels — or “Not sure yet”.</source>
        <translation>Dewiswch sut mae&apos;r berthynas yn teimlo — neu “Ddim yn siŵr eto”.</translation>
    </message>
    <message>
        <source>That is as long as it can be here (%1 letters).</source>
        <translation>Dyna&apos;r hyd mwyaf posibl yma (%1 llythyren).</translation>
    </message>
    <message>
        <source>Since when</source>
        <translation>Ers pryd</translation>
    </message>
    <message>
        <source>Until when (empty if it is still going)</source>
        <translation>Tan pryd (gwag os yw&apos;n dal i fynd)</translation>
    </message>
    <message>
        <source>S&amp;ince:</source>
        <translation>E&amp;rs:</translation>
    </message>
    <message>
        <source>Unti&amp;l:</source>
        <translation>&amp;Tan:</translation>
    </message>
    <message>
        <source>As close as it feels</source>
        <translation>Mor agos ag y mae&apos;n teimlo</translation>
    </message>
    <message>
        <source>Ring on the map</source>
        <translation>Cylch ar y map</translation>
    </message>
    <message>
        <source>&amp;Ring on the map:</source>
        <translation>Cylch ar y m&amp;ap:</translation>
    </message>
    <message>
        <source>A date is not clear yet: try “March 2019”, “summer 2015” or leave it empty.</source>
        <translation>Dydy dyddiad ddim yn glir eto: rhowch gynnig ar “Mawrth 2019”, “yr haf 2015” neu gadewch e&apos;n wag.</translation>
    </message>
    <message>
        <source>“Until” is before “Since”.</source>
        <translation>Mae “Tan” cyn “Ers”.</translation>
    </message>
    <message>
        <source>Empty: it is still going.</source>
        <translation>Gwag: mae&apos;n dal i fynd.</translation>
    </message>
    <message>
        <source>In %1&apos;s w&amp;ords:</source>
        <translation>Yng ngeiria&amp;u %1:</translation>
    </message>
    <message>
        <source>It f&amp;eels:</source>
        <translation>Mae&apos;n t&amp;eimlo:</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>&amp;Ffôn:</translation>
    </message>
</context>
<context>
    <name>PersonItem</name>
    <message>
        <source>Someone with no name yet</source>
        <translation>Rhywun heb enw eto</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
</context>
<context>
    <name>PhotoImport</name>
    <message>
        <source>Pictures (%1)</source>
        <translation>Lluniau (%1)</translation>
    </message>
    <message>
        <source>“%1” could not be opened. Check that it is still there and that you are allowed to read it.</source>
        <translation>Doedd dim modd agor “%1”. Gwiriwch ei fod yno o hyd a&apos;ch bod yn cael ei ddarllen.</translation>
    </message>
    <message>
        <source>“%1” is too big (%2 MB). Pictures up to %3 MB can be added; try a smaller copy of it.</source>
        <translation>Mae “%1” yn rhy fawr (%2 MB). Gellir ychwanegu lluniau hyd at %3 MB; rhowch gynnig ar gopi llai ohono.</translation>
    </message>
    <message>
        <source>“%1” is a HEIC photo (the kind iPhones take), and this computer can&apos;t read HEIC yet. Save it as a JPEG first: on the iPhone choose Settings › Camera › Formats › Most Compatible, or share it by email, which sends a JPEG.</source>
        <translation>Llun HEIC yw “%1” (y math mae iPhones yn ei dynnu), a dydy&apos;r cyfrifiadur hwn ddim yn gallu darllen HEIC eto. Cadwch ef fel JPEG yn gyntaf: ar yr iPhone dewiswch Settings › Camera › Formats › Most Compatible, neu ei rannu drwy e-bost, sy&apos;n anfon JPEG.</translation>
    </message>
    <message>
        <source>“%1” isn&apos;t a picture Belonging can read. It can read %2.</source>
        <translation>Dydy “%1” ddim yn llun y gall Belonging ei ddarllen. Mae&apos;n gallu darllen %2.</translation>
    </message>
    <message>
        <source>“%1” has too many pixels (%2 × %3) to add safely. Try a smaller copy of it.</source>
        <translation>Mae gan “%1” ormod o bicseli (%2 × %3) i&apos;w ychwanegu&apos;n ddiogel. Rhowch gynnig ar gopi llai ohono.</translation>
    </message>
    <message>
        <source>“%1” looks damaged and could not be read. If it opens elsewhere, save a new copy of it and try again.</source>
        <translation>Mae&apos;n edrych fel bod “%1” wedi&apos;i ddifrodi a doedd dim modd ei ddarllen. Os yw&apos;n agor mewn man arall, cadwch gopi newydd ohono a rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <source>“%1” could not be prepared for keeping. There may not be enough memory free.</source>
        <translation>Doedd dim modd paratoi “%1” i&apos;w gadw. Efallai nad oes digon o gof yn rhydd.</translation>
    </message>
</context>
<context>
    <name>PlacementDialog</name>
    <message>
        <source>Who %1 lived with</source>
        <translation>Gyda phwy roedd %1 yn byw</translation>
    </message>
    <message>
        <source>Keep &amp;private (leave out of every book)</source>
        <translation>Cadw&apos;n breifa&amp;t (gadael allan o bob llyfr)</translation>
    </message>
    <message>
        <source>A place I lived</source>
        <translation>Lle roeddwn i&apos;n byw</translation>
    </message>
    <message>
        <source>For example: Nana&apos;s house</source>
        <translation>Er enghraifft: Tŷ Nain</translation>
    </message>
    <message>
        <source>What %1 calls this place</source>
        <translation>Beth mae %1 yn galw&apos;r lle hwn</translation>
    </message>
    <message>
        <source>Kind of placement</source>
        <translation>Math o leoliad</translation>
    </message>
    <message>
        <source>Moved in</source>
        <translation>Symud i mewn</translation>
    </message>
    <message>
        <source>Moved out</source>
        <translation>Symud allan</translation>
    </message>
    <message>
        <source>Why did you move? Say it your way.</source>
        <translation>Pam symudaist ti? Dwed e yn dy ffordd di.</translation>
    </message>
    <message>
        <source>Why %1 moved, in their words</source>
        <translation>Pam symudodd %1, yn eu geiriau eu hunain</translation>
    </message>
    <message>
        <source>Reason for the move, as recorded</source>
        <translation>Rheswm dros symud, fel y&apos;i cofnodwyd</translation>
    </message>
    <message>
        <source>&amp;Name of the place:</source>
        <translation>&amp;Enw&apos;r lle:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Math:</translation>
    </message>
    <message>
        <source>Moved &amp;in:</source>
        <translation>Symud &amp;i mewn:</translation>
    </message>
    <message>
        <source>Moved &amp;out:</source>
        <translation>Symud &amp;allan:</translation>
    </message>
    <message>
        <source>Lived &amp;with:</source>
        <translation>Byw &amp;gyda:</translation>
    </message>
    <message>
        <source>&amp;School:</source>
        <translation>&amp;Ysgol:</translation>
    </message>
    <message>
        <source>Why %1 &amp;moved on:</source>
        <translation>Pam &amp;symudodd %1:</translation>
    </message>
    <message>
        <source>For the record (kept out of shared copies)</source>
        <translation>Ar gyfer y cofnod (yn cael ei gadw allan o gopïau a rennir)</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Cyfeiriad:</translation>
    </message>
    <message>
        <source>School a&amp;ddress:</source>
        <translation>Cyfeiriad yr ysg&amp;ol:</translation>
    </message>
    <message>
        <source>Give the place a name first — &quot;Nana&apos;s house&quot; is fine.</source>
        <translation>Rhowch enw i&apos;r lle yn gyntaf — mae &quot;Tŷ Nain&quot; yn iawn.</translation>
    </message>
    <message>
        <source>Check the dates above.</source>
        <translation>Gwiriwch y dyddiadau uchod.</translation>
    </message>
    <message>
        <source>Why did you come to live here? Say it your way.</source>
        <translation>Pam dest ti i fyw yma? Dwed e yn dy ffordd di.</translation>
    </message>
    <message>
        <source>Why %1 came here, in their words</source>
        <translation>Pam daeth %1 yma, yn eu geiriau eu hunain</translation>
    </message>
    <message>
        <source>Reason for coming here, as recorded</source>
        <translation>Y rheswm dros ddod yma, fel y&apos;i cofnodwyd</translation>
    </message>
    <message>
        <source>Why %1 came &amp;here:</source>
        <translation>Pam daet&amp;h %1 yma:</translation>
    </message>
    <message>
        <source>Why they &amp;came (recorded):</source>
        <translation>Pam &amp;daethon nhw (wedi&apos;i gofnodi):</translation>
    </message>
    <message>
        <source>Why they &amp;left (recorded):</source>
        <translation>Pam gada&amp;won nhw (wedi&apos;i gofnodi):</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Dewiswch…</translation>
    </message>
    <message>
        <source>Choose what kind of home it was.</source>
        <translation>Dewiswch pa fath o gartref oedd e.</translation>
    </message>
    <message>
        <source>Empty: %1 still lives here.</source>
        <translation>Gwag: mae %1 yn dal i fyw yma.</translation>
    </message>
    <message>
        <source>Keeping in &amp;touch…</source>
        <translation>Cadw mewn &amp;cysylltiad…</translation>
    </message>
    <message>
        <source>Save, then plan who the child keeps in touch with after moving here</source>
        <translation>Cadw, yna cynllunio gyda phwy mae&apos;r plentyn yn cadw mewn cysylltiad ar ôl symud yma</translation>
    </message>
    <message>
        <source>Plan a move: the new home</source>
        <translation>Cynllunio symud: y cartref newydd</translation>
    </message>
    <message>
        <source>Moving &amp;in:</source>
        <translation>Symud &amp;i mewn:</translation>
    </message>
    <message>
        <source>Will live &amp;with:</source>
        <translation>Bydd yn byw &amp;gyda:</translation>
    </message>
    <message>
        <source>Why %1 is moving &amp;here:</source>
        <translation>Pam mae %1 yn symud &amp;yma:</translation>
    </message>
    <message>
        <source>Moving in</source>
        <translation>Symud i mewn</translation>
    </message>
    <message>
        <source>Why are you moving here? Say it your way.</source>
        <translation>Pam rwyt ti&apos;n symud yma? Dyweda fe yn dy ffordd dy hun.</translation>
    </message>
    <message>
        <source>This date has passed. Is that right?</source>
        <translation>Mae&apos;r dyddiad hwn wedi mynd heibio. Ydy hynny&apos;n iawn?</translation>
    </message>
</context>
<context>
    <name>PlacementHistory</name>
    <message>
        <source>We don&apos;t know where you lived in %1.</source>
        <translation>Dydyn ni ddim yn gwybod ble roeddet ti&apos;n byw yn %1.</translation>
    </message>
    <message>
        <source>We don&apos;t know where you lived between %1 and %2.</source>
        <translation>Dydyn ni ddim yn gwybod ble roeddet ti&apos;n byw rhwng %1 a %2.</translation>
    </message>
    <message>
        <source>%1 and %2 overlap between %3 and %4. Was one of them a short stay?</source>
        <translation>Mae %1 a %2 yn gorgyffwrdd rhwng %3 a %4. Ai arhosiad byr oedd un ohonyn nhw?</translation>
    </message>
    <message>
        <source>We don&apos;t know when you moved to %1.</source>
        <translation>Dydyn ni ddim yn gwybod pryd symudaist ti i %1.</translation>
    </message>
    <message>
        <source>We don&apos;t know when you left %1.</source>
        <translation>Dydyn ni ddim yn gwybod pryd gadewaist ti %1.</translation>
    </message>
    <message>
        <source>We don&apos;t know your date of birth yet.</source>
        <translation>Dydyn ni ddim yn gwybod dy ddyddiad geni eto.</translation>
    </message>
</context>
<context>
    <name>PrintJob</name>
    <message>
        <source>The printer did not take the job. Check that it is switched on and connected, then try again.</source>
        <translation>Ni chymerodd yr argraffydd y gwaith. Gwiriwch ei fod wedi ei droi ymlaen a’i gysylltu, yna rhowch gynnig arall arni.</translation>
    </message>
</context>
<context>
    <name>PrivateFile</name>
    <message>
        <source>The PDF could not be saved: that folder is not there any more. Choose another place.</source>
        <translation>Doedd dim modd cadw’r PDF: dydy’r ffolder honno ddim yno bellach. Dewiswch le arall.</translation>
    </message>
    <message>
        <source>The PDF could not be saved: Belonging can&apos;t change that folder (it may be read-only). Choose another place, such as your Documents folder.</source>
        <translation>Doedd dim modd cadw’r PDF: dydy Belonging ddim yn gallu newid y ffolder honno (efallai ei bod yn ddarllen-yn-unig). Dewiswch le arall, fel eich ffolder Dogfennau.</translation>
    </message>
    <message>
        <source>The PDF could not be saved: the disk is full. Free some space, or choose another place.</source>
        <translation>Doedd dim modd cadw’r PDF: mae’r ddisg yn llawn. Rhyddhewch ychydig o le, neu dewiswch le arall.</translation>
    </message>
</context>
<context>
    <name>ReadAloud</name>
    <message>
        <source>This computer cannot read aloud yet: it has no speech engine. An adult can install one (speech-dispatcher with espeak-ng).</source>
        <translation>Dydy’r cyfrifiadur hwn ddim yn gallu darllen yn uchel eto: does ganddo ddim peiriant lleferydd. Gall oedolyn osod un (speech-dispatcher gydag espeak-ng).</translation>
    </message>
    <message>
        <source>This computer has no voice that reads %1 aloud.</source>
        <translation>Does gan y cyfrifiadur hwn ddim llais sy’n darllen %1 yn uchel.</translation>
    </message>
    <message>
        <source>Reading aloud is not working on this computer just now. Try again in a moment.</source>
        <translation>Dydy darllen yn uchel ddim yn gweithio ar y cyfrifiadur hwn ar hyn o bryd. Rhowch gynnig arall arni mewn munud.</translation>
    </message>
</context>
<context>
    <name>RecordingPanel</name>
    <message>
        <source>Recording… %1 of %2</source>
        <translation>Yn recordio… %1 o %2</translation>
    </message>
    <message>
        <source>Playing… %1 of %2</source>
        <translation>Yn chwarae… %1 o %2</translation>
    </message>
    <message>
        <source>The recording could not be kept. Please try again.</source>
        <translation>Doedd dim modd cadw’r recordiad. Rho gynnig arall arni.</translation>
    </message>
    <message>
        <source>Stop listening</source>
        <translation>Stopio gwrando</translation>
    </message>
    <message>
        <source>Stop playing</source>
        <translation>Stopio chwarae</translation>
    </message>
    <message>
        <source>Record my voice</source>
        <translation>Recordio fy llais</translation>
    </message>
    <message>
        <source>Record their voice</source>
        <translation>Recordio eu llais</translation>
    </message>
    <message>
        <source>Up to %1 minutes.</source>
        <translation>Hyd at %1 munud.</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stopio</translation>
    </message>
    <message>
        <source>Stop recording</source>
        <translation>Stopio recordio</translation>
    </message>
    <message>
        <source>Keeping it safe…</source>
        <translation>Yn ei gadw’n ddiogel…</translation>
    </message>
    <message>
        <source>Keeping the recording…</source>
        <translation>Yn cadw’r recordiad…</translation>
    </message>
    <message>
        <source>Record again</source>
        <translation>Recordio eto</translation>
    </message>
    <message>
        <source>A recording, %1 long.</source>
        <translation>Recordiad, %1 o hyd.</translation>
    </message>
    <message>
        <source>Listen</source>
        <translation>Gwrando</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Chwarae</translation>
    </message>
    <message>
        <source>Take it away</source>
        <translation>Ei dynnu i ffwrdd</translation>
    </message>
    <message>
        <source>Remove the recording</source>
        <translation>Tynnu’r recordiad</translation>
    </message>
</context>
<context>
    <name>Redaction</name>
    <message>
        <source>[withheld]</source>
        <translation>[wedi&apos;i atal]</translation>
    </message>
    <message>
        <source>Life-story book</source>
        <translation>Llyfr stori bywyd</translation>
    </message>
    <message>
        <source>Copy for birth family</source>
        <translation>Copi i&apos;r teulu biolegol</translation>
    </message>
    <message>
        <source>1 item marked private</source>
        <translation>1 eitem wedi&apos;i marcio&apos;n breifat</translation>
    </message>
    <message>
        <source>%1 items marked private</source>
        <translation>%1 eitem wedi&apos;u marcio&apos;n breifat</translation>
    </message>
    <message>
        <source>A person chosen to be left out, and their name wherever it appears</source>
        <translation>Person a ddewiswyd i&apos;w adael allan, a&apos;i enw lle bynnag mae&apos;n ymddangos</translation>
    </message>
    <message>
        <source>Where I live now</source>
        <translation>Ble rydw i&apos;n byw nawr</translation>
    </message>
    <message>
        <source>The name of the place where the child lives now, and their school</source>
        <translation>Enw&apos;r lle mae&apos;r plentyn yn byw nawr, a&apos;i ysgol</translation>
    </message>
    <message>
        <source>Addresses and phone numbers</source>
        <translation>Cyfeiriadau a rhifau ffôn</translation>
    </message>
    <message>
        <source>Professional notes and recorded reasons (kept for the court pack)</source>
        <translation>Nodiadau proffesiynol a rhesymau a gofnodwyd (wedi&apos;u cadw ar gyfer y pecyn llys)</translation>
    </message>
    <message>
        <source>Court pack</source>
        <translation>Pecyn llys</translation>
    </message>
    <message>
        <source>Review pack</source>
        <translation>Pecyn adolygiad</translation>
    </message>
    <message>
        <source>1 thing the child said that they did not agree to share here</source>
        <translation>1 peth a ddywedodd y plentyn nad oedden nhw wedi cytuno i&apos;w rannu yma</translation>
    </message>
    <message>
        <source>%1 things the child said that they did not agree to share here</source>
        <translation>%1 o bethau a ddywedodd y plentyn nad oedden nhw wedi cytuno i&apos;w rhannu yma</translation>
    </message>
    <message>
        <source>The carers the child lives with now, and their names wherever they appear</source>
        <translation>Y gofalwyr mae&apos;r plentyn yn byw gyda nhw nawr, a&apos;u henwau lle bynnag maen nhw&apos;n ymddangos</translation>
    </message>
    <message>
        <source>Where I will live next</source>
        <translation>Lle bydda i&apos;n byw nesaf</translation>
    </message>
    <message>
        <source>The child&apos;s teachers (they would say which school), and their names wherever they appear</source>
        <translation>Athrawon y plentyn (bydden nhw&apos;n dweud pa ysgol), a&apos;u henwau lle bynnag y maen nhw&apos;n ymddangos</translation>
    </message>
    <message>
        <source>The child&apos;s own map of the people in their life</source>
        <translation>Map y plentyn ei hun o’r bobl yn eu bywyd</translation>
    </message>
    <message>
        <source>Recordings in the child&apos;s own voice (they may name someone this copy leaves out)</source>
        <translation>Recordiadau yn llais y plentyn ei hun (gallen nhw enwi rhywun mae’r copi hwn yn ei adael allan)</translation>
    </message>
    <message>
        <source>1 thing the child said: nobody has asked them yet who may see it</source>
        <translation>1 peth a ddywedodd y plentyn: does neb wedi gofyn iddyn nhw eto pwy gaiff ei weld</translation>
    </message>
    <message>
        <source>%1 things the child said: nobody has asked them yet who may see them</source>
        <translation>%1 peth a ddywedodd y plentyn: does neb wedi gofyn iddyn nhw eto pwy gaiff eu gweld</translation>
    </message>
</context>
<context>
    <name>RelativeDialog</name>
    <message>
        <source>They have &amp;died</source>
        <translation>Maen nhw wedi &amp;marw</translation>
    </message>
    <message>
        <source>Add %1&apos;s mother</source>
        <translation>Ychwanegu mam %1</translation>
    </message>
    <message>
        <source>Add %1&apos;s father</source>
        <translation>Ychwanegu tad %1</translation>
    </message>
    <message>
        <source>Add a parent or carer of %1</source>
        <translation>Ychwanegu rhiant neu ofalwr %1</translation>
    </message>
    <message>
        <source>Add %1&apos;s partner</source>
        <translation>Ychwanegu partner %1</translation>
    </message>
    <message>
        <source>Add %1&apos;s child</source>
        <translation>Ychwanegu plentyn %1</translation>
    </message>
    <message>
        <source>Add %1&apos;s brother or sister</source>
        <translation>Ychwanegu brawd neu chwaer %1</translation>
    </message>
    <message>
        <source>Family details: %1</source>
        <translation>Manylion teulu: %1</translation>
    </message>
    <message>
        <source>Empty: when is not known</source>
        <translation>Gwag: does dim gwybod pryd</translation>
    </message>
    <message>
        <source>Empty: not known</source>
        <translation>Gwag: ddim yn hysbys</translation>
    </message>
    <message>
        <source>Someone &amp;new</source>
        <translation>Rhywun &amp;newydd</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>Enw &amp;llawn:</translation>
    </message>
    <message>
        <source>What %1 &amp;calls them:</source>
        <translation>Beth mae %1 yn eu &amp;galw:</translation>
    </message>
    <message>
        <source>&amp;Gender:</source>
        <translation>&amp;Rhywedd:</translation>
    </message>
    <message>
        <source>In their &amp;words (optional):</source>
        <translation>Yn eu ge&amp;iriau (dewisol):</translation>
    </message>
    <message>
        <source>&amp;Born:</source>
        <translation>Gan&amp;wyd:</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Dewiswch…</translation>
    </message>
    <message>
        <source>&amp;They are %1&apos;s:</source>
        <translation>Y &amp;cysylltiad â %1:</translation>
    </message>
    <message>
        <source>Not known or not said</source>
        <translation>Ddim yn hysbys neu heb ei ddweud</translation>
    </message>
    <message>
        <source>Their &amp;other parent:</source>
        <translation>Y &amp;tad neu&apos;r fam arall:</translation>
    </message>
    <message>
        <source>&amp;How they are together:</source>
        <translation>&amp;Sut maen nhw gyda&apos;i gilydd:</translation>
    </message>
    <message>
        <source>S&amp;ince:</source>
        <translation>Ers &amp;pryd:</translation>
    </message>
    <message>
        <source>Ended &amp;on:</source>
        <translation>Dae&amp;th i ben ar:</translation>
    </message>
    <message>
        <source>They will share %1&apos;s birth parents in the family tree. For a half brother or sister, add them as a child of the parent they share.</source>
        <translation>Byddan nhw&apos;n rhannu rhieni biolegol %1 yn y goeden deulu. Ar gyfer hanner brawd neu chwaer, ychwanegwch nhw fel plentyn i&apos;r rhiant maen nhw&apos;n ei rannu.</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>Ca&amp;dw</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Ychwanegu</translation>
    </message>
    <message>
        <source>Type a name (or what the child calls them).</source>
        <translation>Teipiwch enw (neu beth mae&apos;r plentyn yn eu galw).</translation>
    </message>
    <message>
        <source>Choose who it is.</source>
        <translation>Dewiswch pwy yw e.</translation>
    </message>
    <message>
        <source>Check the dates.</source>
        <translation>Gwiriwch y dyddiadau.</translation>
    </message>
    <message>
        <source>Choose how they are together.</source>
        <translation>Dewiswch sut maen nhw gyda&apos;i gilydd.</translation>
    </message>
    <message>
        <source>Choose what kind of parent they are.</source>
        <translation>Dewiswch pa fath o riant ydyn nhw.</translation>
    </message>
    <message>
        <source>Someone a&amp;lready in this story:</source>
        <translation>Rhywun sydd &amp;eisoes yn y stori hon:</translation>
    </message>
    <message>
        <source>Di&amp;ed:</source>
        <translation>Bu f&amp;arw:</translation>
    </message>
    <message>
        <source>%1 is &amp;their:</source>
        <translation>Y &amp;cysylltiad â %1:</translation>
    </message>
    <message>
        <source>Now the&amp;y are:</source>
        <translation>Ar hyn o &amp;bryd:</translation>
    </message>
    <message>
        <source>&amp;Known as:</source>
        <translation>&amp;Adnabyddir fel:</translation>
    </message>
    <message>
        <source>Empty: not known or not needed</source>
        <translation>Gwag: ddim yn hysbys neu ddim ei angen</translation>
    </message>
    <message>
        <source>Empty: still so, or not known</source>
        <translation>Gwag: felly o hyd, neu ddim yn hysbys</translation>
    </message>
    <message>
        <source>S&amp;ince (optional):</source>
        <translation>Ers &amp;pryd (dewisol):</translation>
    </message>
    <message>
        <source>&amp;Until (optional):</source>
        <translation>&amp;Hyd at (dewisol):</translation>
    </message>
</context>
<context>
    <name>RemoveGroup</name>
    <message>
        <source>Remove the group %1</source>
        <translation>Tynnu&apos;r grŵp %1</translation>
    </message>
</context>
<context>
    <name>RemovePerson</name>
    <message>
        <source>Remove %1</source>
        <translation>Tynnu %1</translation>
    </message>
</context>
<context>
    <name>RemoveRelationship</name>
    <message>
        <source>Remove the line between %1 and %2</source>
        <translation>Tynnu&apos;r llinell rhwng %1 a %2</translation>
    </message>
</context>
<context>
    <name>StorageError</name>
    <message>
        <source>That passphrase does not open this life story. Check for Caps Lock and try again.</source>
        <translation>Dydy&apos;r cyfrinymadrodd hwnnw ddim yn agor y stori bywyd hon. Gwiriwch Caps Lock a rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <source>This file is not a Belonging life story, so it cannot be opened here.</source>
        <translation>Nid stori bywyd Belonging yw&apos;r ffeil hon, felly does dim modd ei hagor yma.</translation>
    </message>
    <message>
        <source>This life story was saved by a newer version of Belonging. Please update Belonging to open it.</source>
        <translation>Cafodd y stori bywyd hon ei chadw gan fersiwn mwy newydd o Belonging. Diweddarwch Belonging i&apos;w hagor.</translation>
    </message>
    <message>
        <source>This life story file is damaged and cannot be read safely. If you have a copy or a backup, open that instead.</source>
        <translation>Mae&apos;r ffeil stori bywyd hon wedi&apos;i difrodi a does dim modd ei darllen yn ddiogel. Os oes gennych gopi neu gopi wrth gefn, agorwch hwnnw yn lle hynny.</translation>
    </message>
    <message>
        <source>This life story is already open, in this window or another one. Close it there first.</source>
        <translation>Mae&apos;r stori bywyd hon eisoes ar agor, yn y ffenestr hon neu un arall. Caewch hi yno yn gyntaf.</translation>
    </message>
    <message>
        <source>Belonging can&apos;t save in that place. Choose a folder you are allowed to change, such as your Documents folder.</source>
        <translation>Dydy Belonging ddim yn gallu cadw yn y lle hwnnw. Dewiswch ffolder rydych chi&apos;n cael ei newid, fel eich ffolder Dogfennau.</translation>
    </message>
    <message>
        <source>The disk is full, so the last change was not saved. Free some space and try again.</source>
        <translation>Mae&apos;r ddisg yn llawn, felly chafodd y newid olaf ddim ei gadw. Rhyddhewch rywfaint o le a rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <source>The life story file was moved or deleted while it was open, so the last change was not saved. Use Save a Copy to keep your work.</source>
        <translation>Cafodd ffeil y stori bywyd ei symud neu ei dileu tra oedd ar agor, felly chafodd y newid olaf ddim ei gadw. Defnyddiwch Cadw Copi i gadw eich gwaith.</translation>
    </message>
    <message>
        <source>There is already a file with that name. Choose another name.</source>
        <translation>Mae ffeil gyda&apos;r enw hwnnw eisoes. Dewiswch enw arall.</translation>
    </message>
    <message>
        <source>That item is no longer in this life story.</source>
        <translation>Dydy&apos;r eitem honno ddim yn y stori bywyd hon bellach.</translation>
    </message>
    <message>
        <source>Belonging could not read or write the life story file. Check the disk and try again.</source>
        <translation>Doedd Belonging ddim yn gallu darllen nac ysgrifennu ffeil y stori bywyd. Gwiriwch y ddisg a rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <source>This life story was saved by an older version of Belonging and needs a small update before it opens, but Belonging can&apos;t write where it is: the disk may be full or read-only. Nothing has been changed. Free some space, or copy the file to your Documents folder, and open it again.</source>
        <translation>Cafodd y stori bywyd hon ei chadw gan fersiwn hŷn o Belonging ac mae angen diweddariad bach arni cyn iddi agor, ond dydy Belonging ddim yn gallu ysgrifennu lle mae hi: efallai fod y ddisg yn llawn neu&apos;n ddarllen-yn-unig. Does dim byd wedi newid. Rhyddhewch ychydig o le, neu copïwch y ffeil i&apos;ch ffolder Dogfennau, a&apos;i hagor eto.</translation>
    </message>
</context>
<context>
    <name>TimelineModel</name>
    <message>
        <source>%1 to %2</source>
        <translation>%1 i %2</translation>
    </message>
    <message>
        <source>Where I lived</source>
        <translation>Ble roeddwn i&apos;n byw</translation>
    </message>
    <message>
        <source>A memory</source>
        <translation>Atgof</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Atgof</translation>
    </message>
    <message>
        <source>%1 (private: left out of every book)</source>
        <translation>%1 (preifat: wedi&apos;i adael allan o bob llyfr)</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Pryd</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Beth</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Math</translation>
    </message>
    <message>
        <source>Where / source</source>
        <translation>Ble / ffynhonnell</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Pwy</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>“%1”</translation>
    </message>
    <message>
        <source>What I said</source>
        <translation>Beth ddywedais i</translation>
    </message>
</context>
<context>
    <name>TimelinePane</name>
    <message>
        <source>Timeline</source>
        <translation>Llinell amser</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Tynnu</translation>
    </message>
    <message>
        <source>Search the timeline…</source>
        <translation>Chwilio&apos;r llinell amser…</translation>
    </message>
    <message>
        <source>Search the timeline</source>
        <translation>Chwilio&apos;r llinell amser</translation>
    </message>
    <message>
        <source>Everything on the timeline, as a list</source>
        <translation>Popeth ar y llinell amser, fel rhestr</translation>
    </message>
    <message>
        <source>Things we don&apos;t know yet</source>
        <translation>Pethau dydyn ni ddim yn eu gwybod eto</translation>
    </message>
    <message>
        <source>&lt;b&gt;Things we don&apos;t know yet&lt;/b&gt;</source>
        <translation>&lt;b&gt;Pethau dydyn ni ddim yn eu gwybod eto&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Remove “%1”? You can undo this with Ctrl+Z.</source>
        <translation>Tynnu “%1”? Gallwch ddadwneud hyn gyda Ctrl+Z.</translation>
    </message>
    <message>
        <source>Nothing missing: every stretch of time has a home.</source>
        <translation>Does dim byd ar goll: mae gan bob cyfnod o amser gartref.</translation>
    </message>
    <message>
        <source>Add a &amp;memory…</source>
        <translation>Ychwanegu &amp;atgof…</translation>
    </message>
    <message>
        <source>Add a &amp;place…</source>
        <translation>Ychwanegu &amp;lle…</translation>
    </message>
    <message>
        <source>Add an &amp;event…</source>
        <translation>Ychwanegu &amp;digwyddiad…</translation>
    </message>
    <message>
        <source>Plan a mo&amp;ve…</source>
        <translation>Cynllunio &amp;symud…</translation>
    </message>
    <message>
        <source>&amp;Change…</source>
        <translation>&amp;Newid…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Tynnu</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>Chwyddo &amp;i mewn</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>&amp;Chwyddo allan</translation>
    </message>
    <message>
        <source>&amp;Whole Life</source>
        <translation>&amp;Bywyd cyfan</translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation>Clirio&apos;r chwilio</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <source>Timeline</source>
        <translation>Llinell amser</translation>
    </message>
    <message>
        <source>A memory</source>
        <translation>Atgof</translation>
    </message>
    <message>
        <source>Lived at %1, %2</source>
        <translation>Wedi byw yn %1, %2</translation>
    </message>
    <message>
        <source>Memory: %1, %2</source>
        <translation>Atgof: %1, %2</translation>
    </message>
    <message>
        <source>%1: %2, %3</source>
        <translation>%1: %2, %3</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>Geni</translation>
    </message>
    <message>
        <source>Age %1</source>
        <translation>%1 oed</translation>
    </message>
    <message>
        <source>Where I lived</source>
        <translation>Ble roeddwn i&apos;n byw</translation>
    </message>
    <message>
        <source>Memories</source>
        <translation>Atgofion</translation>
    </message>
    <message>
        <source>Contact and events</source>
        <translation>Cyswllt a digwyddiadau</translation>
    </message>
    <message>
        <source>%1 said: “%2”, %3</source>
        <translation>Dywedodd %1: “%2”, %3</translation>
    </message>
    <message>
        <source>What I said</source>
        <translation>Beth ddywedais i</translation>
    </message>
    <message>
        <source>%1 (planned)</source>
        <translation>%1 (wedi&apos;i gynllunio)</translation>
    </message>
    <message>
        <source>Planned move to %1, %2</source>
        <translation>Symud wedi&apos;i gynllunio i %1, %2</translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <source>Birth mother</source>
        <translation>Mam fiolegol</translation>
    </message>
    <message>
        <source>Birth father</source>
        <translation>Tad biolegol</translation>
    </message>
    <message>
        <source>Brother or sister</source>
        <translation>Brawd neu chwaer</translation>
    </message>
    <message>
        <source>Grandparent</source>
        <translation>Taid neu nain</translation>
    </message>
    <message>
        <source>Other family</source>
        <translation>Teulu arall</translation>
    </message>
    <message>
        <source>Foster carer</source>
        <translation>Gofalwr maeth</translation>
    </message>
    <message>
        <source>Kinship carer</source>
        <translation>Gofalwr sy&apos;n perthyn</translation>
    </message>
    <message>
        <source>Adoptive parent</source>
        <translation>Rhiant mabwysiadol</translation>
    </message>
    <message>
        <source>Key worker</source>
        <translation>Gweithiwr allweddol</translation>
    </message>
    <message>
        <source>Social worker</source>
        <translation>Gweithiwr cymdeithasol</translation>
    </message>
    <message>
        <source>Independent reviewing officer</source>
        <translation>Swyddog adolygu annibynnol</translation>
    </message>
    <message>
        <source>Teacher</source>
        <translation>Athro neu athrawes</translation>
    </message>
    <message>
        <source>Therapist</source>
        <translation>Therapydd</translation>
    </message>
    <message>
        <source>Health worker</source>
        <translation>Gweithiwr iechyd</translation>
    </message>
    <message>
        <source>Friend</source>
        <translation>Ffrind</translation>
    </message>
    <message>
        <source>Pet</source>
        <translation>Anifail anwes</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lle</translation>
    </message>
    <message>
        <source>Someone else</source>
        <translation>Rhywun arall</translation>
    </message>
    <message>
        <source>Strong</source>
        <translation>Cryf</translation>
    </message>
    <message>
        <source>Ordinary</source>
        <translation>Cyffredin</translation>
    </message>
    <message>
        <source>Tenuous</source>
        <translation>Bregus</translation>
    </message>
    <message>
        <source>Stressful</source>
        <translation>Llawn straen</translation>
    </message>
    <message>
        <source>Broken or cut off</source>
        <translation>Wedi torri neu ddod i ben</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Heb ei osod</translation>
    </message>
    <message>
        <source>Lives together</source>
        <translation>Byw gyda&apos;i gilydd</translation>
    </message>
    <message>
        <source>Every day</source>
        <translation>Bob dydd</translation>
    </message>
    <message>
        <source>Every week</source>
        <translation>Bob wythnos</translation>
    </message>
    <message>
        <source>Every two weeks</source>
        <translation>Bob pythefnos</translation>
    </message>
    <message>
        <source>Every month</source>
        <translation>Bob mis</translation>
    </message>
    <message>
        <source>A few times a year</source>
        <translation>Ychydig o weithiau&apos;r flwyddyn</translation>
    </message>
    <message>
        <source>Letterbox</source>
        <translation>Cyswllt drwy&apos;r post</translation>
    </message>
    <message>
        <source>Phone or video calls</source>
        <translation>Galwadau ffôn neu fideo</translation>
    </message>
    <message>
        <source>No contact</source>
        <translation>Dim cyswllt</translation>
    </message>
    <message>
        <source>Contact not allowed</source>
        <translation>Dim cyswllt yn cael ei ganiatáu</translation>
    </message>
    <message>
        <source>Living at home</source>
        <translation>Byw gartref</translation>
    </message>
    <message>
        <source>Kinship care</source>
        <translation>Gofal gan berthynas</translation>
    </message>
    <message>
        <source>Foster care</source>
        <translation>Gofal maeth</translation>
    </message>
    <message>
        <source>Residential home</source>
        <translation>Cartref preswyl</translation>
    </message>
    <message>
        <source>Adoptive home</source>
        <translation>Cartref mabwysiadol</translation>
    </message>
    <message>
        <source>Supported lodgings</source>
        <translation>Llety â chymorth</translation>
    </message>
    <message>
        <source>Somewhere else</source>
        <translation>Rhywle arall</translation>
    </message>
    <message>
        <source>Happy</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <source>Excited</source>
        <translation>Cyffrous</translation>
    </message>
    <message>
        <source>Proud</source>
        <translation>Balch</translation>
    </message>
    <message>
        <source>Calm</source>
        <translation>Tawel</translation>
    </message>
    <message>
        <source>Loved</source>
        <translation>Wedi fy ngharu</translation>
    </message>
    <message>
        <source>Sad</source>
        <translation>Trist</translation>
    </message>
    <message>
        <source>Worried</source>
        <translation>Yn poeni</translation>
    </message>
    <message>
        <source>Angry</source>
        <translation>Dig</translation>
    </message>
    <message>
        <source>Mixed up</source>
        <translation>Dryslyd</translation>
    </message>
    <message>
        <source>Family time</source>
        <translation>Amser teulu</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Adolygiad</translation>
    </message>
    <message>
        <source>Court hearing</source>
        <translation>Gwrandawiad llys</translation>
    </message>
    <message>
        <source>Change of worker</source>
        <translation>Newid gweithiwr</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>Symud</translation>
    </message>
    <message>
        <source>School</source>
        <translation>Ysgol</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Iechyd</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Arall</translation>
    </message>
    <message>
        <source>Not sure yet</source>
        <translation>Ddim yn siŵr eto</translation>
    </message>
    <message>
        <source>Really close</source>
        <translation>Agos iawn</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Agos</translation>
    </message>
    <message>
        <source>Not so close</source>
        <translation>Ddim mor agos</translation>
    </message>
    <message>
        <source>It&apos;s complicated</source>
        <translation>Mae&apos;n gymhleth</translation>
    </message>
    <message>
        <source>Not in touch now</source>
        <translation>Dim cysylltiad nawr</translation>
    </message>
</context>
<context>
    <name>VoiceAnswerDialog</name>
    <message>
        <source>the child</source>
        <translation>y plentyn</translation>
    </message>
    <message>
        <source>What happened because %1 said this</source>
        <translation>Beth ddigwyddodd achos i %1 ddweud hyn</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>“%1”</translation>
    </message>
    <message>
        <source>What %1 said</source>
        <translation>Beth ddywedodd %1</translation>
    </message>
    <message>
        <source>Not linked to a review or hearing</source>
        <translation>Heb ei gysylltu ag adolygiad na gwrandawiad</translation>
    </message>
    <message>
        <source>A review</source>
        <translation>Adolygiad</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>The review or hearing that decided</source>
        <translation>Yr adolygiad neu&apos;r gwrandawiad a benderfynodd</translation>
    </message>
    <message>
        <source>What was done</source>
        <translation>Beth a wnaed</translation>
    </message>
    <message>
        <source>For example: You said you wanted to see Tyler more. The review agreed: every two weeks from June.</source>
        <translation>Er enghraifft: Dywedaist ti dy fod eisiau gweld Tyler yn amlach. Cytunodd yr adolygiad: bob pythefnos o fis Mehefin.</translation>
    </message>
    <message>
        <source>The answer, in words %1 understands</source>
        <translation>Yr ateb, mewn geiriau mae %1 yn eu deall</translation>
    </message>
    <message>
        <source>Why it was not done, or only partly</source>
        <translation>Pam na chafodd ei wneud, neu dim ond yn rhannol</translation>
    </message>
    <message>
        <source>%1 has been &amp;told the answer</source>
        <translation>Mae %1 wedi cael &amp;gwybod yr ateb</translation>
    </message>
    <message>
        <source>Empty: the day was not written down</source>
        <translation>Gwag: ni chafodd y diwrnod ei ysgrifennu</translation>
    </message>
    <message>
        <source>The day %1 was told</source>
        <translation>Y diwrnod y cafodd %1 wybod</translation>
    </message>
    <message>
        <source>&amp;Decided at:</source>
        <translation>&amp;Penderfynwyd yn:</translation>
    </message>
    <message>
        <source>What was d&amp;one:</source>
        <translation>Beth a w&amp;naed:</translation>
    </message>
    <message>
        <source>The &amp;answer, for %1:</source>
        <translation>Yr &amp;ateb, i %1:</translation>
    </message>
    <message>
        <source>&amp;Why not:</source>
        <translation>Pa&amp;m ddim:</translation>
    </message>
    <message>
        <source>Give the day %1 was told, like %2, or leave it empty.</source>
        <translation>Rhowch y diwrnod y cafodd %1 wybod, fel %2, neu gadewch e&apos;n wag.</translation>
    </message>
    <message>
        <source>Told o&amp;n:</source>
        <translation>Cafodd wybod a&amp;r:</translation>
    </message>
    <message>
        <source>Write the answer, in words %1 understands.</source>
        <translation>Ysgrifennwch yr ateb, mewn geiriau mae %1 yn eu deall.</translation>
    </message>
    <message>
        <source>Choose what was done: done, partly done, or not possible.</source>
        <translation>Dewiswch beth a wnaed: wedi&apos;i wneud, wedi&apos;i wneud yn rhannol, neu ddim yn bosibl.</translation>
    </message>
    <message>
        <source>Say why it could not be done, or only partly.</source>
        <translation>Dywedwch pam nad oedd modd ei wneud, neu dim ond yn rhannol.</translation>
    </message>
</context>
<context>
    <name>VoiceEntryDialog</name>
    <message>
        <source>the child</source>
        <translation>y plentyn</translation>
    </message>
    <message>
        <source>Who else was there</source>
        <translation>Pwy arall oedd yno</translation>
    </message>
    <message>
        <source>What %1 said</source>
        <translation>Beth ddywedodd %1</translation>
    </message>
    <message>
        <source>When it was said</source>
        <translation>Pryd y&apos;i dywedwyd</translation>
    </message>
    <message>
        <source>Choose a question, write your own, or leave it</source>
        <translation>Dewiswch gwestiwn, ysgrifennwch eich un chi, neu gadewch e</translation>
    </message>
    <message>
        <source>What was asked</source>
        <translation>Beth a ofynnwyd</translation>
    </message>
    <message>
        <source>Write %1&apos;s words exactly as they said them. Don&apos;t tidy them up.</source>
        <translation>Ysgrifennwch eiriau %1 yn union fel y dywedon nhw nhw. Peidiwch â&apos;u tacluso.</translation>
    </message>
    <message>
        <source>%1&apos;s own words</source>
        <translation>Geiriau %1 ei hun</translation>
    </message>
    <message>
        <source>How it was given</source>
        <translation>Sut y&apos;i rhoddwyd</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Heb ei gofnodi</translation>
    </message>
    <message>
        <source>Who it was said to</source>
        <translation>Wrth bwy y&apos;i dywedwyd</translation>
    </message>
    <message>
        <source>Who wrote it down</source>
        <translation>Pwy a&apos;i hysgrifennodd</translation>
    </message>
    <message>
        <source>What it is about</source>
        <translation>Am beth mae e</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Ddim eto</translation>
    </message>
    <message>
        <source>Yes, and %1 agreed it was right</source>
        <translation>Do, a chytunodd %1 ei fod yn gywir</translation>
    </message>
    <message>
        <source>Yes, but %1 did not agree it was right</source>
        <translation>Do, ond doedd %1 ddim yn cytuno ei fod yn gywir</translation>
    </message>
    <message>
        <source>Read back to %1</source>
        <translation>Wedi&apos;i ddarllen yn ôl i %1</translation>
    </message>
    <message>
        <source>The day it was read back</source>
        <translation>Y diwrnod y&apos;i darllenwyd yn ôl</translation>
    </message>
    <message>
        <source>Empty: the day was not written down</source>
        <translation>Gwag: ni chafodd y diwrnod ei ysgrifennu</translation>
    </message>
    <message>
        <source>Who did %1 say may see it?</source>
        <translation>Pwy ddywedodd %1 sy&apos;n cael ei weld?</translation>
    </message>
    <message>
        <source>Ask %1. Until someone asks, leave these empty: it stays in this story file and goes in no book.</source>
        <translation>Gofynnwch i %1. Nes bod rhywun yn gofyn, gadewch y rhain yn wag: mae&apos;n aros yn ffeil y stori hon ac nid yw&apos;n mynd i unrhyw lyfr.</translation>
    </message>
    <message>
        <source>This came from the single &quot;wishes and feelings&quot; box of an older version of Belonging. Add when it was said, if you know.</source>
        <translation>Daeth hwn o&apos;r un blwch &quot;dymuniadau a theimladau&quot; mewn fersiwn hŷn o Belonging. Ychwanegwch pryd y&apos;i dywedwyd, os ydych chi&apos;n gwybod.</translation>
    </message>
    <message>
        <source>&amp;When was it said?</source>
        <translation>Pry&amp;d y&apos;i dywedwyd?</translation>
    </message>
    <message>
        <source>What was &amp;asked:</source>
        <translation>Beth a o&amp;fynnwyd:</translation>
    </message>
    <message>
        <source>How it was &amp;given:</source>
        <translation>Sut y&apos;i rh&amp;oddwyd:</translation>
    </message>
    <message>
        <source>&amp;Said to:</source>
        <translation>Wedi&apos;i ddweud &amp;wrth:</translation>
    </message>
    <message>
        <source>Written &amp;down by:</source>
        <translation>Wedi&apos;i ysgrifennu &amp;gan:</translation>
    </message>
    <message>
        <source>Who else was t&amp;here:</source>
        <translation>Pwy arall oedd y&amp;no:</translation>
    </message>
    <message>
        <source>What it is a&amp;bout:</source>
        <translation>Am &amp;beth mae e:</translation>
    </message>
    <message>
        <source>How did %1 feel?</source>
        <translation>Sut oedd %1 yn teimlo?</translation>
    </message>
    <message>
        <source>&amp;Read back to %1?</source>
        <translation>Wedi&apos;i dd&amp;arllen yn ôl i %1?</translation>
    </message>
    <message>
        <source>O&amp;n:</source>
        <translation>A&amp;r:</translation>
    </message>
    <message>
        <source>Check when it was said: %1</source>
        <translation>Gwiriwch pryd y&apos;i dywedwyd: %1</translation>
    </message>
    <message>
        <source>Give the day it was read back, like %1, or leave it empty.</source>
        <translation>Rhowch y diwrnod y&apos;i darllenwyd yn ôl, fel %1, neu gadewch e&apos;n wag.</translation>
    </message>
    <message>
        <source>In %1&apos;s w&amp;ords:</source>
        <translation>Yng ngeiria&amp;u %1:</translation>
    </message>
    <message>
        <source>What the draw&amp;ing shows:</source>
        <translation>Beth mae&apos;r ll&amp;un yn ei ddangos:</translation>
    </message>
    <message>
        <source>What the drawing shows</source>
        <translation>Beth mae&apos;r llun yn ei ddangos</translation>
    </message>
    <message>
        <source>In %1&apos;s own voice:</source>
        <translation>Yn llais %1 ei hun:</translation>
    </message>
    <message>
        <source>Stop the recording first, then save.</source>
        <translation>Stopia’r recordio yn gyntaf, yna cadw.</translation>
    </message>
</context>
<context>
    <name>VoicePane</name>
    <message>
        <source>Show &amp;waiting</source>
        <translation>Dangos y rhai sy&apos;n &amp;aros</translation>
    </message>
    <message>
        <source>A&amp;nswer…</source>
        <translation>Ate&amp;b…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Tynnu</translation>
    </message>
    <message>
        <source>My say</source>
        <translation>Fy llais</translation>
    </message>
    <message>
        <source>Show what it is about</source>
        <translation>Dangos am beth mae e</translation>
    </message>
    <message>
        <source>Show by what happened</source>
        <translation>Dangos yn ôl beth ddigwyddodd</translation>
    </message>
    <message>
        <source>Show by who may see it</source>
        <translation>Dangos yn ôl pwy sy&apos;n cael ei weld</translation>
    </message>
    <message>
        <source>What the child has said</source>
        <translation>Beth mae&apos;r plentyn wedi&apos;i ddweud</translation>
    </message>
    <message>
        <source>The whole of what was said, and what happened</source>
        <translation>Y cyfan a ddywedwyd, a beth ddigwyddodd</translation>
    </message>
    <message>
        <source>Ab&amp;out:</source>
        <translation>&amp;Pwnc:</translation>
    </message>
    <message>
        <source>Who may see &amp;it:</source>
        <translation>Pwy sy&apos;n cael ei we&amp;ld:</translation>
    </message>
    <message>
        <source>the child</source>
        <translation>y plentyn</translation>
    </message>
    <message>
        <source>&amp;Add what %1 said…</source>
        <translation>&amp;Ychwanegu beth ddywedodd %1…</translation>
    </message>
    <message>
        <source>Nothing here yet. When %1 tells you something that matters — a wish, a worry, a good thing — add it in their own words. Then write down what happened because they said it.</source>
        <translation>Does dim byd yma eto. Pan fydd %1 yn dweud rhywbeth pwysig wrthych chi — dymuniad, pryder, peth da — ychwanegwch e yn eu geiriau eu hunain. Yna ysgrifennwch beth ddigwyddodd achos iddyn nhw ei ddweud.</translation>
    </message>
    <message>
        <source>What %1 has said, in their own words, and what happened because they said it.</source>
        <translation>Beth mae %1 wedi&apos;i ddweud, yn eu geiriau eu hunain, a beth ddigwyddodd achos iddyn nhw ei ddweud.</translation>
    </message>
    <message>
        <source>1 thing %1 said is still waiting for an answer after a review.</source>
        <translation>Mae 1 peth a ddywedodd %1 yn dal i aros am ateb ar ôl adolygiad.</translation>
    </message>
    <message>
        <source>%1 things %2 said are still waiting for an answer after a review.</source>
        <translation>Mae %1 o bethau a ddywedodd %2 yn dal i aros am ateb ar ôl adolygiad.</translation>
    </message>
    <message>
        <source>Choose something in the list to read all of it.</source>
        <translation>Dewiswch rywbeth yn y rhestr i&apos;w ddarllen i gyd.</translation>
    </message>
    <message>
        <source>Date not known</source>
        <translation>Dyddiad ddim yn hysbys</translation>
    </message>
    <message>
        <source>Asked: %1</source>
        <translation>Gofynnwyd: %1</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>“%1”</translation>
    </message>
    <message>
        <source>Who may see it: %1</source>
        <translation>Pwy sy&apos;n cael ei weld: %1</translation>
    </message>
    <message>
        <source>What happened: %1</source>
        <translation>Beth ddigwyddodd: %1</translation>
    </message>
    <message>
        <source>Why: %1</source>
        <translation>Pam: %1</translation>
    </message>
    <message>
        <source>%1 has been told.</source>
        <translation>Mae %1 wedi cael gwybod.</translation>
    </message>
    <message>
        <source>%1 has not been told yet.</source>
        <translation>Dydy %1 ddim wedi cael gwybod eto.</translation>
    </message>
    <message>
        <source>What happened: not answered yet.</source>
        <translation>Beth ddigwyddodd: heb ei ateb eto.</translation>
    </message>
    <message>
        <source>Remove what %1 said?</source>
        <translation>Tynnu beth ddywedodd %1?</translation>
    </message>
    <message>
        <source>Remove “%1”? You can undo this with Edit › Undo.</source>
        <translation>Tynnu “%1”? Gallwch ddadwneud hyn gyda Golygu › Dadwneud.</translation>
    </message>
    <message>
        <source>&amp;Change…</source>
        <translation>&amp;Newid…</translation>
    </message>
    <message>
        <source>What happene&amp;d:</source>
        <translation>B&amp;eth ddigwyddodd:</translation>
    </message>
    <message>
        <source>Show all</source>
        <translation>Dangos y cyfan</translation>
    </message>
    <message>
        <source>Nothing matches the choices above. Choose “Show all” to see everything again.</source>
        <translation>Does dim byd yn cyfateb i&apos;r dewisiadau uchod. Dewiswch “Dangos y cyfan” i weld popeth eto.</translation>
    </message>
    <message>
        <source>%1 was told on %2.</source>
        <translation>Cafodd %1 wybod ar %2.</translation>
    </message>
    <message>
        <source>A drawing: %1</source>
        <translation>Llun: %1</translation>
    </message>
    <message>
        <source>Felt: %1</source>
        <translation>Teimlo: %1</translation>
    </message>
    <message>
        <source>&amp;Play the recording</source>
        <translation>&amp;Chwarae’r recordiad</translation>
    </message>
    <message>
        <source>%1 chose not to say.</source>
        <translation>Dewisodd %1 beidio â dweud.</translation>
    </message>
    <message>
        <source>There is a recording of this in %1&apos;s own voice.</source>
        <translation>Mae recordiad o hyn yn llais %1 ei hun.</translation>
    </message>
    <message>
        <source>Play the recording</source>
        <translation>Chwarae’r recordiad</translation>
    </message>
    <message>
        <source>Sto&amp;p playing</source>
        <translation>Stopio &amp;chwarae</translation>
    </message>
</context>
<context>
    <name>VoicePlayer</name>
    <message>
        <source>No speaker or headphones were found, so the recording cannot be played.</source>
        <translation>Doedd dim seinydd na chlustffonau i’w cael, felly does dim modd chwarae’r recordiad.</translation>
    </message>
    <message>
        <source>The speaker cannot play this recording.</source>
        <translation>Does dim modd i’r seinydd chwarae’r recordiad hwn.</translation>
    </message>
    <message>
        <source>The recording could not be played.</source>
        <translation>Doedd dim modd chwarae’r recordiad.</translation>
    </message>
</context>
<context>
    <name>VoiceRecorder</name>
    <message>
        <source>No microphone was found. Check that one is plugged in and turned on, or type the words instead.</source>
        <translation>Doedd dim meicroffon i’w gael. Gwiriwch fod un wedi’i blygio i mewn a’i droi ymlaen, neu teipiwch y geiriau yn lle hynny.</translation>
    </message>
    <message>
        <source>The microphone could not be used.</source>
        <translation>Doedd dim modd defnyddio’r meicroffon.</translation>
    </message>
    <message>
        <source>The microphone could not be used. Another program may be using it.</source>
        <translation>Doedd dim modd defnyddio’r meicroffon. Efallai fod rhaglen arall yn ei ddefnyddio.</translation>
    </message>
    <message>
        <source>The microphone stopped working. What was recorded so far is kept.</source>
        <translation>Stopiodd y meicroffon weithio. Mae’r hyn a recordiwyd hyd yma wedi’i gadw.</translation>
    </message>
</context>
<context>
    <name>VoiceRules</name>
    <message>
        <source>No topic chosen</source>
        <translation>Dim pwnc wedi&apos;i ddewis</translation>
    </message>
    <message>
        <source>Worries</source>
        <translation>Pryderon</translation>
    </message>
    <message>
        <source>Good things</source>
        <translation>Pethau da</translation>
    </message>
    <message>
        <source>Dreams and wishes</source>
        <translation>Breuddwydion a dymuniadau</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Cartref</translation>
    </message>
    <message>
        <source>Family time</source>
        <translation>Amser teulu</translation>
    </message>
    <message>
        <source>School</source>
        <translation>Ysgol</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Iechyd</translation>
    </message>
    <message>
        <source>Something else</source>
        <translation>Rhywbeth arall</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Heb ei gofnodi</translation>
    </message>
    <message>
        <source>Typed by the child</source>
        <translation>Wedi&apos;i deipio gan y plentyn</translation>
    </message>
    <message>
        <source>Said, and written down by an adult</source>
        <translation>Wedi&apos;i ddweud, a&apos;i ysgrifennu gan oedolyn</translation>
    </message>
    <message>
        <source>Drawn</source>
        <translation>Wedi&apos;i dynnu</translation>
    </message>
    <message>
        <source>Recorded in their own voice</source>
        <translation>Wedi&apos;i recordio yn eu llais eu hunain</translation>
    </message>
    <message>
        <source>Not answered yet</source>
        <translation>Heb ei ateb eto</translation>
    </message>
    <message>
        <source>Listened to and done</source>
        <translation>Gwrandawyd a gwnaed</translation>
    </message>
    <message>
        <source>Partly done</source>
        <translation>Wedi&apos;i wneud yn rhannol</translation>
    </message>
    <message>
        <source>Not possible</source>
        <translation>Ddim yn bosibl</translation>
    </message>
    <message>
        <source>Child and carer (child&apos;s book)</source>
        <translation>Plentyn a gofalwr (llyfr y plentyn)</translation>
    </message>
    <message>
        <source>My social worker</source>
        <translation>Fy ngweithiwr cymdeithasol</translation>
    </message>
    <message>
        <source>Social worker</source>
        <translation>Gweithiwr cymdeithasol</translation>
    </message>
    <message>
        <source>Reviews and court</source>
        <translation>Adolygiadau a&apos;r llys</translation>
    </message>
    <message>
        <source>My family</source>
        <translation>Fy nheulu</translation>
    </message>
    <message>
        <source>Family (family copy)</source>
        <translation>Teulu (copi&apos;r teulu)</translation>
    </message>
    <message>
        <source>Not asked yet</source>
        <translation>Heb ofyn eto</translation>
    </message>
    <message>
        <source>What&apos;s good at the moment?</source>
        <translation>Beth sy&apos;n dda ar hyn o bryd?</translation>
    </message>
    <message>
        <source>What worries you?</source>
        <translation>Beth sy&apos;n dy boeni di?</translation>
    </message>
    <message>
        <source>If you could wish for anything, what would it be?</source>
        <translation>Petaet ti&apos;n gallu dymuno unrhyw beth, beth fyddai e?</translation>
    </message>
    <message>
        <source>Who would you like to see more?</source>
        <translation>Pwy hoffet ti eu gweld yn amlach?</translation>
    </message>
    <message>
        <source>Who would you like to see less?</source>
        <translation>Pwy hoffet ti eu gweld yn llai aml?</translation>
    </message>
    <message>
        <source>What would make home better?</source>
        <translation>Beth fyddai&apos;n gwneud cartref yn well?</translation>
    </message>
    <message>
        <source>How is school going?</source>
        <translation>Sut mae&apos;r ysgol yn mynd?</translation>
    </message>
    <message>
        <source>Write down what was said, in the child&apos;s own words.</source>
        <translation>Ysgrifennwch beth a ddywedwyd, yng ngeiriau&apos;r plentyn ei hun.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Said to %1, with %2 present.</source>
        <translation>Wedi&apos;i ddweud wrth %1, gyda %2 yno.</translation>
    </message>
    <message>
        <source>Said to %1.</source>
        <translation>Wedi&apos;i ddweud wrth %1.</translation>
    </message>
    <message>
        <source>With %1 present.</source>
        <translation>Gyda %1 yno.</translation>
    </message>
    <message>
        <source>Typed by %1.</source>
        <translation>Wedi&apos;i deipio gan %1.</translation>
    </message>
    <message>
        <source>Drawn by %1.</source>
        <translation>Wedi&apos;i dynnu gan %1.</translation>
    </message>
    <message>
        <source>Recorded in %1&apos;s own voice.</source>
        <translation>Wedi&apos;i recordio yn llais %1 ei hun.</translation>
    </message>
    <message>
        <source>Written down by an adult.</source>
        <translation>Wedi&apos;i ysgrifennu gan oedolyn.</translation>
    </message>
    <message>
        <source>Written down by %1.</source>
        <translation>Wedi&apos;i ysgrifennu gan %1.</translation>
    </message>
    <message>
        <source>Read back and agreed.</source>
        <translation>Wedi&apos;i ddarllen yn ôl a chytuno.</translation>
    </message>
    <message>
        <source>Read back and agreed on %1.</source>
        <translation>Wedi&apos;i ddarllen yn ôl a chytuno ar %1.</translation>
    </message>
    <message>
        <source>Read back; %1 did not agree it was right.</source>
        <translation>Wedi&apos;i ddarllen yn ôl; doedd %1 ddim yn cytuno ei fod yn gywir.</translation>
    </message>
    <message>
        <source>Read back on %1; %2 did not agree it was right.</source>
        <translation>Wedi&apos;i ddarllen yn ôl ar %1; doedd %2 ddim yn cytuno ei fod yn gywir.</translation>
    </message>
    <message>
        <source>Not yet read back.</source>
        <translation>Heb ei ddarllen yn ôl eto.</translation>
    </message>
    <message>
        <source>Moved from the single wishes and feelings box of an older case file.</source>
        <translation>Wedi&apos;i symud o&apos;r un blwch dymuniadau a theimladau mewn ffeil achos hŷn.</translation>
    </message>
    <message>
        <source>Worker</source>
        <translation>Gweithiwr</translation>
    </message>
    <message>
        <source>Review, court</source>
        <translation>Adolygiad, llys</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Teulu</translation>
    </message>
    <message>
        <source>My carer and me, in my own book</source>
        <translation>Fy ngofalwr a fi, yn fy llyfr fy hun</translation>
    </message>
    <message>
        <source>Child&apos;s book</source>
        <translation>Llyfr y plentyn</translation>
    </message>
    <message>
        <source>a tiny bit</source>
        <translation>tamaid bach</translation>
    </message>
    <message>
        <source>a little</source>
        <translation>ychydig</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>canolig</translation>
    </message>
    <message>
        <source>quite big</source>
        <translation>eithaf mawr</translation>
    </message>
    <message>
        <source>really big</source>
        <translation>mawr iawn</translation>
    </message>
    <message>
        <source>How big the worry felt: %1 (%2 of %3)</source>
        <translation>Pa mor fawr roedd y pryder yn teimlo: %1 (%2 o %3)</translation>
    </message>
</context>
<context>
    <name>VoiceTableModel</name>
    <message>
        <source>Waiting for an answer</source>
        <translation>Yn aros am ateb</translation>
    </message>
    <message>
        <source>Answered, not told yet</source>
        <translation>Wedi&apos;i ateb, heb ddweud eto</translation>
    </message>
    <message>
        <source>Answered and told</source>
        <translation>Wedi&apos;i ateb a&apos;i ddweud</translation>
    </message>
    <message>
        <source>Waiting: %1 has been and gone</source>
        <translation>Yn aros: mae %1 wedi bod</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Wedi&apos;i ateb</translation>
    </message>
    <message>
        <source>(not told yet)</source>
        <translation>(heb ddweud eto)</translation>
    </message>
    <message>
        <source>Date not known</source>
        <translation>Dyddiad ddim yn hysbys</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>“%1”</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Pryd</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Am</translation>
    </message>
    <message>
        <source>What they said</source>
        <translation>Beth ddywedon nhw</translation>
    </message>
    <message>
        <source>Who may see it</source>
        <translation>Pwy sy&apos;n cael ei weld</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Beth ddigwyddodd</translation>
    </message>
    <message>
        <source>Not answered, no review since</source>
        <translation>Heb ei ateb, dim adolygiad ers hynny</translation>
    </message>
    <message>
        <source>(chose not to say)</source>
        <translation>(dewisodd beidio â dweud)</translation>
    </message>
    <message>
        <source>(said in their own voice: a recording)</source>
        <translation>(wedi’i ddweud yn eu llais eu hunain: recordiad)</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Start a new life story</source>
        <translation>Dechrau stori bywyd newydd</translation>
    </message>
    <message>
        <source>Make a new, private story file protected by a passphrase.</source>
        <translation>Gwneud ffeil stori newydd, breifat, wedi&apos;i gwarchod gan gyfrinymadrodd.</translation>
    </message>
    <message>
        <source>Open a life story</source>
        <translation>Agor stori bywyd</translation>
    </message>
    <message>
        <source>Carry on with a story you have already started.</source>
        <translation>Parhau â stori rydych chi wedi&apos;i dechrau&apos;n barod.</translation>
    </message>
    <message>
        <source>Explore the demo</source>
        <translation>Archwilio&apos;r enghraifft</translation>
    </message>
    <message>
        <source>Look around a made-up story to see what Belonging can do. Nothing you change is kept.</source>
        <translation>Cael golwg ar stori ddychmygol i weld beth all Belonging ei wneud. Does dim byd rydych chi&apos;n ei newid yn cael ei gadw.</translation>
    </message>
    <message>
        <source>Clear list</source>
        <translation>Clirio&apos;r rhestr</translation>
    </message>
    <message>
        <source>Belonging logo</source>
        <translation>Logo Belonging</translation>
    </message>
    <message>
        <source>Belonging</source>
        <translation>Belonging</translation>
    </message>
    <message>
        <source>A safe place for a child&apos;s story and the people who matter to them.</source>
        <translation>Lle diogel i stori plentyn a&apos;r bobl sy&apos;n bwysig iddyn nhw.</translation>
    </message>
    <message>
        <source>&amp;Recent life stories</source>
        <translation>Straeon bywyd &amp;diweddar</translation>
    </message>
    <message>
        <source>Recent life stories</source>
        <translation>Straeon bywyd diweddar</translation>
    </message>
    <message>
        <source>Press Enter to open the selected story.</source>
        <translation>Pwyswch Enter i agor y stori a ddewiswyd.</translation>
    </message>
    <message>
        <source>Stories you open will be listed here.</source>
        <translation>Bydd y straeon rydych chi&apos;n eu hagor yn cael eu rhestru yma.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Open the made-up demo life story at start-up.</source>
        <translation>Agor y stori bywyd enghreifftiol ddychmygol wrth gychwyn.</translation>
    </message>
    <message>
        <source>Life-story work and relationship mapping with children in care.</source>
        <translation>Gwaith stori bywyd a mapio perthnasoedd gyda phlant mewn gofal.</translation>
    </message>
    <message>
        <source>A life story file to open.</source>
        <translation>Ffeil stori bywyd i&apos;w hagor.</translation>
    </message>
    <message>
        <source>Write the demo life story to PATH (passphrase from standard input).</source>
        <translation>Ysgrifennu&apos;r stori bywyd enghreifftiol i PATH (cyfrinymadrodd o&apos;r mewnbwn safonol).</translation>
    </message>
    <message>
        <source>Check a life story&apos;s passphrase and integrity (passphrase from standard input). Exit codes: 0 fine, 2 wrong passphrase, 3 not a Belonging file, 4 damaged, 5 newer version, 1 other problem.</source>
        <translation>Gwirio cyfrinymadrodd a chyfanrwydd stori bywyd (cyfrinymadrodd o&apos;r mewnbwn safonol). Codau ymadael: 0 iawn, 2 cyfrinymadrodd anghywir, 3 ddim yn ffeil Belonging, 4 wedi&apos;i difrodi, 5 fersiwn mwy newydd, 1 problem arall.</translation>
    </message>
</context>
</TS>
