<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="cy_GB">
<context>
    <name>AddPerson</name>
    <message>
        <source>Add %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AddRelationship</name>
    <message>
        <source>Connect %1 and %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BookComposer</name>
    <message>
        <source>date not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My life story</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&apos;s life story</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A copy to share with my family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The people and places that are part of me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All about me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I was born on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The people who matter to me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What I&apos;d like you to know about %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where I have lived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From %1 until now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I lived with %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My school was %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why I moved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My memories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My wishes and feelings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Court and review pack: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CONFIDENTIAL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Court and review pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Child:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Known as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of birth:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prepared on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prepared with:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Belonging (life-story and relationship record)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This pack contains sensitive personal information about a child. It is prepared for the court or review named above and must not be shared further. Addresses and contact details have been removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chronology</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Placement began: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the child&apos;s words: “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source / reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Impact on the child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ecomap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ecomap of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People and relationships</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relationship with the child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact arrangement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next planned contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Placement history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Placement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for move (record)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the child&apos;s words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The child&apos;s wishes and feelings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In %1&apos;s own words:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— %1, as recorded in the case file; this pack prepared on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CONFIDENTIAL — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BookExport</name>
    <message>
        <source>The book could not be prepared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Making the PDF was stopped. Nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF could not be finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF could not be saved there. Check that the folder exists, that you can write to it and that the disk is not full.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BookPane</name>
    <message>
        <source>The &amp;ecomap, with its key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A page for the &amp;people who matter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Where I have lived / placement history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Memories and photos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Wishes and feelings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Chronology</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;&amp;Impact on the child&quot; column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put the child&apos;s &amp;name in the PDF&apos;s details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pre&amp;view…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;rint…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Books</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who is it for?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A life-story &amp;book for the child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A copy for the birth &amp;family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A &amp;court or review pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What goes in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pa&amp;ge size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People to leave out entirely</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What will be left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People to &amp;leave out entirely:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;What will be left out&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing: everything in the story goes in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: 1 page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 pages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Making the PDF…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseWorkspace</name>
    <message>
        <source>&amp;People who matter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG picture (*.png);;SVG drawing (*.svg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Belonging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Books</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&apos;s story</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Command</name>
    <message>
        <source>Edit the line between %1 and %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make the line to %1 “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Usage: belonging demo PATH    (writes the demo life story to PATH)
       belonging check PATH   (checks the passphrase and the file)
       belonging export --audience book|family|court CASE -o OUT.pdf
                        [--page-size a4|letter]
The passphrase is read from standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please give the passphrase on standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1 pages to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left out: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a passphrase for the demo:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please give a passphrase of at least 8 characters on standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote the demo life story to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fine: the passphrase is right and the life story is undamaged.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DateCheck</name>
    <message>
        <source>This date is in the future. Is that right?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is before you were born. That&apos;s fine for family history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The end date is before the start date.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoCase</name>
    <message>
        <source>she/her</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I am Maisie. I am 11. I love drawing, swimming and my dog Biscuit. My favourite food is Nana&apos;s shepherd&apos;s pie.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I want to stay living with Nana. I want to see Tyler more, not just in the holidays. I like seeing Mum when she is well. I want to get letters from Ruby.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Big brother, 14</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Little sister, 4, adopted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nana</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mum&apos;s mum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emergency carer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Social worker until 2023</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mr Evans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year 6 teacher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play therapist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mum gives the best hugs. Sometimes she is poorly and can&apos;t come, and that makes me sad.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nana is kind and funny and she always has biscuits. I feel safe at Nana&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tyler is my big brother. We play football when we see each other. I miss him.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ruby is my little sister. She lives with her new family. I send her a letter and a drawing every year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Biscuit is the best dog in the world.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whereabouts not known since 2019.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervised, at the family centre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day trips and school holidays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One letter a year, through the adoption team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Living with Mum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mum was poorly and couldn&apos;t look after me and Tyler properly. It wasn&apos;t my fault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accommodated under s.76 following escalating neglect concerns and maternal mental health crisis.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sue&apos;s house</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sue&apos;s husband got very ill and I had to move really quickly. I didn&apos;t get to say goodbye to my friends.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Placement ended at short notice (24 hours) due to carer&apos;s family illness; emergency placement identified.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lisa&apos;s flat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nana got approved to look after me!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned move to connected person (maternal grandmother) following positive kinship assessment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nana&apos;s house</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My 4th birthday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mum made a pink cake with four candles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feeding the ducks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tyler and me fed the ducks at the park. One duck chased me!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When Ruby was born</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>She was really tiny and she grabbed my finger.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First night at Sue&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I was scared but Sue let me have the landing light on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sue&apos;s garden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There was a swing in the big tree.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Video calls with Tyler</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We could only see each other on the tablet for ages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My 5th birthday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sue made a cake and Helen brought a present.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learning to swim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I got my 10 metres badge!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beach day with Tyler</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We built the biggest sandcastle ever.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moving to Lisa&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It all happened really fast.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lisa&apos;s cat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lisa had a grumpy cat called Pepper.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moving to Nana&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nana let me choose the colour for my bedroom. I picked purple.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting Biscuit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Biscuit licked my face and I laughed so much.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I met Lily on my first day. She showed me where everything was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Christmas at Nana&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tyler came for the whole day. Best Christmas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Biscuit&apos;s walk in the snow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Biscuit tried to eat the snow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Star of the week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mr Evans gave me star of the week for my story about Biscuit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My 9th birthday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lily came for a sleepover.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seeing Mum at the park</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mum was well and we had ice creams.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My 11th birthday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tyler and Nana and Lily and Biscuit. Pizza and bowling!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accommodated; placed with foster carer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maisie and Tyler accommodated; placed separately due to lack of a sibling placement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Placement plan PP/20/014</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Social worker allocated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Helen Price allocated as social worker.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case note 10/02/2020</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First looked-after child review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IRO Anita Shah chaired. Plan: assessment of maternal grandmother.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LAC review minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Final hearing: care order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Care order granted. Plan for kinship placement endorsed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Court order ref. CF21C00123</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal certainty; plan to live with Nana.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emergency placement move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Placement ended at 24 hours&apos; notice; moved to emergency foster carer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case note 20/01/2022</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distressed; lost contact with school friends for a term.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved to kinship placement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned move to maternal grandmother.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Placement plan PP/22/088</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change of social worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Helen Price left the team; Tom Okafor allocated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maisie said she was sad to lose Helen and met Tom twice before the handover.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family time with Mum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervised contact at the family centre, 2 hours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact record CR/26/301</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warm; Mum arrived on time. Maisie showed her drawings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looked-after child review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan remains long-term kinship care with Nana; increase sibling time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>School</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EcomapExport</name>
    <message>
        <source>All relationships, past and present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As it was on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The picture could not be saved there. Check that the folder exists, that you may write to it and that the disk is not full.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EcomapPane</name>
    <message>
        <source>&amp;Add someone…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Change…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as &amp;Picture…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Group…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the map as it &amp;was on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People who matter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG picture (*.png);;SVG drawing (*.svg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw a named outline round the people you have selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date to show the map at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing everyone, past and present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add someone who matters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove someone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take %1 off the map? Their lines go too. You can undo this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw a line between %1 and:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is this group called? For example: Nana&apos;s house, school, the care team.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename the group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People who matter to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the map as a picture</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EcomapScene</name>
    <message>
        <source>&amp;Change…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;onnect to someone else…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Arrows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Towards %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both ways</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove this &amp;line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rename the group…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the &amp;group (keep the people)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EcomapView</name>
    <message>
        <source>Map of the people who matter</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EditGroup</name>
    <message>
        <source>Rename the group %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EditPerson</name>
    <message>
        <source>Edit %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EventDialog</name>
    <message>
        <source>Who was involved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep &amp;private (leave out of every book)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example: Contact with Mum at the family centre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For contact: how it went</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document or reference, for the chronology</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional: what this meant for the child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;What happened:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wh&amp;en:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>W&amp;ho:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Details:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;How it went:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Impact on the child:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say briefly what happened first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the date above.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FuzzyDate</name>
    <message>
        <source>spring %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>summer %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>autumn %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>winter %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>month name, then year</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not known yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>about %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>before %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>after %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>between %1 and %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>spring</source>
        <comment>season word when typing a date</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>summer</source>
        <comment>season word when typing a date</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>autumn|fall</source>
        <comment>season words when typing a date, | separated</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>winter</source>
        <comment>season word when typing a date</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please write the year in full, for example 2019.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The year %1 does not look right. Please check it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no month number %1. Months go from 1 to 12.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no day %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>of</source>
        <comment>filler word in &apos;summer of 2015&apos;</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Belonging could not read “%1” as a date. Try something like 12/03/2019, March 2019, summer 2015, about 2012 or between 2010 and 2012.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not known|not known yet|unknown|don&apos;t know</source>
        <comment>ways of saying a date is not known, | separated</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>about|around|approximately|circa|roughly</source>
        <comment>words meaning &apos;about&apos; a date, | separated</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>before</source>
        <comment>as in &apos;before 2010&apos;</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>after</source>
        <comment>as in &apos;after 2010&apos;</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>between|from</source>
        <comment>as in &apos;between 2010 and 2012&apos;</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>and|to|until</source>
        <comment>as in &apos;between 2010 and 2012&apos;</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first date must come before the second one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please give two dates, for example “between 2010 and 2012”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FuzzyDateEdit</name>
    <message>
        <source>For example: summer 2015, March 2019, about 2012</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not known yet — that&apos;s fine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Understood as: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LegendWidget</name>
    <message>
        <source>Key to the lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <source>&amp;Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close it instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This life story is locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It was locked to keep it private. Type its passphrase to carry on where you left off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Belonging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Life Story…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a new life story in a new, protected file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open Life Story…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a life story file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explore the &amp;Demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a made-up life story to look around</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close Life Story</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a &amp;Copy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write an encrypted copy of this life story</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change &amp;Passphrase…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the life story now; its passphrase opens it again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remember Recent Files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn off on a shared computer: file names often say whose story it is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Larger Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Easy-Read Font</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Andika: letters designed to be easy to tell apart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;People Who Matter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Books</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Belonging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock &amp;Automatically</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After %1 minutes of no use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a new life story</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whose life story is this? Type the name they like to be called:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Life stories (*.belonging)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved an encrypted copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase has been changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a life story</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Life stories (*.belonging);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That file is not there any more. It may have been moved, renamed or deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explore the demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — Belonging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locked — Belonging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Belonging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Belonging %1&lt;/h3&gt;&lt;p&gt;Life-story work and relationship mapping with children in care: the people who matter, where a child has lived, and their memories, kept together and safe.&lt;/p&gt;&lt;p&gt;Everything is stored in one encrypted file that only opens with its passphrase.&lt;/p&gt;&lt;p&gt;Belonging is free software, released under the GNU General Public License, version 3 or later.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MakeGroup</name>
    <message>
        <source>Group %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MemoryDialog</name>
    <message>
        <source>Who was there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;photos…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take photo &amp;out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep &amp;private (leave out of every book)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example: My first bike</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to call this memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When it happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened? What do you remember most?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&apos;s own words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where %1 was living</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag photos here, or use Add photos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name it:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In %1&apos;s &amp;words:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How did it feel?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>W&amp;ho was there:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where %1 was &amp;living:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photos:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add photos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adding photos…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date comes from when the photo was taken. Change it if it&apos;s wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work it out from the date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work it out from the date (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MovePerson</name>
    <message>
        <source>Move %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Notation</name>
    <message>
        <source>Close to me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the middle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Further away</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrows show which way help and support flow</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <source>Open a life story</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protect this life story</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the passphrase for “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a passphrase for this life story. Nobody can open it without the passphrase — not even Belonging — so keep it somewhere safe. A few unusual words together make a good one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Use at least %n characters.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The two passphrases are not the same yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <source>Next &amp;planned:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep private (leave out of every book)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone who matters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example: Nana, Tyler, Mr Evans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What %1 calls them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who they are</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example: Mum&apos;s partner, Year 6 teacher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the relationship feels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No arrows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support goes from %1 to them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support comes to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both ways</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Direction of support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How often they see each other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example: supervised, at the family centre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What I&apos;d like you to know about them…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&apos;s own words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;What %1 calls them:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who &amp;they are:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;More about that:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In %1&apos;s &amp;words:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The relationship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It &amp;feels:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Support:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Contact:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact &amp;details:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next planned contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For the record (kept out of shared copies)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give them a name first — any name is fine.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PersonItem</name>
    <message>
        <source>Someone with no name yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PhotoImport</name>
    <message>
        <source>Pictures (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” could not be opened. Check that it is still there and that you are allowed to read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is too big (%2 MB). Pictures up to %3 MB can be added; try a smaller copy of it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is a HEIC photo (the kind iPhones take), and this computer can&apos;t read HEIC yet. Save it as a JPEG first: on the iPhone choose Settings › Camera › Formats › Most Compatible, or share it by email, which sends a JPEG.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” isn&apos;t a picture Belonging can read. It can read %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” has too many pixels (%2 × %3) to add safely. Try a smaller copy of it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” looks damaged and could not be read. If it opens elsewhere, save a new copy of it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” could not be prepared for keeping. There may not be enough memory free.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlacementDialog</name>
    <message>
        <source>Who %1 lived with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep &amp;private (leave out of every book)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A place I lived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example: Nana&apos;s house</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What %1 calls this place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of placement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave empty if %1 still lives here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why did you move? Say it your way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why %1 moved, in their words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for the move, as recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name of the place:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved &amp;in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved &amp;out:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lived &amp;with:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;School:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why %1 &amp;moved on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For the record (kept out of shared copies)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason recorded:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>School a&amp;ddress:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the place a name first — &quot;Nana&apos;s house&quot; is fine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the dates above.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlacementHistory</name>
    <message>
        <source>We don&apos;t know where you lived in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We don&apos;t know where you lived between %1 and %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and %2 overlap between %3 and %4. Was one of them a short stay?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We don&apos;t know when you moved to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We don&apos;t know when you left %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Redaction</name>
    <message>
        <source>[withheld]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Life-story book</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy for birth family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Court and review pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 item marked private</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 items marked private</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A person chosen to be left out, and their name wherever it appears</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where I live now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name of the place where the child lives now, and their school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Addresses and phone numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Professional notes and recorded reasons (kept for the court pack)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RemoveGroup</name>
    <message>
        <source>Remove the group %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RemovePerson</name>
    <message>
        <source>Remove %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RemoveRelationship</name>
    <message>
        <source>Remove the line between %1 and %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StorageError</name>
    <message>
        <source>That passphrase does not open this life story. Check for Caps Lock and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is not a Belonging life story, so it cannot be opened here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This life story was saved by a newer version of Belonging. Please update Belonging to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This life story file is damaged and cannot be read safely. If you have a copy or a backup, open that instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This life story is already open, in this window or another one. Close it there first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Belonging can&apos;t save in that place. Choose a folder you are allowed to change, such as your Documents folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk is full, so the last change was not saved. Free some space and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The life story file was moved or deleted while it was open, so the last change was not saved. Use Save a Copy to keep your work.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a file with that name. Choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That item is no longer in this life story.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Belonging could not read or write the life story file. Check the disk and try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimelineModel</name>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where I lived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (private: left out of every book)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where / source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimelinePane</name>
    <message>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a memory…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a place…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an event…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole Life</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the timeline…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything on the timeline, as a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Things we don&apos;t know yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Things we don&apos;t know yet&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove “%1”? You can undo this with Ctrl+Z.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing missing: every stretch of time has a home.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lived at %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory: %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Born</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Age %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where I lived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact and events</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <source>Birth mother</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birth father</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brother or sister</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grandparent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Foster carer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kinship carer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adoptive parent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Social worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Independent reviewing officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teacher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Therapist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Friend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ordinary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tenuous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stressful</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Broken or cut off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lives together</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every two weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A few times a year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letterbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone or video calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact not allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Living at home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kinship care</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Foster care</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Residential home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adoptive home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supported lodgings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Somewhere else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Happy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worried</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Angry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mixed up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Court hearing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change of worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>School</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Start a new life story</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a new, private story file protected by a passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a life story</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carry on with a story you have already started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explore the demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look around a made-up story to see what Belonging can do. Nothing you change is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Belonging logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Belonging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A safe place for a child&apos;s story and the people who matter to them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Recent life stories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent life stories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press Enter to open the selected story.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stories you open will be listed here.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
