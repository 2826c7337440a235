<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="cy_GB">
<context>
    <name></name>
    <message>
        <source>Family support worker</source>
        <translation>Gweithiwr cymorth i deuluoedd</translation>
    </message>
    <message>
        <source>Visitor centre</source>
        <translation>Canolfan ymwelwyr</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Goruchwyliwr</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Pryd</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Pwy</translation>
    </message>
    <message>
        <source>Action</source>
        <comment>an entry&apos;s kind in the audit trail</comment>
        <translation>Gweithred</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Cofnod</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Manylion</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>Trywydd archwilio</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>Dyddiad dechrau</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>Dyddiad gorffen</translation>
    </message>
    <message>
        <source>Only my &amp;entries</source>
        <translation>Fy &amp;nghofnodion i yn unig</translation>
    </message>
    <message>
        <source>Only my entries</source>
        <translation>Fy nghofnodion i yn unig</translation>
    </message>
    <message>
        <source>to</source>
        <comment>from one date to another</comment>
        <translation>hyd at</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <comment>a date</comment>
        <translation>&amp;O</translation>
    </message>
    <message>
        <source>&amp;Action</source>
        <comment>an entry&apos;s kind in the audit trail</comment>
        <translation>&amp;Gweithred</translation>
    </message>
    <message>
        <source>Audit entries</source>
        <translation>Cofnodion archwilio</translation>
    </message>
    <message>
        <source>No entries in this period.</source>
        <translation>Dim cofnodion yn y cyfnod hwn.</translation>
    </message>
    <message>
        <source>Counts by action</source>
        <translation>Cyfrif fesul gweithred</translation>
    </message>
    <message>
        <source>The trail is append-only and names records by reference, never by what they hold.</source>
        <translation>Dim ond ychwanegu at y trywydd y gellir ei wneud, ac mae&apos;n enwi cofnodion yn ôl eu cyfeirnod, byth yn ôl eu cynnwys.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cau</translation>
    </message>
    <message>
        <source>All actions</source>
        <translation>Pob gweithred</translation>
    </message>
    <message>
        <source>In this period: {counts}</source>
        <translation>Yn y cyfnod hwn: {counts}</translation>
    </message>
    <message>
        <source>In this period: nothing</source>
        <translation>Yn y cyfnod hwn: dim</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Iaith</translation>
    </message>
    <message>
        <source>This window keeps its words until FSW Desk is next unlocked; new dialogs and the lock screen use the language you chose.</source>
        <translation>Bydd y ffenestr hon yn cadw ei geiriau nes i chi ddatgloi FSW Desk y tro nesaf; bydd deialogau newydd a&apos;r sgrin gloi yn defnyddio&apos;r iaith a ddewisoch.</translation>
    </message>
    <message>
        <source>Unsaved work</source>
        <translation>Gwaith heb ei gadw</translation>
    </message>
    <message>
        <source>You had an unsaved “{form}” open when FSW Desk locked at {time}. Restore it?</source>
        <translation>Roedd gennych “{form}” heb ei gadw ar agor pan gloodd FSW Desk am {time}. Ydych chi am ei adfer?</translation>
    </message>
    <message>
        <source>FSW Desk backup</source>
        <translation>Copi wrth gefn FSW Desk</translation>
    </message>
    <message>
        <source>All files</source>
        <translation>Pob ffeil</translation>
    </message>
    <message>
        <source>Passphrase of the backup:</source>
        <translation>Cyfrinymadrodd y copi wrth gefn:</translation>
    </message>
    <message>
        <source>Restoring replaces everything in this profile with the backup. Continue?</source>
        <translation>Bydd adfer yn disodli popeth yn y proffil hwn â&apos;r copi wrth gefn. Parhau?</translation>
    </message>
    <message>
        <source>Restoring</source>
        <translation>Wrthi&apos;n adfer</translation>
    </message>
    <message>
        <source>Restored. Unlock with the backup&apos;s passphrase.</source>
        <translation>Wedi adfer. Datglowch gyda chyfrinymadrodd y copi wrth gefn.</translation>
    </message>
    <message>
        <source>Possible duplicates</source>
        <translation>Dyblygion posibl</translation>
    </message>
    <message>
        <source>after the case closed</source>
        <translation>ar ôl i&apos;r achos gael ei gau</translation>
    </message>
    <message>
        <source>Prisoners&apos; applications</source>
        <translation>Ceisiadau carcharorion</translation>
    </message>
    <message>
        <source>after the application was dealt with</source>
        <translation>ar ôl i&apos;r cais gael ei drin</translation>
    </message>
    <message>
        <source>Visit bookings</source>
        <translation>Archebion ymweliadau</translation>
    </message>
    <message>
        <source>after the visit</source>
        <translation>ar ôl yr ymweliad</translation>
    </message>
    <message>
        <source>after the family day</source>
        <translation>ar ôl y diwrnod teulu</translation>
    </message>
    <message>
        <source>People no longer linked to anything</source>
        <translation>Pobl nad ydynt yn gysylltiedig ag unrhyw beth mwyach</translation>
    </message>
    <message>
        <source>after their record last changed</source>
        <translation>ar ôl i&apos;w cofnod newid ddiwethaf</translation>
    </message>
    <message>
        <source>There is no record kind &apos;{key}&apos;. Kinds: {kinds}.</source>
        <translation>Does dim math o gofnod &apos;{key}&apos;. Mathau: {kinds}.</translation>
    </message>
    <message>
        <source>{label}: keep for a whole number of months from {min_months} to {max_months}.</source>
        <translation>{label}: cadwch am nifer cyfan o fisoedd, o {min_months} i {max_months}.</translation>
    </message>
    <message>
        <source>{title} ({status})</source>
        <translation>{title} ({status})</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(dim enw)</translation>
    </message>
    <message>
        <source>these records</source>
        <translation>y cofnodion hyn</translation>
    </message>
    <message>
        <source>{ref} is no longer due for deletion; refresh the list.</source>
        <translation>Nid yw {ref} i&apos;w ddileu mwyach; adnewyddwch y rhestr.</translation>
    </message>
    <message>
        <source>Working out what belongs to each item</source>
        <translation>Yn cyfrifo beth sy&apos;n perthyn i bob eitem</translation>
    </message>
    <message>
        <source>Likeness</source>
        <translation>Tebygrwydd</translation>
    </message>
    <message>
        <source>One record</source>
        <translation>Un cofnod</translation>
    </message>
    <message>
        <source>The other</source>
        <comment>record</comment>
        <translation>Y llall</translation>
    </message>
    <message>
        <source>Why they look alike</source>
        <translation>Pam maen nhw&apos;n edrych yn debyg</translation>
    </message>
    <message>
        <source>Merge two records</source>
        <translation>Cyfuno dau gofnod</translation>
    </message>
    <message>
        <source>Keep which record? Everything linked to the other (its case, visits, bookings, applications, restrictions, consents) moves to the one you keep, details it lacks are copied over, and the other record is removed on this desk and, at the next sync, on paired desks. The merge is kept in the audit trail and the case history.</source>
        <translation>Pa gofnod ydych chi am ei gadw? Bydd popeth sy&apos;n gysylltiedig â&apos;r llall (ei achos, ymweliadau, archebion, ceisiadau, cyfyngiadau, caniatâd) yn symud i&apos;r un rydych chi&apos;n ei gadw, bydd manylion sydd ar goll ohono yn cael eu copïo drosodd, a bydd y cofnod arall yn cael ei dynnu oddi ar y ddesg hon ac, wrth gysoni nesaf, oddi ar ddesgiau wedi&apos;u paru. Caiff y cyfuno ei gadw yn y trywydd archwilio ac yn hanes yr achos.</translation>
    </message>
    <message>
        <source>Keep &amp;1: {name} ({detail})</source>
        <translation>Cadw &amp;1: {name} ({detail})</translation>
    </message>
    <message>
        <source>Keep &amp;2: {name} ({detail})</source>
        <translation>Cadw &amp;2: {name} ({detail})</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;Cyfuno</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Cyfuno</translation>
    </message>
    <message>
        <source>What is listed</source>
        <translation>Beth sydd yn y rhestr</translation>
    </message>
    <message>
        <source>Possible duplicate people</source>
        <translation>Pobl a allai fod yn ddyblyg</translation>
    </message>
    <message>
        <source>No likely duplicates. People marked as different are not offered again.</source>
        <translation>Dim dyblygion tebygol. Ni chaiff pobl sydd wedi&apos;u marcio fel pobl wahanol eu cynnig eto.</translation>
    </message>
    <message>
        <source>Merge with Alt+M; mark as different people with Alt+D.</source>
        <translation>Cyfunwch gydag Alt+C; marciwch fel pobl wahanol gydag Alt+W.</translation>
    </message>
    <message>
        <source>Last action</source>
        <translation>Y weithred ddiwethaf</translation>
    </message>
    <message>
        <source>&amp;Merge…</source>
        <translation>&amp;Cyfuno…</translation>
    </message>
    <message>
        <source>Merge the selected pair</source>
        <translation>Cyfuno&apos;r pâr a ddewiswyd</translation>
    </message>
    <message>
        <source>&amp;Different people</source>
        <translation>Pobl &amp;wahanol</translation>
    </message>
    <message>
        <source>Mark the selected pair as different people</source>
        <translation>Marcio&apos;r pâr a ddewiswyd fel pobl wahanol</translation>
    </message>
    <message>
        <source>Likeness is out of 100. Check the records before merging: a merge cannot be undone with a button, though the audit trail and case history keep what it did.</source>
        <translation>Mae&apos;r tebygrwydd allan o 100. Gwiriwch y cofnodion cyn eu cyfuno: does dim botwm i ddadwneud cyfuno, ond mae&apos;r trywydd archwilio a hanes yr achos yn cadw cofnod o&apos;r hyn a wnaeth.</translation>
    </message>
    <message>
        <source>Looking for possible duplicates</source>
        <translation>Chwilio am ddyblygion posibl</translation>
    </message>
    <message>
        <source>among everyone on this desk</source>
        <translation>ymhlith pawb ar y ddesg hon</translation>
    </message>
    <message numerus="yes">
        <source>%n likely duplicate pair {where}.|%n likely duplicate pairs {where}.</source>
        <translation>
            <numerusform>Dim parau dyblyg tebygol {where}.</numerusform>
            <numerusform>%n pâr dyblyg tebygol {where}.</numerusform>
            <numerusform>%n pâr dyblyg tebygol {where}.</numerusform>
            <numerusform>%n pâr dyblyg tebygol {where}.</numerusform>
            <numerusform>%n pâr dyblyg tebygol {where}.</numerusform>
        </translation>
    </message>
    <message>
        <source>No likely duplicates {where}.</source>
        <translation>Dim dyblygion tebygol {where}.</translation>
    </message>
    <message>
        <source>Select a pair first.</source>
        <translation>Dewiswch bâr yn gyntaf.</translation>
    </message>
    <message>
        <source>{name} ({ref}) and {other_name} ({other_ref}) are marked as different people and will not be offered again.</source>
        <translation>Mae {name} ({ref}) a {other_name} ({other_ref}) wedi&apos;u marcio fel pobl wahanol ac ni fyddant yn cael eu cynnig eto.</translation>
    </message>
    <message>
        <source>for the people of the new referral {ref}: they may already be on this desk</source>
        <translation>ar gyfer pobl yr atgyfeiriad newydd {ref}: efallai eu bod ar y ddesg hon yn barod</translation>
    </message>
    <message>
        <source>FSW Desk — locked</source>
        <translation>FSW Desk — wedi&apos;i gloi</translation>
    </message>
    <message>
        <source>Lock screen</source>
        <translation>Sgrin gloi</translation>
    </message>
    <message>
        <source>FSW Desk</source>
        <translation>FSW Desk</translation>
    </message>
    <message>
        <source>This profile is locked. Enter your passphrase to continue.</source>
        <translation>Mae&apos;r proffil hwn wedi&apos;i gloi. Rhowch eich cyfrinymadrodd i barhau.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Cyfrinymadrodd</translation>
    </message>
    <message>
        <source>Show</source>
        <comment>the passphrase</comment>
        <translation>Dangos</translation>
    </message>
    <message>
        <source>Show passphrase</source>
        <translation>Dangos y cyfrinymadrodd</translation>
    </message>
    <message>
        <source>Show or hide the passphrase (Alt+S)</source>
        <translation>Dangos neu guddio&apos;r cyfrinymadrodd (Alt+S)</translation>
    </message>
    <message>
        <source>Unlock message</source>
        <translation>Neges datgloi</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Datgloi</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Datgloi</translation>
    </message>
    <message>
        <source>Restore from &amp;backup…</source>
        <translation>Adfer o gopi wrth &amp;gefn…</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>Adfer o gopi wrth gefn</translation>
    </message>
    <message>
        <source>&amp;Forgotten your passphrase?</source>
        <translation>&amp;Wedi anghofio&apos;ch cyfrinymadrodd?</translation>
    </message>
    <message>
        <source>Forgotten your passphrase</source>
        <translation>Wedi anghofio&apos;ch cyfrinymadrodd</translation>
    </message>
    <message>
        <source>New passphrase set. Unlock with it now.</source>
        <translation>Mae&apos;r cyfrinymadrodd newydd wedi&apos;i osod. Datglowch gydag ef nawr.</translation>
    </message>
    <message>
        <source>Hide</source>
        <comment>the passphrase</comment>
        <translation>Cuddio</translation>
    </message>
    <message>
        <source>Type your passphrase.</source>
        <translation>Teipiwch eich cyfrinymadrodd.</translation>
    </message>
    <message>
        <source>Unlocking…</source>
        <translation>Wrthi&apos;n datgloi…</translation>
    </message>
    <message>
        <source>{message}… {percent}%</source>
        <translation>{message}… {percent}%</translation>
    </message>
    <message numerus="yes">
        <source>That passphrase was wrong %n time. Try again.|That passphrase was wrong %n times. Try again.</source>
        <translation>
            <numerusform>Mae&apos;r cyfrinymadrodd wedi bod yn anghywir %n tro. Rhowch gynnig arall arni.</numerusform>
            <numerusform>Mae&apos;r cyfrinymadrodd wedi bod yn anghywir %n tro. Rhowch gynnig arall arni.</numerusform>
            <numerusform>Mae&apos;r cyfrinymadrodd wedi bod yn anghywir %n tro. Rhowch gynnig arall arni.</numerusform>
            <numerusform>Mae&apos;r cyfrinymadrodd wedi bod yn anghywir %n tro. Rhowch gynnig arall arni.</numerusform>
            <numerusform>Mae&apos;r cyfrinymadrodd wedi bod yn anghywir %n tro. Rhowch gynnig arall arni.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>That passphrase was wrong %n time. You can try again in {seconds} s.|That passphrase was wrong %n times. You can try again in {seconds} s.</source>
        <translation>
            <numerusform>Mae&apos;r cyfrinymadrodd wedi bod yn anghywir %n tro. Gallwch roi cynnig arall arni ymhen {seconds} eiliad.</numerusform>
            <numerusform>Mae&apos;r cyfrinymadrodd wedi bod yn anghywir %n tro. Gallwch roi cynnig arall arni ymhen {seconds} eiliad.</numerusform>
            <numerusform>Mae&apos;r cyfrinymadrodd wedi bod yn anghywir %n tro. Gallwch roi cynnig arall arni ymhen {seconds} eiliad.</numerusform>
            <numerusform>Mae&apos;r cyfrinymadrodd wedi bod yn anghywir %n tro. Gallwch roi cynnig arall arni ymhen {seconds} eiliad.</numerusform>
            <numerusform>Mae&apos;r cyfrinymadrodd wedi bod yn anghywir %n tro. Gallwch roi cynnig arall arni ymhen {seconds} eiliad.</numerusform>
        </translation>
    </message>
    <message>
        <source>Caseload</source>
        <translation>Llwyth achosion</translation>
    </message>
    <message>
        <source>Applications</source>
        <translation>Ceisiadau</translation>
    </message>
    <message>
        <source>Directory</source>
        <translation>Cyfeiriadur</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Adroddiadau</translation>
    </message>
    <message>
        <source>FSW Desk — {desk}</source>
        <translation>FSW Desk — {desk}</translation>
    </message>
    <message>
        <source>FSW Desk main window</source>
        <translation>Prif ffenestr FSW Desk</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>Llywio</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Chwilio</translation>
    </message>
    <message>
        <source>Search visitors, families and prison numbers (Ctrl+F)</source>
        <translation>Chwilio am ymwelwyr, teuluoedd a rhifau carchar (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search people, cases and prison numbers (Ctrl+F)</source>
        <translation>Chwilio am bobl, achosion a rhifau carchar (Ctrl+F)</translation>
    </message>
    <message>
        <source>Global search</source>
        <translation>Chwilio cyffredinol</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Ffeil</translation>
    </message>
    <message>
        <source>&amp;New referral…</source>
        <translation>Atgyfeiriad &amp;newydd…</translation>
    </message>
    <message>
        <source>&amp;Back up…</source>
        <translation>Gwneud copi wrth &amp;gefn…</translation>
    </message>
    <message>
        <source>&amp;Check database</source>
        <translation>Gwirio&apos;r gronfa &amp;ddata</translation>
    </message>
    <message>
        <source>Change &amp;passphrase…</source>
        <translation>Newid y &amp;cyfrinymadrodd…</translation>
    </message>
    <message>
        <source>Make a &amp;recovery key…</source>
        <translation>Creu allwedd &amp;adfer…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>Go&amp;sodiadau…</translation>
    </message>
    <message>
        <source>Edit &amp;lists…</source>
        <translation>Golygu&apos;r &amp;rhestrau…</translation>
    </message>
    <message>
        <source>Letter te&amp;mplates…</source>
        <translation>Templedi &amp;llythyrau…</translation>
    </message>
    <message>
        <source>&amp;Import caseload…</source>
        <translation>&amp;Mewnforio llwyth achosion…</translation>
    </message>
    <message>
        <source>E&amp;xport caseload…</source>
        <translation>All&amp;forio llwyth achosion…</translation>
    </message>
    <message>
        <source>Save import &amp;template…</source>
        <translation>Cadw &amp;templed mewnforio…</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>Cl&amp;oi</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Gada&amp;el</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Mynd</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Chwilio</translation>
    </message>
    <message>
        <source>Data &amp;protection</source>
        <translation>D&amp;iogelu data</translation>
    </message>
    <message>
        <source>&amp;Audit trail…</source>
        <translation>&amp;Trywydd archwilio…</translation>
    </message>
    <message>
        <source>&amp;Retention…</source>
        <translation>Cyfnod &amp;cadw…</translation>
    </message>
    <message>
        <source>&amp;Subject access export…</source>
        <translation>&amp;Allforio ar gyfer cais am fynediad at ddata…</translation>
    </message>
    <message>
        <source>&amp;Erase person…</source>
        <translation>&amp;Dileu person…</translation>
    </message>
    <message>
        <source>Possible &amp;duplicates…</source>
        <translation>D&amp;yblygion posibl…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Cymorth</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Llwybrau byr y bysellfwrdd</translation>
    </message>
    <message>
        <source>Unlocked · Ctrl+L locks</source>
        <translation>Wedi&apos;i ddatgloi · Ctrl+L i gloi</translation>
    </message>
    <message>
        <source>never</source>
        <comment>last sync</comment>
        <translation>erioed</translation>
    </message>
    <message>
        <source>Last export: {exported} · Last import: {imported}</source>
        <translation>Allforio diwethaf: {exported} · Mewnforio diwethaf: {imported}</translation>
    </message>
    <message>
        <source>{warning}: their involvement must not be shared with the prisoner.</source>
        <translation>{warning}: rhaid peidio â sôn wrth y carcharor am eu hymwneud.</translation>
    </message>
    <message>
        <source>Log contact (caseload or case)</source>
        <translation>Cofnodi cyswllt (llwyth achosion neu achos)</translation>
    </message>
    <message>
        <source>Record assessment (case)</source>
        <translation>Cofnodi asesiad (achos)</translation>
    </message>
    <message>
        <source>Open the selected case</source>
        <translation>Agor yr achos a ddewiswyd</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Cloi</translation>
    </message>
    <message>
        <source>Back up</source>
        <translation>Gwneud copi wrth gefn</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Gadael</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Llwybrau byr y bysellfwrdd</translation>
    </message>
    <message>
        <source>Referral saved as {ref}: log the first contact with Ctrl+K</source>
        <translation>Atgyfeiriad wedi&apos;i gadw fel {ref}: cofnodwch y cyswllt cyntaf gyda Ctrl+K</translation>
    </message>
    <message>
        <source>Back up profile</source>
        <translation>Gwneud copi wrth gefn o&apos;r proffil</translation>
    </message>
    <message>
        <source>Backing up</source>
        <translation>Wrthi&apos;n gwneud copi wrth gefn</translation>
    </message>
    <message>
        <source>Backup verified: {rows} rows in {file}</source>
        <translation>Copi wrth gefn wedi&apos;i wirio: {rows} rhes yn {file}</translation>
    </message>
    <message>
        <source>Checking the database</source>
        <translation>Wrthi&apos;n gwirio&apos;r gronfa ddata</translation>
    </message>
    <message>
        <source>Checking every page</source>
        <translation>Wrthi&apos;n gwirio pob tudalen</translation>
    </message>
    <message>
        <source>Check database</source>
        <translation>Gwirio&apos;r gronfa ddata</translation>
    </message>
    <message>
        <source>The check found problems. Restore from your latest backup.</source>
        <translation>Daeth y gwiriad o hyd i broblemau. Adferwch o&apos;ch copi wrth gefn diweddaraf.</translation>
    </message>
    <message>
        <source>The database is healthy: every page checked.</source>
        <translation>Mae&apos;r gronfa ddata mewn cyflwr da: cafodd pob tudalen ei gwirio.</translation>
    </message>
    <message>
        <source>Changing the passphrase</source>
        <translation>Wrthi&apos;n newid y cyfrinymadrodd</translation>
    </message>
    <message>
        <source>Change passphrase</source>
        <translation>Newid y cyfrinymadrodd</translation>
    </message>
    <message>
        <source>Passphrase changed. Use the new one from now on.</source>
        <translation>Cyfrinymadrodd wedi&apos;i newid. Defnyddiwch yr un newydd o hyn ymlaen.</translation>
    </message>
    <message>
        <source>The profile was re-encrypted: make a new recovery key (File menu).</source>
        <translation>Cafodd y proffil ei ail-amgryptio: crëwch allwedd adfer newydd (dewislen Ffeil).</translation>
    </message>
    <message>
        <source>Excel workbook</source>
        <translation>Llyfr gwaith Excel</translation>
    </message>
    <message>
        <source>Export caseload</source>
        <translation>Allforio llwyth achosion</translation>
    </message>
    <message>
        <source>Exporting the caseload</source>
        <translation>Wrthi&apos;n allforio&apos;r llwyth achosion</translation>
    </message>
    <message>
        <source>Exported {rows} rows to {file}. The file is not encrypted: keep it safe.</source>
        <translation>Wedi allforio {rows} rhes i {file}. Nid yw&apos;r ffeil wedi&apos;i hamgryptio: cadwch hi&apos;n ddiogel.</translation>
    </message>
    <message>
        <source>Save import template</source>
        <translation>Cadw templed mewnforio</translation>
    </message>
    <message>
        <source>The template could not be saved ({reason}).</source>
        <translation>Nid oedd modd cadw&apos;r templed ({reason}).</translation>
    </message>
    <message>
        <source>Template saved as {file}</source>
        <translation>Templed wedi&apos;i gadw fel {file}</translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation>Cyfrinymadrodd cyfredol</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>Cyfrinymadrodd newydd</translation>
    </message>
    <message>
        <source>New passphrase again</source>
        <translation>Cyfrinymadrodd newydd eto</translation>
    </message>
    <message>
        <source>&amp;Current</source>
        <comment>the passphrase</comment>
        <translation>&amp;Cyfredol</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <comment>the passphrase</comment>
        <translation>&amp;Newydd</translation>
    </message>
    <message>
        <source>&amp;Again</source>
        <translation>&amp;Eto</translation>
    </message>
    <message>
        <source>Also &amp;re-encrypt the whole profile (if someone may have seen the old passphrase)</source>
        <translation>Hefyd &amp;ail-amgryptio&apos;r proffil cyfan (os gallai rhywun fod wedi gweld yr hen gyfrinymadrodd)</translation>
    </message>
    <message>
        <source>Also re-encrypt the whole profile</source>
        <translation>Hefyd ail-amgryptio&apos;r proffil cyfan</translation>
    </message>
    <message>
        <source>Takes longer. The recovery key and the passphrases of earlier backups stop opening this profile; make a new recovery key afterwards.</source>
        <translation>Mae&apos;n cymryd mwy o amser. Ni fydd yr allwedd adfer na chyfrinymadroddion copïau wrth gefn cynharach yn agor y proffil hwn mwyach; crëwch allwedd adfer newydd wedyn.</translation>
    </message>
    <message>
        <source>Anyone with this recovery key can set a new passphrase and read every record in this profile. Keep it like a door key: written down or printed, locked away, never on this computer. Making a new recovery key (File &gt; Make a recovery key) stops this one working.</source>
        <translation>Gall unrhyw un sydd â&apos;r allwedd adfer hon osod cyfrinymadrodd newydd a darllen pob cofnod yn y proffil hwn. Cadwch hi fel allwedd drws: wedi&apos;i hysgrifennu neu wedi&apos;i hargraffu, dan glo, a byth ar y cyfrifiadur hwn. Bydd creu allwedd adfer newydd (Ffeil &gt; Creu allwedd adfer) yn atal hon rhag gweithio.</translation>
    </message>
    <message>
        <source>FSW Desk recovery key</source>
        <translation>Allwedd adfer FSW Desk</translation>
    </message>
    <message>
        <source>Desk: {desk}</source>
        <translation>Desg: {desk}</translation>
    </message>
    <message>
        <source>Made: {date}</source>
        <translation>Crëwyd: {date}</translation>
    </message>
    <message>
        <source>Forgotten your passphrase?</source>
        <translation>Wedi anghofio&apos;ch cyfrinymadrodd?</translation>
    </message>
    <message>
        <source>If the passphrase is forgotten: on the lock screen choose {button}, type this key and choose a new passphrase. All the data stays.</source>
        <translation>Os caiff y cyfrinymadrodd ei anghofio: ar y sgrin gloi dewiswch {button}, teipiwch yr allwedd hon a dewiswch gyfrinymadrodd newydd. Bydd yr holl ddata yn aros.</translation>
    </message>
    <message>
        <source>Your recovery key</source>
        <translation>Eich allwedd adfer</translation>
    </message>
    <message>
        <source>Write this recovery key down or print it now. It is shown only once.</source>
        <translation>Ysgrifennwch yr allwedd adfer hon neu ei hargraffu nawr. Dim ond unwaith y caiff ei dangos.</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Allwedd adfer</translation>
    </message>
    <message>
        <source>Letter from {what}</source>
        <translation>Llythyr: {what}</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Derbynnydd</translation>
    </message>
    <message>
        <source>Language of the letter</source>
        <translation>Iaith y llythyr</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Templed</translation>
    </message>
    <message>
        <source>&amp;Template</source>
        <translation>&amp;Templed</translation>
    </message>
    <message>
        <source>&amp;For</source>
        <translation>&amp;Derbynnydd</translation>
    </message>
    <message>
        <source>Lan&amp;guage</source>
        <translation>&amp;Iaith</translation>
    </message>
    <message>
        <source>How it is sent</source>
        <translation>Sut caiff ei anfon</translation>
    </message>
    <message>
        <source>&amp;Sent</source>
        <translation>Ffordd a&amp;nfon</translation>
    </message>
    <message>
        <source>Appointment date</source>
        <translation>Dyddiad yr apwyntiad</translation>
    </message>
    <message>
        <source>e.g. Thursday 12 March</source>
        <translation>e.e. Dydd Iau 12 Mawrth</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Amser</translation>
    </message>
    <message>
        <source>e.g. the family centre</source>
        <translation>e.e. y ganolfan deuluoedd</translation>
    </message>
    <message>
        <source>&amp;Appointment</source>
        <translation>Ap&amp;wyntiad</translation>
    </message>
    <message>
        <source>Lawful basis</source>
        <translation>Sail gyfreithlon</translation>
    </message>
    <message>
        <source>&amp;Lawful basis</source>
        <translation>Sail &amp;gyfreithlon</translation>
    </message>
    <message>
        <source>Why it is sent</source>
        <translation>Pam caiff ei anfon</translation>
    </message>
    <message>
        <source>e.g. to confirm the visit booked on the phone</source>
        <translation>e.e. i gadarnhau&apos;r ymweliad a archebwyd dros y ffôn</translation>
    </message>
    <message>
        <source>Not offered: {why}</source>
        <translation>Heb ei gynnig: {why}</translation>
    </message>
    <message>
        <source>Letter preview</source>
        <translation>Rhagolwg o&apos;r llythyr</translation>
    </message>
    <message>
        <source>Checks on this letter</source>
        <translation>Gwiriadau ar y llythyr hwn</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Argraffu</translation>
    </message>
    <message>
        <source>Open f&amp;older</source>
        <translation>Agor y ffo&amp;lder</translation>
    </message>
    <message>
        <source>Nobody here can receive a letter.</source>
        <translation>Does neb yma a all gael llythyr.</translation>
    </message>
    <message>
        <source>Choose a template.</source>
        <translation>Dewiswch dempled.</translation>
    </message>
    <message>
        <source>{name} prefers another language: {note}. Arrange an interpreter or a translation; this letter prints in the language chosen above.</source>
        <translation>Mae&apos;n well gan {name} iaith arall: {note}. Trefnwch gyfieithydd neu gyfieithiad; caiff y llythyr hwn ei argraffu yn yr iaith a ddewiswyd uchod.</translation>
    </message>
    <message>
        <source>Ready to print. Printing or saving records the letter as sent, in the case&apos;s history and the audit trail.</source>
        <translation>Yn barod i&apos;w argraffu. Mae argraffu neu gadw yn cofnodi bod y llythyr wedi&apos;i anfon, yn hanes yr achos ac yn y trywydd archwilio.</translation>
    </message>
    <message>
        <source>Save letter as PDF</source>
        <translation>Cadw&apos;r llythyr fel PDF</translation>
    </message>
    <message>
        <source>Saved to {path}. The letter is recorded as sent ({ref}).</source>
        <translation>Wedi&apos;i gadw yn {path}. Mae&apos;r llythyr wedi&apos;i gofnodi fel un a anfonwyd ({ref}).</translation>
    </message>
    <message>
        <source>Printed on {printer}. The letter is recorded as sent ({ref}).</source>
        <translation>Wedi&apos;i argraffu ar {printer}. Mae&apos;r llythyr wedi&apos;i gofnodi fel un a anfonwyd ({ref}).</translation>
    </message>
    <message>
        <source>Letter {ref} recorded as sent to {name}</source>
        <translation>Llythyr {ref} wedi&apos;i gofnodi fel un a anfonwyd at {name}</translation>
    </message>
    <message>
        <source>Letter as printed</source>
        <translation>Y llythyr fel y&apos;i hargraffwyd</translation>
    </message>
    <message>
        <source>The letter as printed</source>
        <translation>Y llythyr fel y&apos;i hargraffwyd</translation>
    </message>
    <message>
        <source>Preview of {title}</source>
        <translation>Rhagolwg o {title}</translation>
    </message>
    <message>
        <source>What was done</source>
        <translation>Beth a wnaed</translation>
    </message>
    <message>
        <source>Open &amp;folder</source>
        <translation>Agor y &amp;ffolder</translation>
    </message>
    <message>
        <source>Open the folder the PDF was saved in</source>
        <translation>Agor y ffolder lle cafodd y PDF ei gadw</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Argraffu…</translation>
    </message>
    <message>
        <source>Print on a printer</source>
        <translation>Argraffu ar argraffydd</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>Cadw fel &amp;PDF…</translation>
    </message>
    <message>
        <source>Save as a PDF file</source>
        <translation>Cadw fel ffeil PDF</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Cau</translation>
    </message>
    <message>
        <source>the printer</source>
        <translation>yr argraffydd</translation>
    </message>
    <message>
        <source>Sent to {where}.</source>
        <translation>Wedi&apos;i anfon at {where}.</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Cadw fel PDF</translation>
    </message>
    <message>
        <source>Saved to {path}</source>
        <translation>Wedi&apos;i gadw yn {path}</translation>
    </message>
    <message>
        <source>Open the folder the file was saved in</source>
        <translation>Agor y ffolder lle cafodd y ffeil ei chadw</translation>
    </message>
    <message>
        <source>Print the recovery key</source>
        <translation>Argraffu&apos;r allwedd adfer</translation>
    </message>
    <message>
        <source>Saves a one-page PDF to print (delete it once printed)</source>
        <translation>Yn cadw PDF un dudalen i&apos;w argraffu (dilëwch ef ar ôl ei argraffu)</translation>
    </message>
    <message>
        <source>I have &amp;kept it safe</source>
        <translation>Rwyf wedi&apos;i &amp;chadw&apos;n ddiogel</translation>
    </message>
    <message>
        <source>Recovery sheet</source>
        <translation>Taflen adfer</translation>
    </message>
    <message>
        <source>Print the PDF now, then delete it: anyone who finds that file can open this profile.</source>
        <translation>Argraffwch y PDF nawr, yna dilëwch ef: gall unrhyw un sy&apos;n dod o hyd i&apos;r ffeil honno agor y proffil hwn.</translation>
    </message>
    <message>
        <source>Make a recovery key</source>
        <translation>Creu allwedd adfer</translation>
    </message>
    <message>
        <source>A new recovery key replaces any earlier one, which then stops working. Make one now?</source>
        <translation>Mae allwedd adfer newydd yn disodli unrhyw un gynharach, a fydd wedyn yn peidio â gweithio. Creu un nawr?</translation>
    </message>
    <message>
        <source>Type the recovery key made for this profile (in the setup or later from the File menu) and choose a new passphrase. All your data stays as it is.</source>
        <translation>Teipiwch yr allwedd adfer a grëwyd ar gyfer y proffil hwn (wrth osod neu&apos;n ddiweddarach o&apos;r ddewislen Ffeil) a dewiswch gyfrinymadrodd newydd. Bydd eich holl ddata yn aros fel y mae.</translation>
    </message>
    <message>
        <source>Recovery message</source>
        <translation>Neges adfer</translation>
    </message>
    <message>
        <source>&amp;Recovery key</source>
        <translation>&amp;Allwedd adfer</translation>
    </message>
    <message>
        <source>&amp;New passphrase</source>
        <translation>Cyfrinymadrodd &amp;newydd</translation>
    </message>
    <message>
        <source>&amp;Set new passphrase</source>
        <translation>&amp;Gosod cyfrinymadrodd newydd</translation>
    </message>
    <message>
        <source>Setting the new passphrase…</source>
        <translation>Wrthi&apos;n gosod y cyfrinymadrodd newydd…</translation>
    </message>
    <message>
        <source>Kind</source>
        <comment>of record</comment>
        <translation>Math</translation>
    </message>
    <message>
        <source>Ref</source>
        <comment>a record&apos;s reference</comment>
        <translation>Cyfeirnod</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Ers</translation>
    </message>
    <message>
        <source>Due on</source>
        <translation>Dyddiad dileu</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>Cyfnod cadw</translation>
    </message>
    <message>
        <source>Keep records for</source>
        <translation>Cadw cofnodion am</translation>
    </message>
    <message>
        <source> months</source>
        <comment>after a number of months kept</comment>
        <translation> mis</translation>
    </message>
    <message>
        <source>{kind}: months kept {clock}</source>
        <translation>{kind}: misoedd i&apos;w cadw {clock}</translation>
    </message>
    <message>
        <source>{kind} ({clock})</source>
        <translation>{kind} ({clock})</translation>
    </message>
    <message>
        <source>&amp;Save policy</source>
        <translation>&amp;Cadw&apos;r polisi</translation>
    </message>
    <message>
        <source>Save policy</source>
        <translation>Cadw&apos;r polisi</translation>
    </message>
    <message>
        <source>Records due for deletion</source>
        <translation>Cofnodion sydd i&apos;w dileu</translation>
    </message>
    <message>
        <source>Nothing is due for deletion under the current policy.</source>
        <translation>Does dim byd i&apos;w ddileu o dan y polisi presennol.</translation>
    </message>
    <message>
        <source>Due summary</source>
        <translation>Crynodeb o&apos;r hyn sydd i&apos;w ddileu</translation>
    </message>
    <message>
        <source>Deleting removes the record and everything that belongs only to it, on this desk and, at the next sync, on paired desks. Names and notes are overwritten, including in the change history, and the file is compacted. This cannot be undone; backups made before still hold the records until they are replaced.</source>
        <translation>Mae dileu yn tynnu&apos;r cofnod a phopeth sy&apos;n perthyn iddo ef yn unig, ar y ddesg hon ac, wrth gysoni nesaf, ar ddesgiau wedi&apos;u paru. Caiff enwau a nodiadau eu trosysgrifo, gan gynnwys yn hanes y newidiadau, a chaiff y ffeil ei chywasgu. Ni ellir dadwneud hyn; bydd copïau wrth gefn a wnaed cyn hynny yn dal i gynnwys y cofnodion nes iddynt gael eu disodli.</translation>
    </message>
    <message>
        <source>Select &amp;all</source>
        <translation>&amp;Dewis y cyfan</translation>
    </message>
    <message>
        <source>Select all due records</source>
        <translation>Dewis pob cofnod sydd i&apos;w ddileu</translation>
    </message>
    <message>
        <source>&amp;Delete selected…</source>
        <translation>Di&amp;leu&apos;r rhai a ddewiswyd…</translation>
    </message>
    <message>
        <source>Delete selected records</source>
        <translation>Dileu&apos;r cofnodion a ddewiswyd</translation>
    </message>
    <message>
        <source>Due for deletion</source>
        <translation>I&apos;w dileu</translation>
    </message>
    <message numerus="yes">
        <source>%n due.</source>
        <comment>records due for deletion</comment>
        <translation>
            <numerusform>Dim cofnodion i&apos;w dileu.</numerusform>
            <numerusform>%n cofnod i&apos;w ddileu.</numerusform>
            <numerusform>%n cofnod i&apos;w dileu.</numerusform>
            <numerusform>%n cofnod i&apos;w dileu.</numerusform>
            <numerusform>%n cofnod i&apos;w dileu.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing is due for deletion.</source>
        <translation>Does dim byd i&apos;w ddileu.</translation>
    </message>
    <message>
        <source>Delete records</source>
        <translation>Dileu cofnodion</translation>
    </message>
    <message>
        <source>Select the records to delete first.</source>
        <translation>Dewiswch y cofnodion i&apos;w dileu yn gyntaf.</translation>
    </message>
    <message>
        <source>Delete {records} and everything that belongs only to them?

This cannot be undone.</source>
        <translation>Dileu {records} a phopeth sy&apos;n perthyn iddynt hwy yn unig?

Ni ellir dadwneud hyn.</translation>
    </message>
    <message>
        <source>Compacting the database file</source>
        <translation>Wrthi&apos;n cywasgu ffeil y gronfa ddata</translation>
    </message>
    <message>
        <source>No profile database at {path}.</source>
        <translation>Does dim cronfa ddata proffil yn {path}.</translation>
    </message>
    <message>
        <source>The profile database is damaged or empty.</source>
        <translation>Mae cronfa ddata&apos;r proffil wedi&apos;i difrodi neu&apos;n wag.</translation>
    </message>
    <message>
        <source>This database is not encrypted; FSW Desk will not open it.</source>
        <translation>Nid yw&apos;r gronfa ddata hon wedi&apos;i hamgryptio; ni fydd FSW Desk yn ei hagor.</translation>
    </message>
    <message>
        <source>The key file {keys} in {folder} belongs to another copy, not to {name}. Without it no passphrase or recovery key can open this backup. Copy {keys} from where the backup was saved (it is always saved beside it) into the same folder, then try again. Nothing was changed.</source>
        <translation>Mae&apos;r ffeil allweddi {keys} yn {folder} yn perthyn i gopi arall, nid i {name}. Hebddi, ni all unrhyw gyfrinymadrodd nac allwedd adfer agor y copi wrth gefn hwn. Copïwch {keys} o&apos;r lle y cadwyd y copi wrth gefn (caiff ei chadw wrth ei ochr bob amser) i&apos;r un ffolder, yna rhowch gynnig arall arni. Ni newidiwyd dim.</translation>
    </message>
    <message>
        <source>The key file {keys} is missing from {folder}. Without it no passphrase or recovery key can open this backup. Copy {keys} from where the backup was saved (it is always saved beside it) into the same folder, then try again. Nothing was changed.</source>
        <translation>Mae&apos;r ffeil allweddi {keys} ar goll o {folder}. Hebddi, ni all unrhyw gyfrinymadrodd nac allwedd adfer agor y copi wrth gefn hwn. Copïwch {keys} o&apos;r lle y cadwyd y copi wrth gefn (caiff ei chadw wrth ei ochr bob amser) i&apos;r un ffolder, yna rhowch gynnig arall arni. Ni newidiwyd dim.</translation>
    </message>
    <message>
        <source>The key file {keys} in {folder} belongs to another copy, not to {name}. Without it no passphrase or recovery key can open this profile: your passphrase was not checked. Put {keys} back beside {name} if you moved or copied the profile without it, or restore your latest backup (Restore from backup on the lock screen, or &apos;fsw restore FILE --replace&apos;). Nothing was changed.</source>
        <translation>Mae&apos;r ffeil allweddi {keys} yn {folder} yn perthyn i gopi arall, nid i {name}. Hebddi, ni all unrhyw gyfrinymadrodd nac allwedd adfer agor y proffil hwn: ni chafodd eich cyfrinymadrodd ei wirio. Rhowch {keys} yn ôl wrth ochr {name} os gwnaethoch symud neu gopïo&apos;r proffil hebddi, neu adferwch eich copi wrth gefn diweddaraf (Adfer o gopi wrth gefn ar y sgrin gloi, neu &apos;fsw restore FILE --replace&apos;). Ni newidiwyd dim.</translation>
    </message>
    <message>
        <source>The key file {keys} is missing from {folder}. Without it no passphrase or recovery key can open this profile: your passphrase was not checked. Put {keys} back beside {name} if you moved or copied the profile without it, or restore your latest backup (Restore from backup on the lock screen, or &apos;fsw restore FILE --replace&apos;). Nothing was changed.</source>
        <translation>Mae&apos;r ffeil allweddi {keys} ar goll o {folder}. Hebddi, ni all unrhyw gyfrinymadrodd nac allwedd adfer agor y proffil hwn: ni chafodd eich cyfrinymadrodd ei wirio. Rhowch {keys} yn ôl wrth ochr {name} os gwnaethoch symud neu gopïo&apos;r proffil hebddi, neu adferwch eich copi wrth gefn diweddaraf (Adfer o gopi wrth gefn ar y sgrin gloi, neu &apos;fsw restore FILE --replace&apos;). Ni newidiwyd dim.</translation>
    </message>
    <message>
        <source>This profile&apos;s database file is damaged: the passphrase is right, but part of the file FSW Desk needs to open it cannot be read. Restore your latest backup (Restore from backup on the lock screen, or &apos;fsw restore FILE --replace&apos;).</source>
        <translation>Mae ffeil cronfa ddata&apos;r proffil hwn wedi&apos;i difrodi: mae&apos;r cyfrinymadrodd yn gywir, ond ni ellir darllen rhan o&apos;r ffeil sydd ei hangen ar FSW Desk i&apos;w hagor. Adferwch eich copi wrth gefn diweddaraf (Adfer o gopi wrth gefn ar y sgrin gloi, neu &apos;fsw restore FILE --replace&apos;).</translation>
    </message>
    <message>
        <source>Part of this profile&apos;s database file is damaged and could not be read. Check the database (File &gt; Check database, or &apos;fsw check&apos;), then restore your latest backup (Restore from backup on the lock screen, or &apos;fsw restore FILE --replace&apos;).</source>
        <translation>Mae rhan o ffeil cronfa ddata&apos;r proffil hwn wedi&apos;i difrodi ac ni ellid ei darllen. Gwiriwch y gronfa ddata (Ffeil &gt; Gwirio&apos;r gronfa ddata, neu &apos;fsw check&apos;), yna adferwch eich copi wrth gefn diweddaraf (Adfer o gopi wrth gefn ar y sgrin gloi, neu &apos;fsw restore FILE --replace&apos;).</translation>
    </message>
    <message>
        <source>FSW Desk could not open the profile ({exc}). If another FSW Desk window or command is using it, close that and try again.</source>
        <translation>Ni allai FSW Desk agor y proffil ({exc}). Os yw ffenestr neu orchymyn FSW Desk arall yn ei ddefnyddio, caewch hwnnw a rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <source>FSW Desk is still working on this profile (a sync, an export or a check). Wait for it to finish, then change the passphrase again. Nothing was changed.</source>
        <translation>Mae FSW Desk yn dal i weithio ar y proffil hwn (cysoni, allforio neu wiriad). Arhoswch iddo orffen, yna newidiwch y cyfrinymadrodd eto. Ni newidiwyd dim.</translation>
    </message>
    <message>
        <source>FSW Desk is still working on this profile (a sync, an export or a check). Wait for it to finish, then try again. Nothing was changed.</source>
        <translation>Mae FSW Desk yn dal i weithio ar y proffil hwn (cysoni, allforio neu wiriad). Arhoswch iddo orffen, yna rhowch gynnig arall arni. Ni newidiwyd dim.</translation>
    </message>
    <message>
        <source>A profile already exists at {parent}.</source>
        <translation>Mae proffil yn bodoli eisoes yn {parent}.</translation>
    </message>
    <message>
        <source>A passphrase is needed to open this profile.</source>
        <translation>Mae angen cyfrinymadrodd i agor y proffil hwn.</translation>
    </message>
    <message>
        <source>The profile database is damaged and cannot be opened. Restore it from your latest backup.</source>
        <translation>Mae cronfa ddata&apos;r proffil wedi&apos;i difrodi ac ni ellir ei hagor. Adferwch hi o&apos;ch copi wrth gefn diweddaraf.</translation>
    </message>
    <message>
        <source>Saving a copy of the profile before its keys change</source>
        <translation>Yn cadw copi o&apos;r proffil cyn i&apos;w allweddi newid</translation>
    </message>
    <message>
        <source>Protecting the passphrase</source>
        <translation>Yn gwarchod y cyfrinymadrodd</translation>
    </message>
    <message>
        <source>FSW Desk could not save a backup in {folder} before changing this profile&apos;s keys ({value}), so nothing was changed. Free some space and try again.</source>
        <translation>Ni allai FSW Desk gadw copi wrth gefn yn {folder} cyn newid allweddi&apos;r proffil hwn ({value}), felly ni newidiwyd dim. Gwnewch ychydig o le ar y ddisg a rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <source>Re-encrypting the profile</source>
        <translation>Yn ail-amgryptio&apos;r proffil</translation>
    </message>
    <message>
        <source>Checking the re-encrypted profile</source>
        <translation>Yn gwirio&apos;r proffil sydd wedi&apos;i ail-amgryptio</translation>
    </message>
    <message>
        <source>The profile could not be re-encrypted (the new copy did not verify). Nothing was changed.</source>
        <translation>Ni ellid ail-amgryptio&apos;r proffil (ni chafodd y copi newydd ei ddilysu). Ni newidiwyd dim.</translation>
    </message>
    <message>
        <source>Saving the new keys</source>
        <translation>Yn cadw&apos;r allweddi newydd</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Wedi gorffen</translation>
    </message>
    <message>
        <source>Opening the profile</source>
        <translation>Yn agor y proffil</translation>
    </message>
    <message>
        <source>Copying and encrypting</source>
        <translation>Yn copïo ac yn amgryptio</translation>
    </message>
    <message>
        <source>Verifying the backup</source>
        <translation>Yn dilysu&apos;r copi wrth gefn</translation>
    </message>
    <message>
        <source>The backup did not verify; nothing was saved. Try another location.</source>
        <translation>Ni chafodd y copi wrth gefn ei ddilysu; ni chadwyd dim. Rhowch gynnig ar leoliad arall.</translation>
    </message>
    <message>
        <source>FSW Desk could not write the backup there (the disk is full, or it was removed). Nothing was saved. Free some space or try another location.</source>
        <translation>Ni allai FSW Desk ysgrifennu&apos;r copi wrth gefn yno (mae&apos;r ddisg yn llawn, neu cafodd ei thynnu allan). Ni chadwyd dim. Gwnewch ychydig o le ar y ddisg neu rhowch gynnig ar leoliad arall.</translation>
    </message>
    <message>
        <source>FSW Desk could not save a backup in {folder} before upgrading this profile ({value}), so nothing was changed. Free some space and try again.</source>
        <translation>Ni allai FSW Desk gadw copi wrth gefn yn {folder} cyn uwchraddio&apos;r proffil hwn ({value}), felly ni newidiwyd dim. Gwnewch ychydig o le ar y ddisg a rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <source>The profile could not be upgraded: some records point at missing ones.</source>
        <translation>Ni ellid uwchraddio&apos;r proffil: mae rhai cofnodion yn cyfeirio at gofnodion sydd ar goll.</translation>
    </message>
    <message>
        <source>{pragma}: the database file is malformed.</source>
        <translation>{pragma}: mae ffeil y gronfa ddata wedi&apos;i llygru.</translation>
    </message>
    <message>
        <source>Deleting records</source>
        <translation>Wrthi&apos;n dileu cofnodion</translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n item(s), {records} records in all.</source>
        <translation>
            <numerusform>Wedi dileu %n eitem, {records} cofnod i gyd.</numerusform>
            <numerusform>Wedi dileu %n eitem, {records} cofnod i gyd.</numerusform>
            <numerusform>Wedi dileu %n eitem, {records} cofnod i gyd.</numerusform>
            <numerusform>Wedi dileu %n eitem, {records} cofnod i gyd.</numerusform>
            <numerusform>Wedi dileu %n eitem, {records} cofnod i gyd.</numerusform>
        </translation>
    </message>
    <message>
        <source>Kept, because other records still point at them: {people}. They will be due once those records go.</source>
        <translation>Wedi&apos;u cadw, gan fod cofnodion eraill yn dal i gyfeirio atynt: {people}. Byddant i&apos;w dileu pan fydd y cofnodion hynny wedi mynd.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Gosodiadau</translation>
    </message>
    <message>
        <source>Lock after idle (minutes)</source>
        <translation>Cloi ar ôl bod yn segur (munudau)</translation>
    </message>
    <message>
        <source>&amp;Lock after idle</source>
        <translation>&amp;Cloi ar ôl bod yn segur</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>munud</translation>
    </message>
    <message>
        <source>Review every (months)</source>
        <translation>Adolygu bob (misoedd)</translation>
    </message>
    <message>
        <source>&amp;Review every</source>
        <translation>Ad&amp;olygu bob</translation>
    </message>
    <message>
        <source>months</source>
        <translation>mis</translation>
    </message>
    <message>
        <source>Flag no contact after (weeks)</source>
        <translation>Rhybudd os nad oes cyswllt ar ôl (wythnosau)</translation>
    </message>
    <message>
        <source>Flag &amp;no contact after</source>
        <translation>Rhybudd os &amp;dim cyswllt ar ôl</translation>
    </message>
    <message>
        <source>weeks</source>
        <translation>wythnos</translation>
    </message>
    <message>
        <source>Warn of release within (weeks)</source>
        <translation>Rhybuddio am ryddhau o fewn (wythnosau)</translation>
    </message>
    <message>
        <source>Warn of &amp;release within</source>
        <translation>Rhybuddio am &amp;ryddhau o fewn</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>Maint y testun</translation>
    </message>
    <message>
        <source>&amp;Text size</source>
        <translation>Maint y &amp;testun</translation>
    </message>
    <message>
        <source>Language of the desk</source>
        <translation>Iaith y ddesg</translation>
    </message>
    <message>
        <source>Menus, pages and dialogs in Welsh or English, switched at once. Letters follow each person&apos;s own language.</source>
        <translation>Dewislenni, tudalennau a deialogau yn Gymraeg neu&apos;n Saesneg, wedi&apos;u newid ar unwaith. Mae llythyrau&apos;n dilyn iaith pob person ei hun.</translation>
    </message>
    <message>
        <source>Lan&amp;guage / Iaith</source>
        <translation>&amp;Iaith / Language</translation>
    </message>
    <message>
        <source>Window layout, text size and language are kept outside the encrypted profile; nothing personal is.</source>
        <translation>Caiff cynllun y ffenestr, maint y testun a&apos;r iaith eu cadw y tu allan i&apos;r proffil wedi&apos;i amgryptio; does dim byd personol yn cael ei gadw yno.</translation>
    </message>
    <message>
        <source>Passphrase protection: the older kind (moves to Argon2id at the next unlock)</source>
        <translation>Diogelu&apos;r cyfrinymadrodd: yr hen fath (yn symud i Argon2id y tro nesaf y byddwch yn datgloi)</translation>
    </message>
    <message numerus="yes">
        <source>Passphrase protection: Argon2id, {memory} of memory, %n iteration|Passphrase protection: Argon2id, {memory} of memory, %n iterations</source>
        <translation>
            <numerusform>Diogelu&apos;r cyfrinymadrodd: Argon2id, {memory} o gof, %n iteriad</numerusform>
            <numerusform>Diogelu&apos;r cyfrinymadrodd: Argon2id, {memory} o gof, %n iteriad</numerusform>
            <numerusform>Diogelu&apos;r cyfrinymadrodd: Argon2id, {memory} o gof, %n iteriad</numerusform>
            <numerusform>Diogelu&apos;r cyfrinymadrodd: Argon2id, {memory} o gof, %n iteriad</numerusform>
            <numerusform>Diogelu&apos;r cyfrinymadrodd: Argon2id, {memory} o gof, %n iteriad</numerusform>
        </translation>
    </message>
    <message>
        <source>No recovery key: if the passphrase is forgotten, every record in this profile is lost.</source>
        <translation>Dim allwedd adfer: os caiff y cyfrinymadrodd ei anghofio, bydd pob cofnod yn y proffil hwn yn cael ei golli.</translation>
    </message>
    <message>
        <source>A recovery key exists.</source>
        <translation>Mae allwedd adfer yn bodoli.</translation>
    </message>
    <message>
        <source>A recovery key exists, made {day} at {time}. Making a new one stops it working.</source>
        <translation>Mae allwedd adfer yn bodoli, a grëwyd ar {day} am {time}. Bydd creu un newydd yn ei hatal rhag gweithio.</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Diogelwch</translation>
    </message>
    <message>
        <source>Passphrase protection</source>
        <translation>Diogelu&apos;r cyfrinymadrodd</translation>
    </message>
    <message>
        <source>Time for one unlock: measured when you re-tune.</source>
        <translation>Amser ar gyfer un datgloi: caiff ei fesur pan fyddwch yn ail-diwnio.</translation>
    </message>
    <message>
        <source>Time for one unlock</source>
        <translation>Amser ar gyfer un datgloi</translation>
    </message>
    <message>
        <source>Re-t&amp;une for this computer…</source>
        <translation>&amp;Ail-diwnio ar gyfer y cyfrifiadur hwn…</translation>
    </message>
    <message>
        <source>Re-tune the passphrase protection for this computer</source>
        <translation>Ail-diwnio diogelu&apos;r cyfrinymadrodd ar gyfer y cyfrifiadur hwn</translation>
    </message>
    <message>
        <source>About a second of work per unlock here, with at least 64 MiB of memory</source>
        <translation>Tua eiliad o waith ar gyfer pob datgloi yma, gydag o leiaf 64 MiB o gof</translation>
    </message>
    <message>
        <source>Make a new recovery &amp;key…</source>
        <translation>Creu allwedd adfer &amp;newydd…</translation>
    </message>
    <message>
        <source>Make a new recovery key</source>
        <translation>Creu allwedd adfer newydd</translation>
    </message>
    <message>
        <source>Re-tune for this computer</source>
        <translation>Ail-diwnio ar gyfer y cyfrifiadur hwn</translation>
    </message>
    <message>
        <source>Type your passphrase. Its protection is measured again on this computer
(about a second of work per unlock); the passphrase stays the same.</source>
        <translation>Teipiwch eich cyfrinymadrodd. Caiff ei ddiogelwch ei fesur eto ar y cyfrifiadur hwn
(tua eiliad o waith ar gyfer pob datgloi); mae&apos;r cyfrinymadrodd yn aros yr un fath.</translation>
    </message>
    <message>
        <source>Time for one unlock on this computer: {seconds} s (just measured).</source>
        <translation>Amser ar gyfer un datgloi ar y cyfrifiadur hwn: {seconds} eiliad (newydd ei fesur).</translation>
    </message>
    <message>
        <source>Re-tuned. {cost}; one unlock takes {seconds} s here.</source>
        <translation>Wedi ail-diwnio. {cost}; mae un datgloi yn cymryd {seconds} eiliad yma.</translation>
    </message>
    <message>
        <source>Nothing was changed</source>
        <translation>Ni newidiwyd dim</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Ni newidiwyd dim.</translation>
    </message>
    <message>
        <source>Lists</source>
        <translation>Rhestrau</translation>
    </message>
    <message>
        <source>Referral sources, one per line</source>
        <translation>Ffynonellau atgyfeirio, un ar bob llinell</translation>
    </message>
    <message>
        <source>Outcomes: group, outcome and scoring guidance per line</source>
        <translation>Canlyniadau: grŵp, canlyniad a chanllawiau sgorio ar bob llinell</translation>
    </message>
    <message>
        <source>&amp;Referral sources
(one per line)</source>
        <translation>&amp;Ffynonellau atgyfeirio
(un ar bob llinell)</translation>
    </message>
    <message>
        <source>&amp;Outcomes
(Group | Outcome | guidance)</source>
        <translation>&amp;Canlyniadau
(Grŵp | Canlyniad | canllawiau)</translation>
    </message>
    <message>
        <source>Application types: type and working days to respond, one per line</source>
        <translation>Mathau o gais: math a diwrnodau gwaith i ymateb, un ar bob llinell</translation>
    </message>
    <message>
        <source>Application &amp;types
(type | working days
to respond)</source>
        <translation>&amp;Mathau o gais
(math | diwrnodau gwaith
i ymateb)</translation>
    </message>
    <message>
        <source>Removing an outcome keeps the scores already recorded against it. The eight standard application types always stay; you may change their days.</source>
        <translation>Os byddwch yn tynnu canlyniad, bydd y sgoriau sydd eisoes wedi&apos;u cofnodi yn ei erbyn yn aros. Mae&apos;r wyth math safonol o gais yn aros bob amser; gallwch newid eu diwrnodau.</translation>
    </message>
    <message>
        <source>&amp;Letter templates…</source>
        <translation>Templedi &amp;llythyrau…</translation>
    </message>
    <message>
        <source>Letter template</source>
        <translation>Templed llythyr</translation>
    </message>
    <message>
        <source>Letter templates</source>
        <translation>Templedi llythyrau</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Templedi</translation>
    </message>
    <message>
        <source>&amp;Templates</source>
        <translation>&amp;Templedi</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Newydd</translation>
    </message>
    <message>
        <source>New template</source>
        <translation>Templed newydd</translation>
    </message>
    <message>
        <source>Delete template</source>
        <translation>Dileu templed</translation>
    </message>
    <message>
        <source>Template name</source>
        <translation>Enw&apos;r templed</translation>
    </message>
    <message>
        <source>N&amp;ame</source>
        <translation>&amp;Enw</translation>
    </message>
    <message>
        <source>Kind of letter</source>
        <translation>Math o lythyr</translation>
    </message>
    <message>
        <source>Language the letter is written in</source>
        <translation>Yr iaith y mae&apos;r llythyr wedi&apos;i ysgrifennu ynddi</translation>
    </message>
    <message>
        <source>Letter text with merge fields</source>
        <translation>Testun y llythyr gyda meysydd cyfuno</translation>
    </message>
    <message>
        <source>&amp;Letter text: merge fields in braces, e.g. {example}; a blank line starts a new paragraph</source>
        <translation>Testun y &amp;llythyr: meysydd cyfuno rhwng cromfachau cyrliog, e.e. {example}; mae llinell wag yn dechrau paragraff newydd</translation>
    </message>
    <message>
        <source>Merge fields: {fields}</source>
        <translation>Meysydd cyfuno: {fields}</translation>
    </message>
    <message>
        <source>Template preview with made-up details</source>
        <translation>Rhagolwg o&apos;r templed gyda manylion ffug</translation>
    </message>
    <message>
        <source>Problem with the template</source>
        <translation>Problem gyda&apos;r templed</translation>
    </message>
    <message>
        <source>&amp;Save template</source>
        <translation>&amp;Cadw&apos;r templed</translation>
    </message>
    <message>
        <source>Save template</source>
        <translation>Cadw&apos;r templed</translation>
    </message>
    <message>
        <source>Save the changes to this template first, or close without saving them.</source>
        <translation>Cadwch y newidiadau i&apos;r templed hwn yn gyntaf, neu caewch heb eu cadw.</translation>
    </message>
    <message>
        <source>{name} (as shipped)</source>
        <translation>{name} (y fersiwn wreiddiol)</translation>
    </message>
    <message>
        <source>Delete the template &apos;{name}&apos;? Letters already printed from it keep their record.</source>
        <translation>Dileu&apos;r templed &apos;{name}&apos;? Bydd llythyrau sydd eisoes wedi&apos;u hargraffu ohono yn cadw eu cofnod.</translation>
    </message>
    <message>
        <source>Visits and family days today</source>
        <translation>Ymweliadau a diwrnodau teulu heddiw</translation>
    </message>
    <message>
        <source>Due soon</source>
        <translation>Yn ddyledus cyn bo hir</translation>
    </message>
    <message>
        <source>When you can</source>
        <translation>Pan allwch chi</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Adolygiad</translation>
    </message>
    <message>
        <source>Plan task</source>
        <translation>Tasg yn y cynllun</translation>
    </message>
    <message>
        <source>No recent contact</source>
        <translation>Dim cyswllt diweddar</translation>
    </message>
    <message>
        <source>Scores missing</source>
        <translation>Sgorau ar goll</translation>
    </message>
    <message>
        <source>{kind}: acknowledgement {due_state} ({status})</source>
        <translation>{kind}: cydnabyddiaeth {due_state} ({status})</translation>
    </message>
    <message>
        <source>{kind}: response {due_state} ({status})</source>
        <translation>{kind}: ymateb {due_state} ({status})</translation>
    </message>
    <message numerus="yes">
        <source>{starts}–{ends} {room}: {prisoner}, %n visitor, {status} (waiting list)|{starts}–{ends} {room}: {prisoner}, %n visitors, {status} (waiting list)</source>
        <translation>
            <numerusform>{starts}–{ends} {room}: {prisoner}, %n ymwelydd, {status} (rhestr aros)</numerusform>
            <numerusform>{starts}–{ends} {room}: {prisoner}, %n ymwelydd, {status} (rhestr aros)</numerusform>
            <numerusform>{starts}–{ends} {room}: {prisoner}, %n ymwelydd, {status} (rhestr aros)</numerusform>
            <numerusform>{starts}–{ends} {room}: {prisoner}, %n ymwelydd, {status} (rhestr aros)</numerusform>
            <numerusform>{starts}–{ends} {room}: {prisoner}, %n ymwelydd, {status} (rhestr aros)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{starts}–{ends} {room}: {prisoner}, %n visitor, {status}|{starts}–{ends} {room}: {prisoner}, %n visitors, {status}</source>
        <translation>
            <numerusform>{starts}–{ends} {room}: {prisoner}, %n ymwelydd, {status}</numerusform>
            <numerusform>{starts}–{ends} {room}: {prisoner}, %n ymwelydd, {status}</numerusform>
            <numerusform>{starts}–{ends} {room}: {prisoner}, %n ymwelydd, {status}</numerusform>
            <numerusform>{starts}–{ends} {room}: {prisoner}, %n ymwelydd, {status}</numerusform>
            <numerusform>{starts}–{ends} {room}: {prisoner}, %n ymwelydd, {status}</numerusform>
        </translation>
    </message>
    <message>
        <source>Family day</source>
        <translation>Diwrnod teulu</translation>
    </message>
    <message>
        <source>{title}: place {status}</source>
        <translation>{title}: lle ({status})</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Math</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Lleoedd</translation>
    </message>
    <message>
        <source>{families} families / {people} people</source>
        <translation>{families} teulu / {people} person</translation>
    </message>
    <message>
        <source>Clearance by</source>
        <translation>Cliriad erbyn</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statws</translation>
    </message>
    <message>
        <source>[third party]</source>
        <translation>[trydydd parti]</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Cyfeirnod</translation>
    </message>
    <message>
        <source>Relationship to the prisoner</source>
        <translation>Perthynas â&apos;r carcharor</translation>
    </message>
    <message>
        <source>Supported directly</source>
        <translation>Yn cael cymorth yn uniongyrchol</translation>
    </message>
    <message>
        <source>School</source>
        <translation>Ysgol</translation>
    </message>
    <message>
        <source>School contact</source>
        <translation>Cyswllt yn yr ysgol</translation>
    </message>
    <message>
        <source>Cared for by</source>
        <translation>Yn derbyn gofal gan</translation>
    </message>
    <message>
        <source>Told where their parent is</source>
        <translation>Wedi cael gwybod ble mae eu rhiant</translation>
    </message>
    <message>
        <source>Their views</source>
        <translation>Eu barn</translation>
    </message>
    <message>
        <source>What they agreed may be shared</source>
        <translation>Beth maen nhw wedi cytuno y gellir ei rannu</translation>
    </message>
    <message>
        <source>Young carer</source>
        <translation>Gofalwr ifanc</translation>
    </message>
    <message>
        <source>Bullying</source>
        <translation>Bwlio</translation>
    </message>
    <message>
        <source>Wing</source>
        <translation>Adain</translation>
    </message>
    <message>
        <source>Sentence (months)</source>
        <translation>Dedfryd (misoedd)</translation>
    </message>
    <message>
        <source>Expected release</source>
        <translation>Dyddiad rhyddhau disgwyliedig</translation>
    </message>
    <message>
        <source>ROTL</source>
        <translation>Rhyddhau ar drwydded dros dro (ROTL)</translation>
    </message>
    <message>
        <source>Transfers</source>
        <translation>Trosglwyddiadau</translation>
    </message>
    <message>
        <source>Offender Manager</source>
        <translation>Rheolwr Troseddwyr</translation>
    </message>
    <message>
        <source>Probation provider</source>
        <translation>Darparwr gwasanaeth prawf</translation>
    </message>
    <message>
        <source>Approved visitor</source>
        <translation>Ymwelydd cymeradwy</translation>
    </message>
    <message>
        <source>Visit ban reason</source>
        <translation>Rheswm dros y gwaharddiad rhag ymweld</translation>
    </message>
    <message>
        <source>Banned until</source>
        <translation>Wedi&apos;i wahardd tan</translation>
    </message>
    <message>
        <source>Information held about {value}</source>
        <translation>Gwybodaeth a gedwir am {value}</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Na</translation>
    </message>
    <message>
        <source>{label}: the worker&apos;s notes about the family, which may name other people.</source>
        <translation>{label}: nodiadau&apos;r gweithiwr am y teulu, a allai enwi pobl eraill.</translation>
    </message>
    <message>
        <source>About you</source>
        <translation>Amdanoch chi</translation>
    </message>
    <message>
        <source>Referred on</source>
        <translation>Dyddiad atgyfeirio</translation>
    </message>
    <message>
        <source>Referred by</source>
        <translation>Atgyfeiriwyd gan</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>Dyddiad cau</translation>
    </message>
    <message>
        <source>Consent to the service</source>
        <translation>Caniatâd i&apos;r gwasanaeth</translation>
    </message>
    <message>
        <source>Your family&apos;s case</source>
        <translation>Achos eich teulu</translation>
    </message>
    <message>
        <source>Risk information on the case, which may concern other people&apos;s safety.</source>
        <translation>Gwybodaeth am risg ar yr achos, a allai ymwneud â diogelwch pobl eraill.</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Tan</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Diben</translation>
    </message>
    <message>
        <source>Outcome scores (1 to 5)</source>
        <translation>Sgorau canlyniadau (1 i 5)</translation>
    </message>
    <message>
        <source>Contacts with the family</source>
        <translation>Cysylltiadau â&apos;r teulu</translation>
    </message>
    <message>
        <source>Who was there</source>
        <translation>Pwy oedd yno</translation>
    </message>
    <message>
        <source>Agreed</source>
        <translation>Cytunwyd</translation>
    </message>
    <message>
        <source>Safeguarding concerns recorded on the case.</source>
        <translation>Pryderon diogelu a gofnodwyd ar yr achos.</translation>
    </message>
    <message>
        <source>Notes about the family on the case (referral reasons, contacts, assessments, plan and concerns): they are about other people.</source>
        <translation>Nodiadau am y teulu ar yr achos (rhesymau atgyfeirio, cysylltiadau, asesiadau, cynllun a phryderon): maent yn ymwneud â phobl eraill.</translation>
    </message>
    <message>
        <source>You were</source>
        <translation>Eich rôl</translation>
    </message>
    <message>
        <source>the prisoner</source>
        <translation>y carcharor</translation>
    </message>
    <message>
        <source>the lead visitor</source>
        <translation>y prif ymwelydd</translation>
    </message>
    <message>
        <source>a visitor</source>
        <translation>ymwelydd</translation>
    </message>
    <message>
        <source>place requested: {status}</source>
        <translation>lle y gofynnwyd amdano: {status}</translation>
    </message>
    <message>
        <source>clearance {clearance}; photo consent {photo_consent}</source>
        <translation>cliriad: {clearance}; caniatâd i dynnu lluniau: {photo_consent}</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>Wedi dod</translation>
    </message>
    <message>
        <source>Your applications</source>
        <translation>Eich ceisiadau</translation>
    </message>
    <message>
        <source>Asked for</source>
        <translation>Beth y gofynnwyd amdano</translation>
    </message>
    <message>
        <source>Your words</source>
        <translation>Eich geiriau</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Ymateb</translation>
    </message>
    <message>
        <source>Internal notes on applications, which may be about other people.</source>
        <translation>Nodiadau mewnol ar geisiadau, a allai fod am bobl eraill.</translation>
    </message>
    <message>
        <source>Letters sent to you</source>
        <translation>Llythyrau a anfonwyd atoch</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Pam</translation>
    </message>
    <message>
        <source>Reference {ref} · prepared {made_on} from FSW Desk. Information about other people is left out.</source>
        <translation>Cyfeirnod {ref} · paratowyd {made_on} o FSW Desk. Mae gwybodaeth am bobl eraill wedi&apos;i gadael allan.</translation>
    </message>
    <message>
        <source>None held.</source>
        <translation>Does dim wedi&apos;i gadw.</translation>
    </message>
    <message>
        <source>Withheld</source>
        <translation>Wedi&apos;i atal</translation>
    </message>
    <message>
        <source>Family days</source>
        <translation>Diwrnodau teulu</translation>
    </message>
    <message>
        <source>&amp;New family day…</source>
        <translation>Diwrnod teulu &amp;newydd…</translation>
    </message>
    <message>
        <source>Add &amp;families…</source>
        <translation>Ychwanegu &amp;teuluoedd…</translation>
    </message>
    <message>
        <source>&amp;Request a place…</source>
        <translation>&amp;Gofyn am le…</translation>
    </message>
    <message>
        <source>&amp;Allocate places…</source>
        <translation>&amp;Dyrannu lleoedd…</translation>
    </message>
    <message>
        <source>&amp;Clearance and photos…</source>
        <translation>&amp;Cliriad a lluniau…</translation>
    </message>
    <message>
        <source>O&amp;verride priority…</source>
        <translation>Diystyru&apos;r &amp;flaenoriaeth…</translation>
    </message>
    <message>
        <source>Record a&amp;ttendance…</source>
        <translation>Cofnodi &amp;presenoldeb…</translation>
    </message>
    <message>
        <source>Print &amp;attendee list…</source>
        <translation>Argraffu rhestr y &amp;mynychwyr…</translation>
    </message>
    <message>
        <source>Print &amp;security list…</source>
        <translation>Argraffu&apos;r rhestr diog&amp;elwch…</translation>
    </message>
    <message>
        <source>Save &amp;CSV…</source>
        <translation>Cadw CS&amp;V…</translation>
    </message>
    <message>
        <source>Invitation &amp;letter…</source>
        <translation>&amp;Llythyr gwahodd…</translation>
    </message>
    <message>
        <source>No family days planned. Plan one with New family day (Alt+N).</source>
        <translation>Does dim diwrnodau teulu wedi&apos;u cynllunio. Cynlluniwch un gyda Diwrnod teulu newydd (Alt+N).</translation>
    </message>
    <message>
        <source>Choose a family day.</source>
        <translation>Dewiswch ddiwrnod teulu.</translation>
    </message>
    <message>
        <source>Requests for places, by priority</source>
        <translation>Ceisiadau am leoedd, yn ôl blaenoriaeth</translation>
    </message>
    <message>
        <source>No requests for places on this day yet.</source>
        <translation>Does dim ceisiadau am leoedd ar y diwrnod hwn eto.</translation>
    </message>
    <message>
        <source>{day}, {date} at {place}. {requests} requests; {families} families and {people} people allocated of {capacity_families} families / {capacity_people} people. Ranked by need, never by incentive level.</source>
        <translation>{day}, {date} yn {place}. {requests} cais; {families} teulu a {people} person wedi&apos;u dyrannu allan o {capacity_families} teulu / {capacity_people} person. Wedi&apos;u rhestru yn ôl angen, byth yn ôl lefel cymhelliant.</translation>
    </message>
    <message>
        <source>the person the letter is for</source>
        <translation>y person y mae&apos;r llythyr ar ei gyfer</translation>
    </message>
    <message>
        <source>the recipient&apos;s family name</source>
        <translation>cyfenw&apos;r derbynnydd</translation>
    </message>
    <message>
        <source>the address used (the wing, for a prisoner)</source>
        <translation>y cyfeiriad a ddefnyddir (yr adain, ar gyfer carcharor)</translation>
    </message>
    <message>
        <source>the prisoner&apos;s name</source>
        <translation>enw&apos;r carcharor</translation>
    </message>
    <message>
        <source>the prisoner&apos;s prison number</source>
        <translation>rhif carchar y carcharor</translation>
    </message>
    <message>
        <source>the prison</source>
        <translation>y carchar</translation>
    </message>
    <message>
        <source>the prisoner&apos;s wing</source>
        <translation>adain y carcharor</translation>
    </message>
    <message>
        <source>the family&apos;s case reference</source>
        <translation>cyfeirnod achos y teulu</translation>
    </message>
    <message>
        <source>the visit&apos;s date (from a booking)</source>
        <translation>dyddiad yr ymweliad (o archeb)</translation>
    </message>
    <message>
        <source>the session&apos;s times, e.g. 14:00 to 16:00 (from a booking)</source>
        <translation>amseroedd y sesiwn, e.e. 14:00 i 16:00 (o archeb)</translation>
    </message>
    <message>
        <source>where the visit is held (from a booking)</source>
        <translation>ble cynhelir yr ymweliad (o archeb)</translation>
    </message>
    <message>
        <source>social visit, closed visit... (from a booking)</source>
        <translation>ymweliad cymdeithasol, ymweliad caeedig... (o archeb)</translation>
    </message>
    <message>
        <source>the visitors on the booking (from a booking)</source>
        <translation>yr ymwelwyr ar yr archeb (o archeb)</translation>
    </message>
    <message>
        <source>the booking&apos;s reference (from a booking)</source>
        <translation>cyfeirnod yr archeb (o archeb)</translation>
    </message>
    <message>
        <source>the family day&apos;s name (from a family-day place)</source>
        <translation>enw&apos;r diwrnod teulu (o le ar ddiwrnod teulu)</translation>
    </message>
    <message>
        <source>the family day&apos;s date (from a family-day place)</source>
        <translation>dyddiad y diwrnod teulu (o le ar ddiwrnod teulu)</translation>
    </message>
    <message>
        <source>where the family day is held (from a family-day place)</source>
        <translation>ble cynhelir y diwrnod teulu (o le ar ddiwrnod teulu)</translation>
    </message>
    <message>
        <source>the last day for security clearance (from a family-day place)</source>
        <translation>y diwrnod olaf ar gyfer cliriad diogelwch (o le ar ddiwrnod teulu)</translation>
    </message>
    <message>
        <source>who has a place (from a family-day place)</source>
        <translation>pwy sydd â lle (o le ar ddiwrnod teulu)</translation>
    </message>
    <message>
        <source>ID and what security asks for (visits and family days)</source>
        <translation>prawf adnabod a&apos;r hyn y mae&apos;r tîm diogelwch yn gofyn amdano (ymweliadau a diwrnodau teulu)</translation>
    </message>
    <message>
        <source>the appointment&apos;s date (typed in the letter dialog)</source>
        <translation>dyddiad yr apwyntiad (wedi&apos;i deipio yn y deialog llythyr)</translation>
    </message>
    <message>
        <source>the appointment&apos;s time (typed in the letter dialog)</source>
        <translation>amser yr apwyntiad (wedi&apos;i deipio yn y deialog llythyr)</translation>
    </message>
    <message>
        <source>where the appointment is (typed in the letter dialog)</source>
        <translation>ble mae&apos;r apwyntiad (wedi&apos;i deipio yn y deialog llythyr)</translation>
    </message>
    <message>
        <source>the application&apos;s reference (from an application)</source>
        <translation>cyfeirnod y cais (o gais)</translation>
    </message>
    <message>
        <source>what the application asked for (from an application)</source>
        <translation>beth y gofynnwyd amdano yn y cais (o gais)</translation>
    </message>
    <message>
        <source>when the application was received (from an application)</source>
        <translation>pryd y daeth y cais i law (o gais)</translation>
    </message>
    <message>
        <source>the response written to the prisoner (from an application)</source>
        <translation>yr ymateb a ysgrifennwyd at y carcharor (o gais)</translation>
    </message>
    <message>
        <source>the application&apos;s outcome (from an application)</source>
        <translation>canlyniad y cais (o gais)</translation>
    </message>
    <message>
        <source>the worker who prints the letter</source>
        <translation>y gweithiwr sy&apos;n argraffu&apos;r llythyr</translation>
    </message>
    <message>
        <source>this desk&apos;s name</source>
        <translation>enw&apos;r ddesg hon</translation>
    </message>
    <message>
        <source>today&apos;s date</source>
        <translation>dyddiad heddiw</translation>
    </message>
    <message>
        <source>The template is too long ({length} characters; {most} at most). A letter is a page or two: shorten it, or split it into two templates.</source>
        <translation>Mae&apos;r templed yn rhy hir ({length} nod; {most} ar y mwyaf). Mae llythyr yn dudalen neu ddwy: byrhewch ef, neu rhannwch ef yn ddau dempled.</translation>
    </message>
    <message>
        <source>Line {line}: a single &apos;{token}&apos; is not a merge field. Write merge fields as {example}; for a brace on the page write it twice, {{{{ or }}}}.</source>
        <translation>Llinell {line}: nid yw &apos;{token}&apos; unigol yn faes cyfuno. Ysgrifennwch feysydd cyfuno fel {example}; i gael cromfach gyrliog ar y dudalen, ysgrifennwch hi ddwywaith, {{{{ neu }}}}.</translation>
    </message>
    <message>
        <source>Line {line}: {typed} is not a merge field FSW Desk knows. Did you mean {near}? The merge fields are: {known}.</source>
        <translation>Llinell {line}: nid yw {typed} yn faes cyfuno y mae FSW Desk yn ei adnabod. Oeddech chi&apos;n golygu {near}? Y meysydd cyfuno yw: {known}.</translation>
    </message>
    <message>
        <source>Line {line}: {typed} is not a merge field FSW Desk knows. The merge fields are: {known}.</source>
        <translation>Llinell {line}: nid yw {typed} yn faes cyfuno y mae FSW Desk yn ei adnabod. Y meysydd cyfuno yw: {known}.</translation>
    </message>
    <message>
        <source>Write the letter: the template is empty.</source>
        <translation>Ysgrifennwch y llythyr: mae&apos;r templed yn wag.</translation>
    </message>
    <message>
        <source>This letter uses {field} ({what}), which is not known here: {needs}.</source>
        <translation>Mae&apos;r llythyr hwn yn defnyddio {field} ({what}), nad yw&apos;n hysbys yma: {needs}.</translation>
    </message>
    <message>
        <source>This letter uses {field} ({what}), which is not known here. Fill it in, or choose another template.</source>
        <translation>Mae&apos;r llythyr hwn yn defnyddio {field} ({what}), nad yw&apos;n hysbys yma. Llenwch ef, neu dewiswch dempled arall.</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Llythyr</translation>
    </message>
    <message>
        <source>Preview with made-up details.</source>
        <translation>Rhagolwg gyda manylion ffug.</translation>
    </message>
    <message>
        <source>New family day</source>
        <translation>Diwrnod teulu newydd</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Teitl</translation>
    </message>
    <message>
        <source>Places: &amp;families</source>
        <translation>Lleoedd: teul&amp;uoedd</translation>
    </message>
    <message>
        <source>Places: &amp;people</source>
        <translation>Lleoedd: &amp;pobl</translation>
    </message>
    <message>
        <source>Youngest child (0 = any)</source>
        <translation>Plentyn ieuengaf (0 = unrhyw oed)</translation>
    </message>
    <message>
        <source>Oldest child (0 = any)</source>
        <translation>Plentyn hynaf (0 = unrhyw oed)</translation>
    </message>
    <message>
        <source>Security &amp;clearance by</source>
        <translation>&amp;Cliriad diogelwch erbyn</translation>
    </message>
    <message>
        <source>P&amp;lace</source>
        <translation>&amp;Lleoliad</translation>
    </message>
    <message>
        <source>P&amp;rogramme</source>
        <translation>&amp;Rhaglen</translation>
    </message>
    <message>
        <source>Request a place</source>
        <translation>Gofyn am le</translation>
    </message>
    <message>
        <source>The prisoner&apos;s family who may have an open visit are included; anyone banned, not approved or on closed visits only, and children outside the day&apos;s ages, are left out.</source>
        <translation>Mae teulu&apos;r carcharor sy&apos;n cael dod i ymweliad agored wedi&apos;u cynnwys; mae unrhyw un sydd wedi&apos;i wahardd, heb ei gymeradwyo neu ar ymweliadau caeedig yn unig, a phlant y tu allan i oedrannau&apos;r diwrnod, wedi&apos;u gadael allan.</translation>
    </message>
    <message>
        <source>Request saved, with warnings</source>
        <translation>Cais wedi&apos;i gadw, gyda rhybuddion</translation>
    </message>
    <message>
        <source>{name}: clearance</source>
        <translation>{name}: cliriad</translation>
    </message>
    <message>
        <source>{name}: photo consent</source>
        <translation>{name}: caniatâd lluniau</translation>
    </message>
    <message>
        <source>Clearance for {ref}</source>
        <translation>Cliriad ar gyfer {ref}</translation>
    </message>
    <message numerus="yes">
        <source>Added %n families.</source>
        <translation>
            <numerusform>Ni ychwanegwyd dim teuluoedd.</numerusform>
            <numerusform>Wedi ychwanegu %n teulu.</numerusform>
            <numerusform>Wedi ychwanegu %n teulu.</numerusform>
            <numerusform>Wedi ychwanegu %n teulu.</numerusform>
            <numerusform>Wedi ychwanegu %n teulu.</numerusform>
        </translation>
    </message>
    <message>
        <source>… and {count} more.</source>
        <translation>… a {count} arall.</translation>
    </message>
    <message>
        <source>Families added, with warnings</source>
        <translation>Teuluoedd wedi&apos;u hychwanegu, gyda rhybuddion</translation>
    </message>
    <message>
        <source>Allocated {families} families ({people} people); {waiting} waiting.</source>
        <translation>Wedi dyrannu lle i {families} teulu ({people} person); {waiting} yn aros.</translation>
    </message>
    <message>
        <source>Choose a family&apos;s place in the list of requests first.</source>
        <translation>Dewiswch le teulu yn y rhestr o geisiadau yn gyntaf.</translation>
    </message>
    <message>
        <source>Override priority</source>
        <translation>Diystyru&apos;r flaenoriaeth</translation>
    </message>
    <message>
        <source>New priority for {ref}:</source>
        <translation>Blaenoriaeth newydd ar gyfer {ref}:</translation>
    </message>
    <message>
        <source>Why? (recorded with the request)</source>
        <translation>Pam? (caiff ei gofnodi gyda&apos;r cais)</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Presenoldeb</translation>
    </message>
    <message>
        <source>Did {ref} attend?</source>
        <translation>A ddaeth {ref}?</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Adborth</translation>
    </message>
    <message>
        <source>Feedback from the family (optional):</source>
        <translation>Adborth gan y teulu (dewisol):</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Enw</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Cais</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Oed</translation>
    </message>
    <message>
        <source>Clearance</source>
        <translation>Cliriad</translation>
    </message>
    <message>
        <source>Photo consent</source>
        <translation>Caniatâd lluniau</translation>
    </message>
    <message>
        <source>Attendee list</source>
        <translation>Rhestr mynychwyr</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Dyddiad geni</translation>
    </message>
    <message>
        <source>Prison no.</source>
        <translation>Rhif carchar</translation>
    </message>
    <message>
        <source>Security list</source>
        <translation>Rhestr ddiogelwch</translation>
    </message>
    <message>
        <source>{count} not yet cleared</source>
        <translation>{count} heb eu clirio eto</translation>
    </message>
    <message>
        <source>{title}: {day}</source>
        <translation>{title}: {day}</translation>
    </message>
    <message>
        <source>Printed {date} from FSW Desk. Contains personal data: keep secure and destroy after the event.</source>
        <translation>Argraffwyd {date} o FSW Desk. Mae&apos;n cynnwys data personol: cadwch y rhestr yn ddiogel a&apos;i dinistrio ar ôl y digwyddiad.</translation>
    </message>
    <message>
        <source>Save attendees as CSV</source>
        <translation>Cadw&apos;r mynychwyr fel CSV</translation>
    </message>
    <message>
        <source>CSV</source>
        <translation>CSV</translation>
    </message>
    <message>
        <source>Attendees CSV</source>
        <translation>CSV mynychwyr</translation>
    </message>
    <message>
        <source>Desk</source>
        <translation>Desg</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôl</translation>
    </message>
    <message>
        <source>Paired</source>
        <translation>Wedi&apos;i pharu</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Wedi&apos;i dirymu</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Ôl bys</translation>
    </message>
    <message>
        <source>out</source>
        <comment>a bundle sent</comment>
        <translation>allan</translation>
    </message>
    <message>
        <source>in</source>
        <comment>a bundle received</comment>
        <translation>i mewn</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Newidiadau</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Canlyniad</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Maes</translation>
    </message>
    <message>
        <source>Standing value</source>
        <translation>Gwerth presennol</translation>
    </message>
    <message>
        <source>From</source>
        <comment>the desk of the standing value</comment>
        <translation>O</translation>
    </message>
    <message>
        <source>Other value</source>
        <translation>Gwerth arall</translation>
    </message>
    <message>
        <source>From </source>
        <comment>the desk of the other value</comment>
        <translation>O </translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Achos</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>DO NOT DISCLOSE</source>
        <translation>PEIDIWCH Â DATGELU</translation>
    </message>
    <message>
        <source>prisoner</source>
        <comment>relationship</comment>
        <translation>carcharor</translation>
    </message>
    <message>
        <source>{age} (age band {band})</source>
        <translation>{age} (band oedran {band})</translation>
    </message>
    <message>
        <source>Supported</source>
        <translation>Yn cael cymorth</translation>
    </message>
    <message>
        <source>Release</source>
        <translation>Rhyddhau</translation>
    </message>
    <message>
        <source>Restrictions</source>
        <translation>Cyfyngiadau</translation>
    </message>
    <message>
        <source>School / carer</source>
        <translation>Ysgol / gofalwr</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Munudau</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Yn bresennol</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Beth</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Anfonwyd</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Sut</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Newid</translation>
    </message>
    <message>
        <source>Was</source>
        <translation>Cynt</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Nawr</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Rheswm</translation>
    </message>
    <message>
        <source>Appeal</source>
        <translation>Apêl</translation>
    </message>
    <message>
        <source>Purpose / agency</source>
        <translation>Diben / asiantaeth</translation>
    </message>
    <message>
        <source>Given</source>
        <translation>Rhoddwyd</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Tynnwyd yn ôl</translation>
    </message>
    <message>
        <source>Concern</source>
        <translation>Pryder</translation>
    </message>
    <message>
        <source>Escalated to</source>
        <translation>Wedi&apos;i uwchgyfeirio at</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Dyddiad</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Asiantaeth</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Beth ddigwyddodd</translation>
    </message>
    <message>
        <source>Back to caseload</source>
        <translation>Yn ôl i&apos;r llwyth achosion</translation>
    </message>
    <message>
        <source>Back to the page this case was opened from (Alt+Left)</source>
        <translation>Yn ôl i&apos;r dudalen lle agorwyd yr achos hwn (Alt+Left)</translation>
    </message>
    <message>
        <source>Do not disclose warning</source>
        <translation>Rhybudd peidio â datgelu</translation>
    </message>
    <message>
        <source>Log &amp;contact</source>
        <translation>Cofnodi &amp;cyswllt</translation>
    </message>
    <message>
        <source>Log a contact (Ctrl+K)</source>
        <translation>Cofnodi cyswllt (Ctrl+K)</translation>
    </message>
    <message>
        <source>&amp;Assessment</source>
        <translation>&amp;Asesiad</translation>
    </message>
    <message>
        <source>Record an assessment (Ctrl+Shift+A)</source>
        <translation>Cofnodi asesiad (Ctrl+Shift+A)</translation>
    </message>
    <message>
        <source>Add &amp;person</source>
        <translation>Ychwanegu &amp;person</translation>
    </message>
    <message>
        <source>Add a family member</source>
        <translation>Ychwanegu aelod o&apos;r teulu</translation>
    </message>
    <message>
        <source>Add &amp;goal</source>
        <translation>Ychwanegu &amp;nod</translation>
    </message>
    <message>
        <source>Add a goal to the support plan</source>
        <translation>Ychwanegu nod at y cynllun cymorth</translation>
    </message>
    <message>
        <source>Cl&amp;ose case</source>
        <translation>Cau&apos;r ach&amp;os</translation>
    </message>
    <message>
        <source>Close the case</source>
        <translation>Cau&apos;r achos</translation>
    </message>
    <message>
        <source>Print a letter to someone in this family, or the prisoner (an appointment, or another template)</source>
        <translation>Argraffu llythyr at rywun yn y teulu hwn, neu at y carcharor (apwyntiad, neu dempled arall)</translation>
    </message>
    <message>
        <source>More</source>
        <translation>Mwy</translation>
    </message>
    <message>
        <source>More actions</source>
        <translation>Rhagor o gamau</translation>
    </message>
    <message>
        <source>Add task…</source>
        <translation>Ychwanegu tasg…</translation>
    </message>
    <message>
        <source>Lead professional and CAF/TAF…</source>
        <translation>Gweithiwr proffesiynol arweiniol a CAF/TAF…</translation>
    </message>
    <message>
        <source>Onward referral…</source>
        <translation>Atgyfeiriad ymlaen…</translation>
    </message>
    <message>
        <source>Contact restriction…</source>
        <translation>Cyfyngiad ar gyswllt…</translation>
    </message>
    <message>
        <source>Safeguarding concern…</source>
        <translation>Pryder diogelu…</translation>
    </message>
    <message>
        <source>Record consent…</source>
        <translation>Cofnodi caniatâd…</translation>
    </message>
    <message>
        <source>Edit selected person…</source>
        <translation>Golygu&apos;r person a ddewiswyd…</translation>
    </message>
    <message>
        <source>Help with travel costs…</source>
        <translation>Help gyda chostau teithio…</translation>
    </message>
    <message>
        <source>Subject access or erasure of selected person…</source>
        <translation>Mynediad at ddata neu ddileu&apos;r person a ddewiswyd…</translation>
    </message>
    <message>
        <source>Letter about the selected visit…</source>
        <translation>Llythyr am yr ymweliad a ddewiswyd…</translation>
    </message>
    <message>
        <source>Case sections</source>
        <translation>Adrannau&apos;r achos</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>T&amp;rosolwg</translation>
    </message>
    <message>
        <source>No one recorded on this case yet.</source>
        <translation>Does neb wedi&apos;i gofnodi ar yr achos hwn eto.</translation>
    </message>
    <message>
        <source>P&amp;eople</source>
        <translation>Po&amp;bl</translation>
    </message>
    <message>
        <source>Assessments</source>
        <translation>Asesiadau</translation>
    </message>
    <message>
        <source>Outcome scores over time</source>
        <translation>Sgoriau canlyniadau dros amser</translation>
    </message>
    <message>
        <source>Assessments and o&amp;utcomes</source>
        <translation>As&amp;esiadau a chanlyniadau</translation>
    </message>
    <message>
        <source>Goal / task</source>
        <translation>Nod / tasg</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Perchennog</translation>
    </message>
    <message>
        <source>Support plan</source>
        <translation>Cynllun cymorth</translation>
    </message>
    <message>
        <source>Onward referrals</source>
        <translation>Atgyfeiriadau ymlaen</translation>
    </message>
    <message>
        <source>No onward referrals.</source>
        <translation>Dim atgyfeiriadau ymlaen.</translation>
    </message>
    <message>
        <source>P&amp;lan</source>
        <translation>Cynll&amp;un</translation>
    </message>
    <message>
        <source>Contacts timeline</source>
        <translation>Llinell amser cysylltiadau</translation>
    </message>
    <message>
        <source>No contacts yet. Log one with Ctrl+K.</source>
        <translation>Dim cysylltiadau eto. Cofnodwch un gyda Ctrl+K.</translation>
    </message>
    <message>
        <source>Enter or double-click opens a contact to read, correct or delete it.</source>
        <translation>Pwyswch Enter neu cliciwch ddwywaith i agor cyswllt er mwyn ei ddarllen, ei gywiro neu ei ddileu.</translation>
    </message>
    <message>
        <source>Co&amp;ntacts</source>
        <translation>Cy&amp;sylltiadau</translation>
    </message>
    <message>
        <source>Contact restrictions</source>
        <translation>Cyfyngiadau ar gyswllt</translation>
    </message>
    <message>
        <source>No contact restrictions.</source>
        <translation>Dim cyfyngiadau ar gyswllt.</translation>
    </message>
    <message>
        <source>Safeguarding concerns</source>
        <translation>Pryderon diogelu</translation>
    </message>
    <message>
        <source>No safeguarding concerns recorded.</source>
        <translation>Dim pryderon diogelu wedi&apos;u cofnodi.</translation>
    </message>
    <message>
        <source>Consents</source>
        <translation>Caniatâd</translation>
    </message>
    <message>
        <source>No consents recorded.</source>
        <translation>Dim caniatâd wedi&apos;i gofnodi.</translation>
    </message>
    <message>
        <source>Concerns</source>
        <translation>Pryderon</translation>
    </message>
    <message>
        <source>&amp;Visits &amp;&amp; applications</source>
        <translation>&amp;Ymweliadau &amp;&amp; cheisiadau</translation>
    </message>
    <message>
        <source>This family&apos;s visits, family-day places and applications</source>
        <translation>Ymweliadau&apos;r teulu hwn, lleoedd ar ddiwrnodau teulu a cheisiadau</translation>
    </message>
    <message>
        <source>&amp;Safeguarding</source>
        <translation>&amp;Diogelu</translation>
    </message>
    <message>
        <source>Contact restrictions, safeguarding concerns and consent</source>
        <translation>Cyfyngiadau ar gyswllt, pryderon diogelu a chaniatâd</translation>
    </message>
    <message>
        <source>Change history</source>
        <translation>Hanes newidiadau</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Hanes</translation>
    </message>
    <message>
        <source>Visits of this family</source>
        <translation>Ymweliadau&apos;r teulu hwn</translation>
    </message>
    <message>
        <source>No visits booked for this family&apos;s prisoner.</source>
        <translation>Does dim ymweliadau wedi&apos;u harchebu ar gyfer carcharor y teulu hwn.</translation>
    </message>
    <message>
        <source>Family-day places of this family</source>
        <translation>Lleoedd y teulu hwn ar ddiwrnodau teulu</translation>
    </message>
    <message>
        <source>No family-day places asked for.</source>
        <translation>Does dim lleoedd ar ddiwrnodau teulu wedi&apos;u gofyn amdanynt.</translation>
    </message>
    <message>
        <source>Applications of this case</source>
        <translation>Ceisiadau&apos;r achos hwn</translation>
    </message>
    <message>
        <source>No applications from this case&apos;s prisoner.</source>
        <translation>Dim ceisiadau gan garcharor yr achos hwn.</translation>
    </message>
    <message>
        <source>Letters sent</source>
        <translation>Llythyrau a anfonwyd</translation>
    </message>
    <message>
        <source>No letters printed for this family (Letter… above).</source>
        <translation>Dim llythyrau wedi&apos;u hargraffu ar gyfer y teulu hwn (Llythyr… uchod).</translation>
    </message>
    <message>
        <source>Family-day places</source>
        <translation>Lleoedd ar ddiwrnodau teulu</translation>
    </message>
    <message>
        <source>Enter or double-click opens it on its own page.</source>
        <translation>Pwyswch Enter neu cliciwch ddwywaith i&apos;w agor ar ei dudalen ei hun.</translation>
    </message>
    <message>
        <source>Help with &amp;travel costs…</source>
        <translation>Help gyda chostau &amp;teithio…</translation>
    </message>
    <message>
        <source>Eligibility for the assisted prison visits scheme, and each visit&apos;s claim</source>
        <translation>Cymhwysedd ar gyfer y cynllun cymorth ymweliadau carchar, a hawliad pob ymweliad</translation>
    </message>
    <message>
        <source>Travel clai&amp;m…</source>
        <translation>Ha&amp;wliad costau teithio…</translation>
    </message>
    <message>
        <source>Travel claim for the selected visit</source>
        <translation>Hawliad costau teithio ar gyfer yr ymweliad a ddewiswyd</translation>
    </message>
    <message>
        <source>Back to {page}</source>
        <translation>Yn ôl i {page}</translation>
    </message>
    <message>
        <source>Stage: {stage}</source>
        <translation>Cam: {stage}</translation>
    </message>
    <message>
        <source>Stage: {stage} ({status})</source>
        <translation>Cam: {stage} ({status})</translation>
    </message>
    <message>
        <source>DO NOT DISCLOSE to the prisoner: {names}. Their involvement must not be shared with him or her.</source>
        <translation>PEIDIWCH Â DATGELU i&apos;r carcharor: {names}. Rhaid peidio â sôn wrtho ef na hi am eu hymwneud.</translation>
    </message>
    <message>
        <source>Re&amp;open case</source>
        <translation>Ailag&amp;or yr achos</translation>
    </message>
    <message>
        <source>{heading}: {text}</source>
        <translation>{heading}: {text}</translation>
    </message>
    <message>
        <source>Travel costs</source>
        <translation>Costau teithio</translation>
    </message>
    <message>
        <source>not yet</source>
        <comment>first contact</comment>
        <translation>dim eto</translation>
    </message>
    <message numerus="yes">
        <source>{date} (%n day after referral)|{date} (%n days after referral)</source>
        <translation>
            <numerusform>{date} (yr un diwrnod â&apos;r atgyfeiriad)</numerusform>
            <numerusform>{date} (%n diwrnod ar ôl yr atgyfeiriad)</numerusform>
            <numerusform>{date} (%n diwrnod ar ôl yr atgyfeiriad)</numerusform>
            <numerusform>{date} (%n diwrnod ar ôl yr atgyfeiriad)</numerusform>
            <numerusform>{date} (%n diwrnod ar ôl yr atgyfeiriad)</numerusform>
        </translation>
    </message>
    <message>
        <source>{date} by {source} ({referrer})</source>
        <translation>{date} gan {source} ({referrer})</translation>
    </message>
    <message>
        <source>{date} by {source}</source>
        <translation>{date} gan {source}</translation>
    </message>
    <message>
        <source>MISSING: record the initial assessment with scores</source>
        <translation>AR GOLL: cofnodwch yr asesiad cychwynnol gyda sgoriau</translation>
    </message>
    <message>
        <source>{date}: {reason} (planned)</source>
        <translation>{date}: {reason} (wedi&apos;i gynllunio)</translation>
    </message>
    <message>
        <source>{date}: {reason} (unplanned)</source>
        <translation>{date}: {reason} (heb ei gynllunio)</translation>
    </message>
    <message>
        <source>{date}: {reason}</source>
        <translation>{date}: {reason}</translation>
    </message>
    <message>
        <source>Not recorded — ask the referrer</source>
        <translation>Heb ei gofnodi — gofynnwch i&apos;r atgyfeiriwr</translation>
    </message>
    <message>
        <source>{first}; failed attempts before: {failed}</source>
        <translation>{first}; ymdrechion aflwyddiannus cyn hynny: {failed}</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Llinell sylfaen</translation>
    </message>
    <message>
        <source>recorded</source>
        <comment>baseline</comment>
        <translation>wedi&apos;i chofnodi</translation>
    </message>
    <message>
        <source>Next review</source>
        <translation>Adolygiad nesaf</translation>
    </message>
    <message>
        <source>CAF/TAF</source>
        <translation>CAF/TAF</translation>
    </message>
    <message>
        <source>{people} ({supported} supported directly)</source>
        <translation>{people} ({supported} yn cael cymorth yn uniongyrchol)</translation>
    </message>
    <message>
        <source>{successful} successful, {failed} failed</source>
        <translation>{successful} yn llwyddiannus, {failed} yn aflwyddiannus</translation>
    </message>
    <message>
        <source>{scores}, {needs}</source>
        <translation>{scores}, {needs}</translation>
    </message>
    <message numerus="yes">
        <source>%n score|%n scores</source>
        <translation>
            <numerusform>Dim sgoriau</numerusform>
            <numerusform>%n sgôr</numerusform>
            <numerusform>%n sgôr</numerusform>
            <numerusform>%n sgôr</numerusform>
            <numerusform>%n sgôr</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n need|%n needs</source>
        <translation>
            <numerusform>Dim anghenion</numerusform>
            <numerusform>%n angen</numerusform>
            <numerusform>%n angen</numerusform>
            <numerusform>%n angen</numerusform>
            <numerusform>%n angen</numerusform>
        </translation>
    </message>
    <message>
        <source>{counted}; not scored: {unscored}</source>
        <translation>{counted}; heb eu sgorio: {unscored}</translation>
    </message>
    <message>
        <source>{nature}, {term} term</source>
        <translation>{nature}, tymor {term}</translation>
    </message>
    <message>
        <source>Mean outcome score per group at each assessment (1 = greatest need, 5 = no concern)</source>
        <translation>Sgôr gymedrig y canlyniadau fesul grŵp ym mhob asesiad (1 = yr angen mwyaf, 5 = dim pryder)</translation>
    </message>
    <message>
        <source>no scores yet</source>
        <translation>dim sgoriau eto</translation>
    </message>
    <message>
        <source>not set</source>
        <comment>lead professional</comment>
        <translation>heb ei bennu</translation>
    </message>
    <message>
        <source>Lead professional: {lead} · CAF/TAF in place</source>
        <translation>Gweithiwr proffesiynol arweiniol: {lead} · CAF/TAF ar waith</translation>
    </message>
    <message>
        <source>Lead professional: {lead}</source>
        <translation>Gweithiwr proffesiynol arweiniol: {lead}</translation>
    </message>
    <message>
        <source>OVERDUE</source>
        <translation>YN HWYR</translation>
    </message>
    <message>
        <source>Saved, with warnings</source>
        <translation>Wedi&apos;i gadw, gyda rhybuddion</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Cyswllt</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Agor…</translation>
    </message>
    <message>
        <source>Add a goal first; tasks belong to goals.</source>
        <translation>Ychwanegwch nod yn gyntaf; mae tasgau&apos;n perthyn i nodau.</translation>
    </message>
    <message>
        <source>This family has no visits yet.</source>
        <translation>Does gan y teulu hwn ddim ymweliadau eto.</translation>
    </message>
    <message>
        <source>Choose a visit in the family&apos;s Visits list first.</source>
        <translation>Dewiswch ymweliad yn rhestr Ymweliadau&apos;r teulu yn gyntaf.</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Sgôr</translation>
    </message>
    <message>
        <source>Need</source>
        <translation>Angen</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Nod</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Tasg</translation>
    </message>
    <message>
        <source>Application step</source>
        <translation>Cam cais</translation>
    </message>
    <message>
        <source>Visit booking</source>
        <translation>Archeb ymweliad</translation>
    </message>
    <message>
        <source>Visitor on a booking</source>
        <translation>Ymwelydd ar archeb</translation>
    </message>
    <message>
        <source>Flag on a booking</source>
        <translation>Rhybudd ar archeb</translation>
    </message>
    <message>
        <source>Family day place</source>
        <translation>Lle ar ddiwrnod teulu</translation>
    </message>
    <message>
        <source>Family day attendee</source>
        <translation>Mynychwr diwrnod teulu</translation>
    </message>
    <message>
        <source>Blocked date</source>
        <translation>Dyddiad wedi&apos;i rwystro</translation>
    </message>
    <message>
        <source>Visit session</source>
        <translation>Sesiwn ymweld</translation>
    </message>
    <message>
        <source>Two people marked as different</source>
        <translation>Dau berson wedi&apos;u marcio&apos;n wahanol</translation>
    </message>
    <message>
        <source>Quality self-assessment</source>
        <translation>Hunanasesiad ansawdd</translation>
    </message>
    <message>
        <source>Supervision note</source>
        <translation>Nodyn goruchwylio</translation>
    </message>
    <message>
        <source>Work plan item</source>
        <translation>Eitem yn y cynllun gwaith</translation>
    </message>
    <message>
        <source>Paired desk</source>
        <translation>Desg wedi&apos;i pharu</translation>
    </message>
    <message>
        <source>Worker summary</source>
        <translation>Crynodeb gweithiwr</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Crëwyd</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Dilëwyd</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Enw cyntaf</translation>
    </message>
    <message>
        <source>Sent by</source>
        <translation>Anfonwyd gan</translation>
    </message>
    <message>
        <source>Language for letters</source>
        <translation>Iaith ar gyfer llythyrau</translation>
    </message>
    <message>
        <source>Language note</source>
        <translation>Nodyn iaith</translation>
    </message>
    <message>
        <source>Family day visitor</source>
        <translation>Ymwelydd diwrnod teulu</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Cais</translation>
    </message>
    <message>
        <source>Prisoner released</source>
        <translation>Carcharor wedi&apos;i ryddhau</translation>
    </message>
    <message>
        <source>Date blocked</source>
        <translation>Dyddiad wedi&apos;i rwystro</translation>
    </message>
    <message>
        <source>Session cancelled</source>
        <translation>Sesiwn wedi&apos;i chanslo</translation>
    </message>
    <message>
        <source>Visitor banned</source>
        <translation>Ymwelydd wedi&apos;i wahardd</translation>
    </message>
    <message>
        <source>Approval withdrawn</source>
        <translation>Cymeradwyaeth wedi&apos;i thynnu&apos;n ôl</translation>
    </message>
    <message>
        <source>Restriction</source>
        <translation>Cyfyngiad</translation>
    </message>
    <message>
        <source>Rules no longer met</source>
        <translation>Nid yw&apos;r rheolau&apos;n cael eu bodloni mwyach</translation>
    </message>
    <message>
        <source>Establishment: session cancelled</source>
        <translation>Sefydliad: sesiwn wedi&apos;i chanslo</translation>
    </message>
    <message>
        <source>Visitor no longer allowed</source>
        <translation>Nid yw&apos;r ymwelydd yn cael ymweld mwyach</translation>
    </message>
    <message>
        <source>Moved to another session</source>
        <translation>Wedi&apos;i symud i sesiwn arall</translation>
    </message>
    <message>
        <source>{prisoner} is to be released on {expected_release}, on or before {on}.</source>
        <translation>Disgwylir rhyddhau {prisoner} ar {expected_release}, ar {on} neu cyn hynny.</translation>
    </message>
    <message>
        <source>{prisoner} has been transferred to {where}.</source>
        <translation>Trosglwyddwyd {prisoner} i {where}.</translation>
    </message>
    <message>
        <source>The session no longer runs on {on}.</source>
        <translation>Nid yw&apos;r sesiwn yn cael ei chynnal ar {on} mwyach.</translation>
    </message>
    <message>
        <source>Visits on {on} are cancelled: {blocked_why}</source>
        <translation>Mae ymweliadau ar {on} wedi&apos;u canslo: {blocked_why}</translation>
    </message>
    <message>
        <source>There is no such visiting session on {on}.</source>
        <translation>Does dim sesiwn ymweld o&apos;r fath ar {on}.</translation>
    </message>
    <message>
        <source>{names}: closed visits only, so this must now be a closed visit.</source>
        <translation>{names}: ymweliadau caeedig yn unig, felly rhaid i hwn fod yn ymweliad caeedig nawr.</translation>
    </message>
    <message>
        <source>Cleared by itself: the booking passes its rules again.</source>
        <translation>Wedi&apos;i glirio ohono&apos;i hun: mae&apos;r archeb yn bodloni ei rheolau eto.</translation>
    </message>
    <message>
        <source>The booking was cancelled.</source>
        <translation>Cafodd yr archeb ei chanslo.</translation>
    </message>
    <message>
        <source>No such prisoner.</source>
        <translation>Does dim carcharor o&apos;r fath.</translation>
    </message>
    <message>
        <source>{prisoner} is not recorded as a prisoner.</source>
        <translation>Does dim cofnod o {prisoner} fel carcharor.</translation>
    </message>
    <message>
        <source>date of the transfer</source>
        <translation>dyddiad y trosglwyddiad</translation>
    </message>
    <message>
        <source>Say which establishment the prisoner has moved to.</source>
        <translation>Nodwch i ba sefydliad y mae&apos;r carcharor wedi symud.</translation>
    </message>
    <message>
        <source>The establishment&apos;s name is too long (120 characters at most).</source>
        <translation>Mae enw&apos;r sefydliad yn rhy hir (120 nod ar y mwyaf).</translation>
    </message>
    <message>
        <source>{prisoner} is already recorded at {establishment}.</source>
        <translation>Mae cofnod eisoes fod {prisoner} yn {establishment}.</translation>
    </message>
    <message>
        <source>Record a transfer on the day it happens, not before.</source>
        <translation>Cofnodwch drosglwyddiad ar y diwrnod y mae&apos;n digwydd, nid cyn hynny.</translation>
    </message>
    <message>
        <source>an establishment not recorded</source>
        <translation>sefydliad heb ei gofnodi</translation>
    </message>
    <message>
        <source>{on}: moved from {was} to {establishment}</source>
        <translation>{on}: symudwyd o {was} i {establishment}</translation>
    </message>
    <message>
        <source>release date</source>
        <translation>dyddiad rhyddhau</translation>
    </message>
    <message>
        <source>No such flag.</source>
        <translation>Does dim rhybudd o&apos;r fath.</translation>
    </message>
    <message>
        <source>Flag {ref} is already {state}.</source>
        <translation>Mae gan rybudd {ref} y statws {state} yn barod.</translation>
    </message>
    <message>
        <source>Cancelled; the visiting order is given back.</source>
        <translation>Wedi&apos;i chanslo; rhoddir y gorchymyn ymweld yn ôl.</translation>
    </message>
    <message>
        <source>Cancelled; the visiting order is not given back.</source>
        <translation>Wedi&apos;i chanslo; ni roddir y gorchymyn ymweld yn ôl.</translation>
    </message>
    <message>
        <source>The family-day place is declined.</source>
        <translation>Mae&apos;r lle ar y diwrnod teulu wedi&apos;i wrthod.</translation>
    </message>
    <message>
        <source>A family-day place cannot be moved; decline it or keep it.</source>
        <translation>Ni ellir symud lle ar ddiwrnod teulu; gwrthodwch ef neu cadwch ef.</translation>
    </message>
    <message>
        <source>Moved to {ref} on {on}.</source>
        <translation>Symudwyd i {ref} ar {on}.</translation>
    </message>
    <message>
        <source>Say why the booking is kept as it is.</source>
        <translation>Nodwch pam mae&apos;r archeb yn cael ei chadw fel y mae.</translation>
    </message>
    <message>
        <source>This flag is no longer open.</source>
        <translation>Nid yw&apos;r rhybudd hwn ar agor mwyach.</translation>
    </message>
    <message>
        <source>Sync sends your changes to a paired desk: cases to another worker&apos;s desk, visits and families to the visitor centre. Your supervisor gets a summary instead.</source>
        <translation>Mae cysoni yn anfon eich newidiadau i ddesg wedi&apos;i pharu: achosion i ddesg gweithiwr arall, ymweliadau a theuluoedd i&apos;r ganolfan ymwelwyr. Mae eich goruchwyliwr yn cael crynodeb yn lle hynny.</translation>
    </message>
    <message>
        <source>Sync sends the visits, bookings, visitors and family days recorded here to the family support workers&apos; desks, and brings back the families and visits they share with you.</source>
        <translation>Mae cysoni yn anfon yr ymweliadau, yr archebion, yr ymwelwyr a&apos;r diwrnodau teulu a gofnodwyd yma i ddesgiau&apos;r gweithwyr cymorth i deuluoedd, ac yn dod â&apos;r teuluoedd a&apos;r ymweliadau maen nhw&apos;n eu rhannu â chi yn ôl.</translation>
    </message>
    <message>
        <source>Workers send this desk their summaries: import them here or with “Import summaries…” on the Team page.</source>
        <translation>Mae gweithwyr yn anfon eu crynodebau i&apos;r ddesg hon: mewnforiwch nhw yma neu gyda “Mewnforio crynodebau…” ar y dudalen Tîm.</translation>
    </message>
    <message>
        <source>Pair with a desk first. Ask the other desk for its identity file (its Sync page, “Export my identity…”), then choose “Pair with a desk…” here (Alt+P), pick that file and compare the fingerprint with the other desk.</source>
        <translation>Parwch â desg yn gyntaf. Gofynnwch i&apos;r ddesg arall am ei ffeil hunaniaeth (ei thudalen Cysoni, “Allforio fy hunaniaeth…”), yna dewiswch “Paru â desg…” yma (Alt+P), dewiswch y ffeil honno a chymharwch yr ôl bys â&apos;r ddesg arall.</translation>
    </message>
    <message>
        <source>changes</source>
        <translation>newidiadau</translation>
    </message>
    <message>
        <source>added</source>
        <translation>wedi&apos;u hychwanegu</translation>
    </message>
    <message>
        <source>updated</source>
        <translation>wedi&apos;u diweddaru</translation>
    </message>
    <message>
        <source>conflicts</source>
        <translation>gwrthdaro</translation>
    </message>
    <message>
        <source>cases</source>
        <translation>achosion</translation>
    </message>
    <message>
        <source>{desk} is a supervisor&apos;s desk: it takes summaries, not sync or handover bundles. Choose “Summary for my supervisor” as the kind.</source>
        <translation>Desg goruchwyliwr yw {desk}: mae&apos;n derbyn crynodebau, nid bwndeli cysoni na throsglwyddo. Dewiswch “Crynodeb i&apos;m goruchwyliwr” fel y math.</translation>
    </message>
    <message>
        <source>{desk} is not a supervisor&apos;s desk: summaries go only to your supervisor.</source>
        <translation>Nid desg goruchwyliwr yw {desk}: dim ond at eich goruchwyliwr y mae crynodebau&apos;n mynd.</translation>
    </message>
    <message>
        <source>{desk} is not a family support worker&apos;s desk: a case is handed over only to a worker.</source>
        <translation>Nid desg gweithiwr cymorth i deuluoedd yw {desk}: dim ond i weithiwr y caiff achos ei drosglwyddo.</translation>
    </message>
    <message>
        <source>Pair with a desk</source>
        <translation>Paru â desg</translation>
    </message>
    <message>
        <source>Ask the other desk to read out its fingerprint (Sync page) and compare every group:</source>
        <translation>Gofynnwch i&apos;r ddesg arall ddarllen ei hôl bys yn uchel (tudalen Cysoni) a chymharwch bob grŵp:</translation>
    </message>
    <message>
        <source>Fingerprint {groups}</source>
        <translation>Ôl bys {groups}</translation>
    </message>
    <message>
        <source>Name for this desk</source>
        <translation>Enw ar gyfer y ddesg hon</translation>
    </message>
    <message>
        <source>Call it:</source>
        <translation>Ei galw&apos;n:</translation>
    </message>
    <message>
        <source>The other desk read out exactly these numbers</source>
        <translation>Darllenodd y ddesg arall yr union rifau hyn</translation>
    </message>
    <message>
        <source>Fingerprints match</source>
        <translation>Mae&apos;r olion bysedd yn cyfateb</translation>
    </message>
    <message>
        <source>Pair</source>
        <translation>Paru</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Cysoni</translation>
    </message>
    <message>
        <source>This desk</source>
        <translation>Y ddesg hon</translation>
    </message>
    <message>
        <source>This desk&apos;s fingerprint {fingerprint}</source>
        <translation>Ôl bys y ddesg hon {fingerprint}</translation>
    </message>
    <message>
        <source>Export my &amp;identity…</source>
        <translation>Allforio fy &amp;hunaniaeth…</translation>
    </message>
    <message>
        <source>Export my identity</source>
        <translation>Allforio fy hunaniaeth</translation>
    </message>
    <message>
        <source>Paired desks</source>
        <translation>Desgiau wedi&apos;u paru</translation>
    </message>
    <message>
        <source>No desks paired yet. Pair with a desk (Alt+P) from its identity file.</source>
        <translation>Does dim desgiau wedi&apos;u paru eto. Parwch â desg (Alt+P) o&apos;i ffeil hunaniaeth.</translation>
    </message>
    <message>
        <source>&amp;Pair with a desk…</source>
        <translation>&amp;Paru â desg…</translation>
    </message>
    <message>
        <source>Re&amp;name…</source>
        <translation>&amp;Ailenwi…</translation>
    </message>
    <message>
        <source>Re&amp;voke</source>
        <translation>Di&amp;rymu</translation>
    </message>
    <message>
        <source>Bundles</source>
        <translation>Bwndeli</translation>
    </message>
    <message>
        <source>Export to desk</source>
        <translation>Allforio i ddesg</translation>
    </message>
    <message>
        <source>Sync: changes since the last bundle</source>
        <translation>Cysoni: newidiadau ers y bwndel diwethaf</translation>
    </message>
    <message>
        <source>Handover: one case, whole</source>
        <translation>Trosglwyddo: un achos, yn gyfan</translation>
    </message>
    <message>
        <source>Summary for my supervisor</source>
        <translation>Crynodeb i&apos;m goruchwyliwr</translation>
    </message>
    <message>
        <source>Bundle kind</source>
        <translation>Math o fwndel</translation>
    </message>
    <message>
        <source>Include &amp;names for supervision</source>
        <translation>Cynnwys &amp;enwau ar gyfer goruchwyliaeth</translation>
    </message>
    <message>
        <source>Include names for supervision</source>
        <translation>Cynnwys enwau ar gyfer goruchwyliaeth</translation>
    </message>
    <message>
        <source>Summaries carry no names unless you tick this; it is recorded. People who must not be disclosed are never included.</source>
        <translation>Nid yw crynodebau&apos;n cynnwys enwau oni bai eich bod yn ticio hwn; caiff hynny ei gofnodi. Ni chaiff pobl na ddylid eu datgelu byth eu cynnwys.</translation>
    </message>
    <message>
        <source>Case reference, e.g. C-7K3QM</source>
        <translation>Cyfeirnod yr achos, e.e. C-7K3QM</translation>
    </message>
    <message>
        <source>Case to hand over</source>
        <translation>Achos i&apos;w drosglwyddo</translation>
    </message>
    <message>
        <source>Only since</source>
        <translation>Dim ond ers</translation>
    </message>
    <message>
        <source>Only what changed since a date</source>
        <translation>Dim ond yr hyn a newidiodd ers dyddiad</translation>
    </message>
    <message>
        <source>Everything since date</source>
        <translation>Popeth ers y dyddiad</translation>
    </message>
    <message>
        <source>&amp;Export bundle…</source>
        <translation>Allforio &amp;bwndel…</translation>
    </message>
    <message>
        <source>Export bundle</source>
        <translation>Allforio bwndel</translation>
    </message>
    <message>
        <source>I&amp;mport bundle…</source>
        <translation>&amp;Mewnforio bwndel…</translation>
    </message>
    <message>
        <source>Import bundle</source>
        <translation>Mewnforio bwndel</translation>
    </message>
    <message>
        <source>To</source>
        <translation>At</translation>
    </message>
    <message>
        <source>A supervisor&apos;s desk sends no bundles: workers send it their summaries.</source>
        <translation>Nid yw desg goruchwyliwr yn anfon bwndeli: mae gweithwyr yn anfon eu crynodebau ati.</translation>
    </message>
    <message>
        <source>Summaries are received, not sent</source>
        <translation>Caiff crynodebau eu derbyn, nid eu hanfon</translation>
    </message>
    <message>
        <source>Or drop a bundle file anywhere on this page.</source>
        <translation>Neu gollyngwch ffeil bwndel unrhyw le ar y dudalen hon.</translation>
    </message>
    <message>
        <source>Conflicts to review</source>
        <translation>Gwrthdaro i&apos;w adolygu</translation>
    </message>
    <message>
        <source>The same field was changed on two desks before they synced. Every desk shows the same standing value; confirm it or choose. Your choice travels with the next sync.</source>
        <translation>Cafodd yr un maes ei newid ar ddwy ddesg cyn iddynt gysoni. Mae pob desg yn dangos yr un gwerth presennol; cadarnhewch ef neu dewiswch. Bydd eich dewis yn mynd gyda&apos;r cysoni nesaf.</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Gwrthdaro</translation>
    </message>
    <message>
        <source>No conflicts to review.</source>
        <translation>Does dim gwrthdaro i&apos;w adolygu.</translation>
    </message>
    <message>
        <source>Keep &amp;mine</source>
        <translation>Cadw &amp;fy un i</translation>
    </message>
    <message>
        <source>Take &amp;theirs</source>
        <translation>&amp;Derbyn eu hun nhw</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Golygu…</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Hanes</translation>
    </message>
    <message>
        <source>Bundle history</source>
        <translation>Hanes bwndeli</translation>
    </message>
    <message>
        <source>No bundles made or imported yet.</source>
        <translation>Does dim bwndeli wedi&apos;u creu na&apos;u mewnforio eto.</translation>
    </message>
    <message>
        <source>FSW Desk identity</source>
        <translation>Hunaniaeth FSW Desk</translation>
    </message>
    <message>
        <source>Identity exported: give the file to the other desk. It holds public keys only.</source>
        <translation>Hunaniaeth wedi&apos;i hallforio: rhowch y ffeil i&apos;r ddesg arall. Dim ond allweddi cyhoeddus sydd ynddi.</translation>
    </message>
    <message>
        <source>Pair with a desk: the other desk&apos;s identity file</source>
        <translation>Paru â desg: ffeil hunaniaeth y ddesg arall</translation>
    </message>
    <message>
        <source>Rename desk</source>
        <translation>Ailenwi&apos;r ddesg</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>Enw newydd:</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>Dirymu</translation>
    </message>
    <message>
        <source>Stop trusting {desk}? Its bundles will be refused.</source>
        <translation>Peidio ag ymddiried yn {desk} mwyach? Caiff ei bwndeli eu gwrthod.</translation>
    </message>
    <message>
        <source>FSW Desk bundle</source>
        <translation>Bwndel FSW Desk</translation>
    </message>
    <message>
        <source>Exporting summary</source>
        <translation>Wrthi&apos;n allforio&apos;r crynodeb</translation>
    </message>
    <message>
        <source>Exporting bundle</source>
        <translation>Wrthi&apos;n allforio&apos;r bwndel</translation>
    </message>
    <message>
        <source>Summary of {cases} cases, {bytes} bytes, encrypted for {desk}.</source>
        <translation>Crynodeb o {cases} achos, {bytes} beit, wedi&apos;i amgryptio ar gyfer {desk}.</translation>
    </message>
    <message>
        <source>Names were included, as you chose; this is recorded.</source>
        <translation>Cafodd enwau eu cynnwys, fel y dewisoch chi; caiff hyn ei gofnodi.</translation>
    </message>
    <message>
        <source>No names, addresses or notes are in it.</source>
        <translation>Does dim enwau, cyfeiriadau na nodiadau ynddo.</translation>
    </message>
    <message>
        <source>Summary exported</source>
        <translation>Crynodeb wedi&apos;i allforio</translation>
    </message>
    <message>
        <source>Bundle exported</source>
        <translation>Bwndel wedi&apos;i allforio</translation>
    </message>
    <message>
        <source>{changes} changes, {bytes} bytes, encrypted for the chosen desk.</source>
        <translation>{changes} newid, {bytes} beit, wedi&apos;u hamgryptio ar gyfer y ddesg a ddewiswyd.</translation>
    </message>
    <message>
        <source>Importing summary</source>
        <translation>Wrthi&apos;n mewnforio&apos;r crynodeb</translation>
    </message>
    <message>
        <source>Importing bundle</source>
        <translation>Wrthi&apos;n mewnforio&apos;r bwndel</translation>
    </message>
    <message>
        <source>Summary imported</source>
        <translation>Crynodeb wedi&apos;i fewnforio</translation>
    </message>
    <message>
        <source>Imported: see the Team page.</source>
        <translation>Wedi&apos;i fewnforio: gweler y dudalen Tîm.</translation>
    </message>
    <message>
        <source>This summary was imported before. Nothing changed.</source>
        <translation>Cafodd y crynodeb hwn ei fewnforio o&apos;r blaen. Ni newidiwyd dim.</translation>
    </message>
    <message>
        <source>This bundle was imported before. Nothing changed.</source>
        <translation>Cafodd y bwndel hwn ei fewnforio o&apos;r blaen. Ni newidiwyd dim.</translation>
    </message>
    <message>
        <source>From {desk}: {added} added, {updated} updated, {conflicts} new conflicts to review.</source>
        <translation>O {desk}: {added} wedi&apos;u hychwanegu, {updated} wedi&apos;u diweddaru, {conflicts} gwrthdaro newydd i&apos;w adolygu.</translation>
    </message>
    <message>
        <source>Bundle imported</source>
        <translation>Bwndel wedi&apos;i fewnforio</translation>
    </message>
    <message>
        <source>among the people from {desk}</source>
        <translation>ymhlith y bobl o {desk}</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Golygu</translation>
    </message>
    <message>
        <source>Value for {field}:</source>
        <translation>Gwerth ar gyfer {field}:</translation>
    </message>
    <message>
        <source>Subject access and erasure</source>
        <translation>Mynediad at ddata a dileu</translation>
    </message>
    <message>
        <source>Name, reference or prison number</source>
        <translation>Enw, cyfeirnod neu rif carchar</translation>
    </message>
    <message>
        <source>Find a person</source>
        <translation>Dod o hyd i berson</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Canfod</translation>
    </message>
    <message>
        <source>People found</source>
        <translation>Pobl a ganfuwyd</translation>
    </message>
    <message>
        <source>Search by name or prison number.</source>
        <translation>Chwiliwch yn ôl enw neu rif carchar.</translation>
    </message>
    <message>
        <source>&amp;Export PDF…</source>
        <translation>&amp;Allforio PDF…</translation>
    </message>
    <message>
        <source>Export everything held about the person as PDF</source>
        <translation>Allforio popeth a gedwir am y person fel PDF</translation>
    </message>
    <message>
        <source>E&amp;rase person…</source>
        <translation>&amp;Dileu&apos;r person…</translation>
    </message>
    <message>
        <source>Erase the person</source>
        <translation>Dileu&apos;r person</translation>
    </message>
    <message>
        <source>The export leaves out other people: family members, visitors and prisoners are third parties, and a do-not-disclose family member never appears in a prisoner&apos;s export. Erasure blanks the person everywhere, on paired desks too at the next sync.</source>
        <translation>Mae&apos;r allforio yn gadael pobl eraill allan: mae aelodau o&apos;r teulu, ymwelwyr a charcharorion yn drydydd partïon, ac ni fydd aelod o&apos;r teulu sydd wedi&apos;i nodi fel &apos;peidio â datgelu&apos; byth yn ymddangos yn allforiad carcharor. Mae dileu yn clirio&apos;r person ym mhobman, ac ar ddesgiau wedi&apos;u paru hefyd wrth gysoni nesaf.</translation>
    </message>
    <message>
        <source>Subject access</source>
        <translation>Mynediad at ddata</translation>
    </message>
    <message>
        <source>Choose the person first.</source>
        <translation>Dewiswch y person yn gyntaf.</translation>
    </message>
    <message>
        <source>Save subject access export</source>
        <translation>Cadw allforiad y cais am fynediad at ddata</translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation>Wedi cadw {path}</translation>
    </message>
    <message>
        <source>Erase person</source>
        <translation>Dileu&apos;r person</translation>
    </message>
    <message>
        <source>Erase now? This cannot be undone.</source>
        <translation>Dileu nawr? Ni ellir dadwneud hyn.</translation>
    </message>
    <message>
        <source>Erasing</source>
        <translation>Wrthi&apos;n dileu</translation>
    </message>
    <message>
        <source>Erasure refused</source>
        <translation>Gwrthodwyd y dileu</translation>
    </message>
    <message>
        <source>Why the person cannot be erased</source>
        <translation>Pam na ellir dileu&apos;r person</translation>
    </message>
    <message>
        <source>{ref} cannot be erased:</source>
        <translation>Ni ellir dileu {ref}:</translation>
    </message>
    <message>
        <source>Visit {ref}</source>
        <translation>Ymweliad {ref}</translation>
    </message>
    <message>
        <source>{visit} on {date}, {starts}–{ends}</source>
        <translation>{visit} ar {date}, {starts}–{ends}</translation>
    </message>
    <message>
        <source>{visit} on {date}</source>
        <translation>{visit} ar {date}</translation>
    </message>
    <message>
        <source>{who} · visit {status}</source>
        <translation>{who} · ymweliad: {status}</translation>
    </message>
    <message>
        <source>Travel claim for {ref}</source>
        <translation>Hawliad costau teithio ar gyfer {ref}</translation>
    </message>
    <message>
        <source>{status} (waiting list)</source>
        <translation>{status} (rhestr aros)</translation>
    </message>
    <message>
        <source>{status} · overbooked</source>
        <translation>{status} · wedi&apos;i orarchebu</translation>
    </message>
    <message numerus="yes">
        <source>%n visitor, lead visitor {lead}|%n visitors, lead visitor {lead}</source>
        <translation>
            <numerusform>%n ymwelydd, prif ymwelydd {lead}</numerusform>
            <numerusform>%n ymwelydd, prif ymwelydd {lead}</numerusform>
            <numerusform>%n ymwelydd, prif ymwelydd {lead}</numerusform>
            <numerusform>%n ymwelydd, prif ymwelydd {lead}</numerusform>
            <numerusform>%n ymwelydd, prif ymwelydd {lead}</numerusform>
        </translation>
    </message>
    <message>
        <source>First visit</source>
        <translation>Ymweliad cyntaf</translation>
    </message>
    <message>
        <source>FIRST VISIT</source>
        <translation>YMWELIAD CYNTAF</translation>
    </message>
    <message>
        <source>Ref</source>
        <translation>Cyfeirnod</translation>
    </message>
    <message>
        <source>Monday</source>
        <translation>Dydd Llun</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>Dydd Mawrth</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>Dydd Mercher</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>Dydd Iau</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>Dydd Gwener</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>Dydd Sadwrn</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>Dydd Sul</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Ymweliadau</translation>
    </message>
    <message>
        <source>◀ &amp;Previous week</source>
        <translation>◀ Yr wythnos &amp;flaenorol</translation>
    </message>
    <message>
        <source>&amp;This week</source>
        <translation>Yr wythnos &amp;hon</translation>
    </message>
    <message>
        <source>Next &amp;week ▶</source>
        <translation>Yr wythnos &amp;nesaf ▶</translation>
    </message>
    <message>
        <source>&amp;Book a visit…</source>
        <translation>&amp;Archebu ymweliad…</translation>
    </message>
    <message>
        <source>New session &amp;template…</source>
        <translation>&amp;Templed sesiwn newydd…</translation>
    </message>
    <message>
        <source>E&amp;xtra session…</source>
        <translation>Sesiwn &amp;ychwanegol…</translation>
    </message>
    <message>
        <source>B&amp;lock date…</source>
        <translation>&amp;Blocio dyddiad…</translation>
    </message>
    <message>
        <source>&amp;Rules…</source>
        <translation>&amp;Rheolau…</translation>
    </message>
    <message>
        <source>Week of visit sessions</source>
        <translation>Wythnos o sesiynau ymweld</translation>
    </message>
    <message>
        <source>Choose a session to see its bookings.</source>
        <translation>Dewiswch sesiwn i weld ei harchebion.</translation>
    </message>
    <message>
        <source>Flag</source>
        <translation>Rhybudd</translation>
    </message>
    <message>
        <source>Travel claim</source>
        <translation>Hawliad teithio</translation>
    </message>
    <message>
        <source>Bookings in the session</source>
        <translation>Archebion yn y sesiwn</translation>
    </message>
    <message>
        <source>Choose a session in the week above to see its bookings.</source>
        <translation>Dewiswch sesiwn yn yr wythnos uchod i weld ei harchebion.</translation>
    </message>
    <message>
        <source>Change &amp;status…</source>
        <translation>Newid y &amp;statws…</translation>
    </message>
    <message>
        <source>Record &amp;outcome…</source>
        <translation>Cofnodi &amp;canlyniad…</translation>
    </message>
    <message>
        <source>Record outcomes for the se&amp;ssion…</source>
        <translation>Cofnodi canlyniadau&apos;r s&amp;esiwn…</translation>
    </message>
    <message>
        <source>&amp;Visitor: ban or closed visits…</source>
        <translation>Ymwelydd: &amp;gwahardd neu ymweliadau caeedig…</translation>
    </message>
    <message>
        <source>Travel &amp;claim…</source>
        <translation>Hawliad c&amp;ostau teithio…</translation>
    </message>
    <message>
        <source>L&amp;etter…</source>
        <translation>&amp;Llythyr…</translation>
    </message>
    <message>
        <source>Mark the selected visit&apos;s travel claim made or not claiming</source>
        <translation>Marcio hawliad costau teithio&apos;r ymweliad a ddewiswyd fel wedi&apos;i wneud neu ddim yn hawlio</translation>
    </message>
    <message>
        <source>Open flags</source>
        <translation>Rhybuddion agored</translation>
    </message>
    <message numerus="yes">
        <source>⚑ %n open flag|⚑ %n open flags</source>
        <translation>
            <numerusform>⚑ Dim rhybuddion agored</numerusform>
            <numerusform>⚑ %n rhybudd agored</numerusform>
            <numerusform>⚑ %n rhybudd agored</numerusform>
            <numerusform>⚑ %n rhybudd agored</numerusform>
            <numerusform>⚑ %n rhybudd agored</numerusform>
        </translation>
    </message>
    <message>
        <source>Fl&amp;agged bookings</source>
        <translation>Archebion â rhyb&amp;udd</translation>
    </message>
    <message>
        <source>Resolve fla&amp;g…</source>
        <translation>&amp;Datrys y rhybudd…</translation>
    </message>
    <message>
        <source>Prisoner &amp;moved or released…</source>
        <translation>Carcharor wedi sy&amp;mud neu wedi&apos;i ryddhau…</translation>
    </message>
    <message>
        <source>Flagged: {cause}. {reason}</source>
        <translation>Rhybudd: {cause}. {reason}</translation>
    </message>
    <message>
        <source>No booking is flagged.</source>
        <translation>Does dim rhybudd ar unrhyw archeb.</translation>
    </message>
    <message>
        <source>Flagged bookings: {count}. Choose one and Resolve flag.</source>
        <translation>Archebion â rhybudd: {count}. Dewiswch un a Datrys y rhybudd.</translation>
    </message>
    <message>
        <source>Resolve flag</source>
        <translation>Datrys y rhybudd</translation>
    </message>
    <message>
        <source>Choose a flagged booking first (Flagged bookings lists them).</source>
        <translation>Dewiswch archeb â rhybudd yn gyntaf (mae Archebion â rhybudd yn eu rhestru).</translation>
    </message>
    <message>
        <source>Prisoner moved or released</source>
        <translation>Carcharor wedi symud neu wedi&apos;i ryddhau</translation>
    </message>
    <message>
        <source>Choose a booking; its prisoner is used.</source>
        <translation>Dewiswch archeb; caiff ei charcharor ei ddefnyddio.</translation>
    </message>
    <message>
        <source>{name}: moved or released</source>
        <translation>{name}: wedi symud neu wedi&apos;i ryddhau</translation>
    </message>
    <message>
        <source>&amp;What</source>
        <translation>&amp;Beth</translation>
    </message>
    <message>
        <source>Transferred to another establishment</source>
        <translation>Wedi&apos;i drosglwyddo i sefydliad arall</translation>
    </message>
    <message>
        <source>Release date</source>
        <translation>Dyddiad rhyddhau</translation>
    </message>
    <message>
        <source>New &amp;establishment (for a transfer)</source>
        <translation>&amp;Sefydliad newydd (ar gyfer trosglwyddo)</translation>
    </message>
    <message>
        <source>Every future visit and family-day place of this prisoner is checked again; any that no longer pass are flagged.</source>
        <translation>Caiff pob ymweliad a phob lle ar ddiwrnod teulu sydd gan y carcharor hwn yn y dyfodol eu gwirio eto; bydd rhybudd ar unrhyw rai nad ydynt yn pasio mwyach.</translation>
    </message>
    <message>
        <source>No open flags</source>
        <translation>Dim rhybuddion agored</translation>
    </message>
    <message>
        <source>Week of {monday} – {sunday}</source>
        <translation>Wythnos {monday} – {sunday}</translation>
    </message>
    <message>
        <source>BLOCKED: {why}</source>
        <translation>WEDI&apos;I FLOCIO: {why}</translation>
    </message>
    <message>
        <source>Open {open_booked}/{open_places} · Closed {closed_booked}/{closed_places}</source>
        <translation>Agored {open_booked}/{open_places} · Caeedig {closed_booked}/{closed_places}</translation>
    </message>
    <message>
        <source>{count} waiting</source>
        <translation>{count} yn aros</translation>
    </message>
    <message>
        <source>No bookings in this session yet. Book a visit with Ctrl+B.</source>
        <translation>Does dim archebion yn y sesiwn hon eto. Archebwch ymweliad gyda Ctrl+B.</translation>
    </message>
    <message numerus="yes">
        <source>{date}: {count} booking(s), %n first-time family|{date}: {count} booking(s), %n first-time families</source>
        <translation>
            <numerusform>{date}: {count} archeb, dim teuluoedd yn ymweld am y tro cyntaf</numerusform>
            <numerusform>{date}: {count} archeb, %n teulu yn ymweld am y tro cyntaf</numerusform>
            <numerusform>{date}: {count} archeb, %n teulu yn ymweld am y tro cyntaf</numerusform>
            <numerusform>{date}: {count} archeb, %n teulu yn ymweld am y tro cyntaf</numerusform>
            <numerusform>{date}: {count} archeb, %n teulu yn ymweld am y tro cyntaf</numerusform>
        </translation>
    </message>
    <message>
        <source>{date}: {count} booking(s)</source>
        <translation>{date}: {count} archeb</translation>
    </message>
    <message>
        <source>Choose a booking first.</source>
        <translation>Dewiswch archeb yn gyntaf.</translation>
    </message>
    <message>
        <source>Booked: reference {ref}</source>
        <translation>Wedi archebu: cyfeirnod {ref}</translation>
    </message>
    <message>
        <source>Change status</source>
        <translation>Newid y statws</translation>
    </message>
    <message>
        <source>{ref} has an outcome ({outcome}): its status is final. Record a different outcome if that one is wrong.</source>
        <translation>Mae gan {ref} ganlyniad ({outcome}): mae ei statws yn derfynol. Cofnodwch ganlyniad gwahanol os yw&apos;r un hwnnw&apos;n anghywir.</translation>
    </message>
    <message>
        <source>{ref} is {status}: that is final.</source>
        <translation>Statws {ref} yw {status}: mae hynny&apos;n derfynol.</translation>
    </message>
    <message>
        <source>Choose the prisoner from the list as you type, or choose &quot;Not on file yet&quot; and give the name and number below.</source>
        <translation>Dewiswch y carcharor o&apos;r rhestr wrth i chi deipio, neu dewiswch &quot;Ddim ar ffeil eto&quot; a rhowch yr enw a&apos;r rhif isod.</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Daeth i law</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Dyddiad terfyn</translation>
    </message>
    <message>
        <source>Asks</source>
        <translation>Yn gofyn am</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>Llwybr</translation>
    </message>
    <message>
        <source>Acknowledge by</source>
        <translation>Cydnabod erbyn</translation>
    </message>
    <message>
        <source>Respond by</source>
        <translation>Ymateb erbyn</translation>
    </message>
    <message>
        <source>Led to</source>
        <translation>Arweiniodd at</translation>
    </message>
    <message>
        <source>From</source>
        <translation>O</translation>
    </message>
    <message>
        <source>Note (internal)</source>
        <translation>Nodyn (mewnol)</translation>
    </message>
    <message>
        <source>History of {ref}</source>
        <translation>Hanes {ref}</translation>
    </message>
    <message>
        <source>Every change of status, oldest first. Notes are internal: they never go on the slip.</source>
        <translation>Pob newid statws, yr hynaf yn gyntaf. Mae&apos;r nodiadau&apos;n fewnol: dydyn nhw byth yn mynd ar y slip.</translation>
    </message>
    <message>
        <source>Internal notes: {notes}</source>
        <translation>Nodiadau mewnol: {notes}</translation>
    </message>
    <message>
        <source>Internal notes</source>
        <translation>Nodiadau mewnol</translation>
    </message>
    <message>
        <source>No history recorded for this application.</source>
        <translation>Does dim hanes wedi&apos;i gofnodi ar gyfer y cais hwn.</translation>
    </message>
    <message>
        <source>Type part of a name or prison number</source>
        <translation>Teipiwch ran o enw neu rif carchar</translation>
    </message>
    <message>
        <source>Due filter</source>
        <translation>Hidlydd dyddiad terfyn</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Pob un</translation>
    </message>
    <message>
        <source>Overdue or due today</source>
        <translation>Yn hwyr neu&apos;n ddyledus heddiw</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Yn hwyr</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>Yn ddyledus heddiw</translation>
    </message>
    <message>
        <source>On time</source>
        <translation>Ar amser</translation>
    </message>
    <message>
        <source>Show</source>
        <comment>which applications</comment>
        <translation>Dangos</translation>
    </message>
    <message>
        <source>Search: name, number, what was asked…</source>
        <translation>Chwilio: enw, rhif, beth y gofynnwyd amdano…</translation>
    </message>
    <message>
        <source>Search applications</source>
        <translation>Chwilio ceisiadau</translation>
    </message>
    <message>
        <source>Shows the applications whose prisoner, prison number, type, route, status or reference hold every word typed</source>
        <translation>Yn dangos y ceisiadau lle mae&apos;r carcharor, y rhif carchar, y math, y llwybr, y statws neu&apos;r cyfeirnod yn cynnwys pob gair a deipiwyd</translation>
    </message>
    <message>
        <source>&amp;New application…</source>
        <translation>Cais &amp;newydd…</translation>
    </message>
    <message>
        <source>&amp;Respond…</source>
        <translation>&amp;Ymateb…</translation>
    </message>
    <message>
        <source>Print response s&amp;lip…</source>
        <translation>Argraffu s&amp;lip ymateb…</translation>
    </message>
    <message>
        <source>H&amp;istory…</source>
        <translation>&amp;Hanes…</translation>
    </message>
    <message>
        <source>Le&amp;tter…</source>
        <translation>Lly&amp;thyr…</translation>
    </message>
    <message>
        <source>One step &amp;onward</source>
        <translation>&amp;Un cam ymlaen</translation>
    </message>
    <message>
        <source>One step onward</source>
        <translation>Un cam ymlaen</translation>
    </message>
    <message>
        <source>Open a referral, book a visit or request a family-day place from this application</source>
        <translation>Agorwch atgyfeiriad, archebwch ymweliad neu gofynnwch am le ar ddiwrnod teulu o&apos;r cais hwn</translation>
    </message>
    <message>
        <source>Open a &amp;referral</source>
        <translation>Agor a&amp;tgyfeiriad</translation>
    </message>
    <message>
        <source>Request a &amp;family-day place…</source>
        <translation>Gofyn am le ar &amp;ddiwrnod teulu…</translation>
    </message>
    <message>
        <source>Fig&amp;ures…</source>
        <translation>Ffi&amp;gurau…</translation>
    </message>
    <message>
        <source>Update &amp;bank holidays…</source>
        <translation>Diweddaru gwyliau &amp;banc…</translation>
    </message>
    <message>
        <source>Bank holidays warning</source>
        <translation>Rhybudd am wyliau banc</translation>
    </message>
    <message>
        <source>No application matches &quot;{searched}&quot;. Clear the search to see them all.</source>
        <translation>Does dim cais yn cyfateb i &quot;{searched}&quot;. Cliriwch y chwiliad i&apos;w gweld i gyd.</translation>
    </message>
    <message>
        <source>No applications yet. Log one with New application (Alt+N) when it comes in.</source>
        <translation>Does dim ceisiadau eto. Cofnodwch un gyda Cais newydd (Alt+N) pan fydd yn cyrraedd.</translation>
    </message>
    <message>
        <source>Nothing to show under &quot;{shown}&quot;. Choose All to see every application.</source>
        <translation>Does dim i&apos;w ddangos o dan &quot;{shown}&quot;. Dewiswch Pob un i weld pob cais.</translation>
    </message>
    <message>
        <source>{shown} shown, {overdue} overdue</source>
        <translation>{shown} yn cael eu dangos, {overdue} yn hwyr</translation>
    </message>
    <message>
        <source>Choose an application in the list first.</source>
        <translation>Dewiswch gais yn y rhestr yn gyntaf.</translation>
    </message>
    <message>
        <source>Choose an application first.</source>
        <translation>Dewiswch gais yn gyntaf.</translation>
    </message>
    <message>
        <source>Write the reply the prisoner will read</source>
        <translation>Ysgrifennwch yr ateb y bydd y carcharor yn ei ddarllen</translation>
    </message>
    <message>
        <source>Not on file yet</source>
        <translation>Ddim ar ffeil eto</translation>
    </message>
    <message>
        <source>New application</source>
        <translation>Cais newydd</translation>
    </message>
    <message>
        <source>&amp;Received on</source>
        <translation>&amp;Daeth i law ar</translation>
    </message>
    <message>
        <source>At (HH:MM)</source>
        <translation>Am (HH:MM)</translation>
    </message>
    <message>
        <source>&amp;Route</source>
        <translation>&amp;Llwybr</translation>
    </message>
    <message>
        <source>&amp;Asks for</source>
        <translation>Yn gofyn &amp;am</translation>
    </message>
    <message>
        <source>&amp;Prisoner (type to search)</source>
        <translation>&amp;Carcharor (teipiwch i chwilio)</translation>
    </message>
    <message>
        <source>Name (if not on file)</source>
        <translation>Enw (os nad yw ar ffeil)</translation>
    </message>
    <message>
        <source>Prison number (if not on file)</source>
        <translation>Rhif carchar (os nad yw ar ffeil)</translation>
    </message>
    <message>
        <source>In the prisoner&apos;s &amp;words</source>
        <translation>Yng &amp;ngeiriau&apos;r carcharor</translation>
    </message>
    <message>
        <source>{ref} is {status}: nothing follows.</source>
        <translation>Statws {ref} yw {status}: does dim cam nesaf.</translation>
    </message>
    <message>
        <source>Now {status}.</source>
        <translation>Statws presennol: {status}.</translation>
    </message>
    <message>
        <source>To mark it responded, use Respond: it records what was done and the outcome for the slip.</source>
        <translation>I&apos;w farcio wedi&apos;i ateb, defnyddiwch Ymateb: mae&apos;n cofnodi&apos;r hyn a wnaed a&apos;r canlyniad ar gyfer y slip.</translation>
    </message>
    <message>
        <source>Change status of {ref}</source>
        <translation>Newid statws {ref}</translation>
    </message>
    <message>
        <source>&amp;New status</source>
        <translation>&amp;Statws newydd</translation>
    </message>
    <message>
        <source>&amp;Note (internal)</source>
        <translation>&amp;Nodyn (mewnol)</translation>
    </message>
    <message>
        <source>Forwarded to (department)</source>
        <translation>Wedi&apos;i anfon ymlaen at (adran)</translation>
    </message>
    <message>
        <source>{ref} stays {status}; the response goes on its slip.</source>
        <translation>Bydd {ref} yn aros yn {status}; bydd yr ymateb yn mynd ar ei slip.</translation>
    </message>
    <message>
        <source>Respond to {ref}</source>
        <translation>Ymateb i {ref}</translation>
    </message>
    <message>
        <source>What we &amp;did (the prisoner reads this)</source>
        <translation>Beth a &amp;wnaethom (mae&apos;r carcharor yn darllen hyn)</translation>
    </message>
    <message>
        <source>The &amp;outcome, in plain words</source>
        <translation>Y &amp;canlyniad, mewn geiriau plaen</translation>
    </message>
    <message>
        <source>&amp;Bad news: give it in person, privately, with support</source>
        <translation>&amp;Newyddion drwg: rhowch nhw wyneb yn wyneb, yn breifat, gyda chymorth</translation>
    </message>
    <message>
        <source>Response slip</source>
        <translation>Slip ymateb</translation>
    </message>
    <message>
        <source>Respond first: the slip says what was done.</source>
        <translation>Ymatebwch yn gyntaf: mae&apos;r slip yn dweud beth a wnaed.</translation>
    </message>
    <message>
        <source>Response slip {ref}</source>
        <translation>Slip ymateb {ref}</translation>
    </message>
    <message>
        <source>This application is already linked to a case.</source>
        <translation>Mae&apos;r cais hwn eisoes wedi&apos;i gysylltu ag achos.</translation>
    </message>
    <message>
        <source>Referral {ref} opened from application {application}</source>
        <translation>Atgyfeiriad {ref} wedi&apos;i agor o gais {application}</translation>
    </message>
    <message>
        <source>This prisoner is not on file yet: open a referral first, then add their family to the case.</source>
        <translation>Dydy&apos;r carcharor hwn ddim ar ffeil eto: agorwch atgyfeiriad yn gyntaf, yna ychwanegwch ei deulu at yr achos.</translation>
    </message>
    <message>
        <source>Family-day place</source>
        <translation>Lle ar ddiwrnod teulu</translation>
    </message>
    <message>
        <source>No family day is planned: add one on Family days.</source>
        <translation>Does dim diwrnod teulu wedi&apos;i gynllunio: ychwanegwch un ar y dudalen Diwrnodau teulu.</translation>
    </message>
    <message>
        <source>Family-day place from {ref}</source>
        <translation>Lle ar ddiwrnod teulu o {ref}</translation>
    </message>
    <message>
        <source>Family &amp;day</source>
        <translation>&amp;Diwrnod teulu</translation>
    </message>
    <message>
        <source>The prisoner&apos;s family who may visit are put forward; children outside the day&apos;s ages are left out.</source>
        <translation>Caiff aelodau o deulu&apos;r carcharor sy&apos;n cael ymweld eu cynnig; caiff plant y tu allan i oedrannau&apos;r diwrnod eu gadael allan.</translation>
    </message>
    <message>
        <source>Applications: figures</source>
        <translation>Ceisiadau: ffigurau</translation>
    </message>
    <message>
        <source>&amp;From (received on or after)</source>
        <translation>&amp;O (daeth i law ar y dyddiad hwn neu wedyn)</translation>
    </message>
    <message>
        <source>&amp;To (received on or before)</source>
        <translation>&amp;Hyd at (daeth i law ar y dyddiad hwn neu cyn hynny)</translation>
    </message>
    <message>
        <source>Figures count the applications received in the period, both dates included.</source>
        <translation>Mae&apos;r ffigurau&apos;n cyfrif y ceisiadau a ddaeth i law yn y cyfnod, gan gynnwys y ddau ddyddiad.</translation>
    </message>
    <message>
        <source>{start} to {end}: {total} applications</source>
        <translation>{start} i {end}: {total} cais</translation>
    </message>
    <message>
        <source>Acknowledged: median {median} working days, 90th percentile {p90}</source>
        <translation>Wedi&apos;u cydnabod: canolrif {median} diwrnod gwaith, 90fed canradd {p90}</translation>
    </message>
    <message>
        <source>Responded: median {median} working days, 90th percentile {p90}</source>
        <translation>Wedi&apos;u hateb: canolrif {median} diwrnod gwaith, 90fed canradd {p90}</translation>
    </message>
    <message>
        <source>Answered on time: {on_time} of {considered} ({share})</source>
        <translation>Wedi&apos;u hateb mewn pryd: {on_time} o {considered} ({share})</translation>
    </message>
    <message>
        <source>By what was asked:</source>
        <translation>Yn ôl yr hyn y gofynnwyd amdano:</translation>
    </message>
    <message>
        <source>By route:</source>
        <translation>Yn ôl llwybr:</translation>
    </message>
    <message>
        <source>Applications: figures, {start} to {end}</source>
        <translation>Ceisiadau: ffigurau, {start} i {end}</translation>
    </message>
    <message>
        <source>Bank holidays file</source>
        <translation>Ffeil gwyliau banc</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>Bank holidays</source>
        <translation>Gwyliau banc</translation>
    </message>
    <message>
        <source>Now {status}. Every change keeps its reason in the booking&apos;s history.</source>
        <translation>Nawr: {status}. Mae pob newid yn cadw ei reswm yn hanes yr archeb.</translation>
    </message>
    <message>
        <source>Visitor</source>
        <translation>Ymwelydd</translation>
    </message>
    <message>
        <source>Choose a booking; its visitors are offered.</source>
        <translation>Dewiswch archeb; caiff ei hymwelwyr eu cynnig.</translation>
    </message>
    <message>
        <source>Visitor: ban or closed visits</source>
        <translation>Ymwelydd: gwahardd neu ymweliadau caeedig</translation>
    </message>
    <message>
        <source>&amp;Visitor</source>
        <translation>&amp;Ymwelydd</translation>
    </message>
    <message>
        <source>Ban from visiting</source>
        <translation>Gwahardd rhag ymweld</translation>
    </message>
    <message>
        <source>Lift a ban</source>
        <translation>Codi gwaharddiad</translation>
    </message>
    <message>
        <source>Closed visits only</source>
        <translation>Ymweliadau caeedig yn unig</translation>
    </message>
    <message>
        <source>Lift closed-visits restriction</source>
        <translation>Codi&apos;r cyfyngiad ymweliadau caeedig</translation>
    </message>
    <message>
        <source>Withdraw approval</source>
        <translation>Tynnu&apos;r gymeradwyaeth yn ôl</translation>
    </message>
    <message>
        <source>Restore approval</source>
        <translation>Adfer y gymeradwyaeth</translation>
    </message>
    <message>
        <source>Reason (for a ban)</source>
        <translation>Rheswm (ar gyfer gwaharddiad)</translation>
    </message>
    <message>
        <source>Ban &amp;until</source>
        <translation>Gwahardd &amp;tan</translation>
    </message>
    <message>
        <source>New session template</source>
        <translation>Templed sesiwn newydd</translation>
    </message>
    <message>
        <source>Afternoon visits</source>
        <translation>Ymweliadau prynhawn</translation>
    </message>
    <message>
        <source>&amp;Weekdays (MO TU WE TH FR SA SU)</source>
        <translation>Dyddiau&apos;r &amp;wythnos (MO TU WE TH FR SA SU)</translation>
    </message>
    <message>
        <source>&amp;Starts</source>
        <translation>&amp;Amser dechrau</translation>
    </message>
    <message>
        <source>&amp;Ends</source>
        <translation>Amser &amp;gorffen</translation>
    </message>
    <message>
        <source>&amp;Room</source>
        <translation>&amp;Ystafell</translation>
    </message>
    <message>
        <source>Main visits hall</source>
        <translation>Prif neuadd ymweliadau</translation>
    </message>
    <message>
        <source>Valid &amp;from</source>
        <translation>Dilys &amp;o</translation>
    </message>
    <message>
        <source>Valid &amp;to</source>
        <translation>Dilys &amp;hyd at</translation>
    </message>
    <message>
        <source>&amp;Repeats</source>
        <translation>A&amp;mlder</translation>
    </message>
    <message>
        <source>Every week</source>
        <translation>Bob wythnos</translation>
    </message>
    <message>
        <source>Every other week</source>
        <translation>Bob yn ail wythnos</translation>
    </message>
    <message>
        <source>&amp;Open places</source>
        <translation>Lleoedd ago&amp;red</translation>
    </message>
    <message>
        <source>&amp;Closed places</source>
        <translation>Lleoedd &amp;caeedig</translation>
    </message>
    <message>
        <source>Counts as an adult from age</source>
        <translation>Yn cyfrif fel oedolyn o&apos;r oed</translation>
    </message>
    <message>
        <source>Most visitors per booking</source>
        <translation>Uchafswm ymwelwyr fesul archeb</translation>
    </message>
    <message>
        <source>Most adults per booking</source>
        <translation>Uchafswm oedolion fesul archeb</translation>
    </message>
    <message>
        <source>Most children per booking</source>
        <translation>Uchafswm plant fesul archeb</translation>
    </message>
    <message>
        <source>Least notice (days)</source>
        <translation>Isafswm amser ymlaen llaw (diwrnodau)</translation>
    </message>
    <message>
        <source>Most notice (days)</source>
        <translation>Uchafswm amser ymlaen llaw (diwrnodau)</translation>
    </message>
    <message>
        <source>Visiting orders per month</source>
        <translation>Gorchmynion ymweld y mis</translation>
    </message>
    <message>
        <source>Establishment rules</source>
        <translation>Rheolau&apos;r sefydliad</translation>
    </message>
    <message>
        <source>The establishment&apos;s own rules for visit bookings. They apply to every booking checked from now.</source>
        <translation>Rheolau&apos;r sefydliad ei hun ar gyfer archebu ymweliadau. Maen nhw&apos;n berthnasol i bob archeb a gaiff ei gwirio o hyn ymlaen.</translation>
    </message>
    <message>
        <source>Choose a booking in the list first.</source>
        <translation>Dewiswch archeb yn y rhestr yn gyntaf.</translation>
    </message>
    <message>
        <source>Record outcome</source>
        <translation>Cofnodi canlyniad</translation>
    </message>
    <message>
        <source>What happened at {ref}?</source>
        <translation>Beth ddigwyddodd yn {ref}?</translation>
    </message>
    <message>
        <source>Record outcomes</source>
        <translation>Cofnodi canlyniadau</translation>
    </message>
    <message>
        <source>Choose a session in the week above first.</source>
        <translation>Dewiswch sesiwn yn yr wythnos uchod yn gyntaf.</translation>
    </message>
    <message>
        <source>start time</source>
        <translation>amser dechrau</translation>
    </message>
    <message>
        <source>The {what} must be a time like 14:00.</source>
        <translation>Rhaid i&apos;r {what} fod yn amser fel 14:00.</translation>
    </message>
    <message>
        <source>Choose the days of the week the session runs (MO, TU, WE, TH, FR, SA, SU).</source>
        <translation>Dewiswch y dyddiau o&apos;r wythnos pan gynhelir y sesiwn (MO, TU, WE, TH, FR, SA, SU).</translation>
    </message>
    <message>
        <source>end time</source>
        <translation>amser gorffen</translation>
    </message>
    <message>
        <source>The session must end after it starts.</source>
        <translation>Rhaid i&apos;r sesiwn orffen ar ôl iddi ddechrau.</translation>
    </message>
    <message>
        <source>first date of the session</source>
        <translation>dyddiad cyntaf y sesiwn</translation>
    </message>
    <message>
        <source>last date of the session</source>
        <translation>dyddiad olaf y sesiwn</translation>
    </message>
    <message>
        <source>The last date cannot be before the first date.</source>
        <translation>Ni all y dyddiad olaf fod cyn y dyddiad cyntaf.</translation>
    </message>
    <message>
        <source>A session runs every week (1) or every other week (2).</source>
        <translation>Cynhelir sesiwn bob wythnos (1) neu bob yn ail wythnos (2).</translation>
    </message>
    <message>
        <source>Open capacity</source>
        <translation>Capasiti agored</translation>
    </message>
    <message>
        <source>Closed capacity</source>
        <translation>Capasiti caeedig</translation>
    </message>
    <message>
        <source>{what} must be a whole number of places from 0 to 500.</source>
        <translation>{what}: rhowch nifer cyfan o leoedd, o 0 i 500.</translation>
    </message>
    <message>
        <source>A session needs at least one open or closed place.</source>
        <translation>Mae angen o leiaf un lle agored neu gaeedig ar sesiwn.</translation>
    </message>
    <message>
        <source>None of those weekdays falls between the first and last date.</source>
        <translation>Nid yw&apos;r un o&apos;r dyddiau hynny o&apos;r wythnos rhwng y dyddiad cyntaf a&apos;r dyddiad olaf.</translation>
    </message>
    <message>
        <source>Extra session</source>
        <translation>Sesiwn ychwanegol</translation>
    </message>
    <message>
        <source>date of the extra session</source>
        <translation>dyddiad y sesiwn ychwanegol</translation>
    </message>
    <message>
        <source>No such session.</source>
        <translation>Does dim sesiwn o&apos;r fath.</translation>
    </message>
    <message>
        <source>{later} booking(s) after {last_day} still use this session. Move or cancel them first.</source>
        <translation>Mae {later} archeb ar ôl {last_day} yn dal i ddefnyddio&apos;r sesiwn hon. Symudwch neu canslwch nhw yn gyntaf.</translation>
    </message>
    <message>
        <source>date to block</source>
        <translation>dyddiad i&apos;w rwystro</translation>
    </message>
    <message>
        <source>Say who decided to block the date.</source>
        <translation>Nodwch pwy benderfynodd rwystro&apos;r dyddiad.</translation>
    </message>
    <message>
        <source>Say why the date is blocked; families will be told.</source>
        <translation>Nodwch pam mae&apos;r dyddiad wedi&apos;i rwystro; bydd teuluoedd yn cael gwybod.</translation>
    </message>
    <message>
        <source>{on} is already blocked.</source>
        <translation>Mae {on} wedi&apos;i rwystro eisoes.</translation>
    </message>
    <message>
        <source>No such blocked date.</source>
        <translation>Does dim dyddiad wedi&apos;i rwystro o&apos;r fath.</translation>
    </message>
    <message>
        <source>first date</source>
        <translation>dyddiad cyntaf</translation>
    </message>
    <message>
        <source>last date</source>
        <translation>dyddiad olaf</translation>
    </message>
    <message>
        <source>week</source>
        <translation>wythnos</translation>
    </message>
    <message>
        <source>Block a date</source>
        <translation>Blocio dyddiad</translation>
    </message>
    <message>
        <source>All &amp;sessions that day</source>
        <translation>Pob &amp;sesiwn y diwrnod hwnnw</translation>
    </message>
    <message>
        <source>The visit</source>
        <translation>Yr ymweliad</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Dyddiad terfyn</translation>
    </message>
    <message>
        <source>Claim marked so far</source>
        <translation>Yr hawliad fel y&apos;i marciwyd hyd yma</translation>
    </message>
    <message>
        <source>Claim &amp;made</source>
        <translation>&amp;Hawliad wedi&apos;i wneud</translation>
    </message>
    <message>
        <source>&amp;Not claiming</source>
        <translation>&amp;Ddim yn hawlio</translation>
    </message>
    <message>
        <source>Claim made</source>
        <translation>Hawliad wedi&apos;i wneud</translation>
    </message>
    <message>
        <source>Not claiming</source>
        <translation>Ddim yn hawlio</translation>
    </message>
    <message>
        <source>&amp;After the visit</source>
        <translation>&amp;Ar ôl yr ymweliad</translation>
    </message>
    <message>
        <source>In ad&amp;vance</source>
        <translation>Ymlaen &amp;llaw</translation>
    </message>
    <message>
        <source>Claimed after the visit</source>
        <translation>Wedi hawlio ar ôl yr ymweliad</translation>
    </message>
    <message>
        <source>Claimed in advance, before the visit</source>
        <translation>Wedi hawlio ymlaen llaw, cyn yr ymweliad</translation>
    </message>
    <message>
        <source>Up to 28 days before the visit</source>
        <translation>Hyd at 28 diwrnod cyn yr ymweliad</translation>
    </message>
    <message>
        <source>When</source>
        <comment>the claim was made</comment>
        <translation>Pryd</translation>
    </message>
    <message>
        <source>Date the claim was made</source>
        <translation>Dyddiad gwneud yr hawliad</translation>
    </message>
    <message>
        <source>&amp;Date made</source>
        <translation>Dyddiad ei &amp;wneud</translation>
    </message>
    <message>
        <source>Why the family is not claiming</source>
        <translation>Pam nad yw&apos;r teulu&apos;n hawlio</translation>
    </message>
    <message>
        <source>e.g. a friend drove them; no cost to claim</source>
        <translation>e.e. aeth ffrind â nhw yn y car; dim cost i&apos;w hawlio</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Asesiad</translation>
    </message>
    <message>
        <source>Record assessment</source>
        <translation>Cofnodi asesiad</translation>
    </message>
    <message>
        <source>Assessment kind</source>
        <translation>Math o asesiad</translation>
    </message>
    <message>
        <source>Assessment date</source>
        <translation>Dyddiad yr asesiad</translation>
    </message>
    <message>
        <source>Whole family</source>
        <translation>Y teulu cyfan</translation>
    </message>
    <message>
        <source>Scores are for</source>
        <translation>Mae&apos;r sgoriau ar gyfer</translation>
    </message>
    <message>
        <source>Assessment notes</source>
        <translation>Nodiadau&apos;r asesiad</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Math</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Dyddiad</translation>
    </message>
    <message>
        <source>Scores &amp;for</source>
        <translation>Sgoriau &amp;ar gyfer</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Nodiadau</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>Anghenion</translation>
    </message>
    <message>
        <source>Need: {area}</source>
        <translation>Angen: {area}</translation>
    </message>
    <message>
        <source>{area}: practical or emotional</source>
        <translation>{area}: ymarferol neu emosiynol</translation>
    </message>
    <message>
        <source>{term} term</source>
        <translation>Tymor {term}</translation>
    </message>
    <message>
        <source>{area}: short or long term</source>
        <translation>{area}: tymor byr neu hir</translation>
    </message>
    <message>
        <source>Outcome scores (1 = greatest need, 5 = no concern)</source>
        <translation>Sgoriau canlyniadau (1 = yr angen mwyaf, 5 = dim pryder)</translation>
    </message>
    <message>
        <source>Not scored</source>
        <translation>Heb ei sgorio</translation>
    </message>
    <message>
        <source>Score: {outcome}</source>
        <translation>Sgôr: {outcome}</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Safle</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Teulu</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lle</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Pobl</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Blaenoriaeth</translation>
    </message>
    <message>
        <source>Why this rank</source>
        <translation>Pam y safle hwn</translation>
    </message>
    <message>
        <source>Allocate places</source>
        <translation>Dyrannu lleoedd</translation>
    </message>
    <message>
        <source>Allocate places: {day}</source>
        <translation>Dyrannu lleoedd: {day}</translation>
    </message>
    <message>
        <source>Proposed allocation</source>
        <translation>Dyraniad arfaethedig</translation>
    </message>
    <message>
        <source>The proposed allocation, by need (never by incentive level). Nothing is saved until you confirm. Move a family between allocated and waiting if you must: the reason is kept.</source>
        <translation>Y dyraniad arfaethedig, yn ôl angen (byth yn ôl lefel cymhelliant). Ni chaiff dim ei gadw nes i chi gadarnhau. Os oes rhaid, symudwch deulu rhwng y rhai sydd wedi cael lle a&apos;r rhai sy&apos;n aros: caiff y rheswm ei gadw.</translation>
    </message>
    <message>
        <source>Totals against places</source>
        <translation>Cyfansymiau o&apos;u cymharu â&apos;r lleoedd</translation>
    </message>
    <message>
        <source>Families in rank order</source>
        <translation>Teuluoedd yn nhrefn eu safle</translation>
    </message>
    <message>
        <source>&amp;Move to waiting…</source>
        <translation>&amp;Symud i&apos;r rhestr aros…</translation>
    </message>
    <message>
        <source>Move between allocated and waiting</source>
        <translation>Symud rhwng y rhai sydd wedi cael lle a&apos;r rhestr aros</translation>
    </message>
    <message>
        <source>&amp;Confirm allocation</source>
        <translation>&amp;Cadarnhau&apos;r dyraniad</translation>
    </message>
    <message>
        <source>Confirm allocation</source>
        <translation>Cadarnhau&apos;r dyraniad</translation>
    </message>
    <message>
        <source>&amp;Give a place…</source>
        <translation>&amp;Rhoi lle…</translation>
    </message>
    <message>
        <source>Form message</source>
        <translation>Neges y ffurflen</translation>
    </message>
    <message>
        <source>No priority points</source>
        <translation>Dim pwyntiau blaenoriaeth</translation>
    </message>
    <message>
        <source>Moved by staff: {reason} · was {why}</source>
        <translation>Wedi&apos;i symud gan staff: {reason} · roedd: {why}</translation>
    </message>
    <message>
        <source>ALLOCATED</source>
        <translation>WEDI CAEL LLE</translation>
    </message>
    <message>
        <source>general</source>
        <translation>cyffredinol</translation>
    </message>
    <message>
        <source>father-and-baby</source>
        <translation>tadau a babanod</translation>
    </message>
    <message>
        <source>adult children</source>
        <translation>plant sy&apos;n oedolion</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>wedi&apos;i ganslo</translation>
    </message>
    <message>
        <source>requested</source>
        <translation>wedi gofyn</translation>
    </message>
    <message>
        <source>allocated</source>
        <translation>wedi cael lle</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>yn aros</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>yn aros</translation>
    </message>
    <message>
        <source>cleared</source>
        <translation>wedi&apos;i glirio</translation>
    </message>
    <message>
        <source>{what} must be a whole number from {lo} to 1000.</source>
        <translation>{what}: rhowch rif cyfan, o {lo} i 1000.</translation>
    </message>
    <message>
        <source>{what} must be a whole number of years from 0 to 120, or left empty.</source>
        <translation>{what}: rhowch nifer cyfan o flynyddoedd, o 0 i 120, neu gadewch yn wag.</translation>
    </message>
    <message>
        <source>date of the family day</source>
        <translation>dyddiad y diwrnod teulu</translation>
    </message>
    <message>
        <source>Say what kind of family day it is (general, father-and-baby, adult children, ...).</source>
        <translation>Nodwch pa fath o ddiwrnod teulu ydyw (cyffredinol, tadau a babanod, plant sy&apos;n oedolion, ...).</translation>
    </message>
    <message>
        <source>The kind of family day must be 60 characters or fewer.</source>
        <translation>Rhaid i&apos;r math o ddiwrnod teulu fod yn 60 nod neu lai.</translation>
    </message>
    <message>
        <source>Family day ({kind})</source>
        <translation>Diwrnod teulu ({kind})</translation>
    </message>
    <message>
        <source>Capacity in families</source>
        <translation>Capasiti mewn teuluoedd</translation>
    </message>
    <message>
        <source>Capacity in people</source>
        <translation>Capasiti mewn pobl</translation>
    </message>
    <message>
        <source>Capacity in people cannot be smaller than capacity in families.</source>
        <translation>Ni all y capasiti mewn pobl fod yn llai na&apos;r capasiti mewn teuluoedd.</translation>
    </message>
    <message>
        <source>Youngest age</source>
        <translation>Oedran ieuengaf</translation>
    </message>
    <message>
        <source>Oldest age</source>
        <translation>Oedran hynaf</translation>
    </message>
    <message>
        <source>The youngest age cannot be above the oldest age.</source>
        <translation>Ni all yr oedran ieuengaf fod yn uwch na&apos;r oedran hynaf.</translation>
    </message>
    <message>
        <source>security clearance deadline</source>
        <translation>dyddiad cau cliriad diogelwch</translation>
    </message>
    <message>
        <source>Security clearance must be due before the family day (a date before {on}), so security can clear everyone in time.</source>
        <translation>Rhaid i&apos;r dyddiad cau ar gyfer cliriad diogelwch fod cyn y diwrnod teulu (dyddiad cyn {on}), fel y gall y tîm diogelwch glirio pawb mewn pryd.</translation>
    </message>
    <message>
        <source>A family day is closed as held or cancelled.</source>
        <translation>Caiff diwrnod teulu ei gau naill ai fel un a gynhaliwyd neu fel un a ganslwyd.</translation>
    </message>
    <message>
        <source>The family day is on {on}; it cannot be held before then.</source>
        <translation>Mae&apos;r diwrnod teulu ar {on}; ni ellir ei gynnal cyn hynny.</translation>
    </message>
    <message>
        <source>{name} is banned from visiting on {on}: {reason}</source>
        <translation>Mae gwaharddiad ar {name} rhag ymweld ar {on}: {reason}</translation>
    </message>
    <message>
        <source>{name} is banned from visiting on {on}.</source>
        <translation>Mae gwaharddiad ar {name} rhag ymweld ar {on}.</translation>
    </message>
    <message>
        <source>{message} A family day is open contact, so they cannot come.</source>
        <translation>{message} Mae diwrnod teulu yn ymweliad cyswllt agored, felly ni allant ddod.</translation>
    </message>
    <message>
        <source>A restriction is in force: {restriction}. No child can come.</source>
        <translation>Mae cyfyngiad mewn grym: {restriction}. Ni all unrhyw blentyn ddod.</translation>
    </message>
    <message>
        <source>{name} will be {age}; this day is for children aged {ages}.</source>
        <translation>Bydd {name} yn {age} oed; oedran y plant ar gyfer y diwrnod hwn: {ages}.</translation>
    </message>
    <message>
        <source>No one in this family can be put forward: add family members to the case first.</source>
        <translation>Ni ellir cynnig neb o&apos;r teulu hwn: ychwanegwch aelodau o&apos;r teulu at yr achos yn gyntaf.</translation>
    </message>
    <message>
        <source>Left out: {why}</source>
        <translation>Wedi&apos;u gadael allan: {why}</translation>
    </message>
    <message>
        <source>date of the request</source>
        <translation>dyddiad y cais</translation>
    </message>
    <message>
        <source>This family day is {status}; it takes no more requests.</source>
        <translation>Statws y diwrnod teulu hwn yw {status}; nid yw&apos;n derbyn rhagor o geisiadau.</translation>
    </message>
    <message>
        <source>The request is dated after the family day.</source>
        <translation>Mae dyddiad y cais ar ôl y diwrnod teulu.</translation>
    </message>
    <message>
        <source>Choose the prisoner the family is visiting.</source>
        <translation>Dewiswch y carcharor y mae&apos;r teulu&apos;n ymweld ag ef.</translation>
    </message>
    <message>
        <source>{full_name} is not recorded as a prisoner.</source>
        <translation>Does dim cofnod o {full_name} fel carcharor.</translation>
    </message>
    <message>
        <source>Name at least one family member coming to the family day.</source>
        <translation>Enwch o leiaf un aelod o&apos;r teulu sy&apos;n dod i&apos;r diwrnod teulu.</translation>
    </message>
    <message>
        <source>A family member on this request is no longer on record.</source>
        <translation>Nid yw un o aelodau&apos;r teulu ar y cais hwn ar gofnod mwyach.</translation>
    </message>
    <message>
        <source>{full_name} is a prisoner, not a family member visiting.</source>
        <translation>Carcharor yw {full_name}, nid aelod o&apos;r teulu sy&apos;n ymweld.</translation>
    </message>
    <message>
        <source>This prisoner already has request {clash} for this family day.</source>
        <translation>Mae gan y carcharor hwn gais {clash} eisoes ar gyfer y diwrnod teulu hwn.</translation>
    </message>
    <message>
        <source>{full_name} needs a date of birth to check the day&apos;s age range.</source>
        <translation>Mae angen dyddiad geni {full_name} i wirio ystod oedran y diwrnod.</translation>
    </message>
    <message>
        <source>{full_name} will be {age}; this day is for children aged {ages}.</source>
        <translation>Bydd {full_name} yn {age} oed; oedran y plant ar gyfer y diwrnod hwn: {ages}.</translation>
    </message>
    <message>
        <source>Security clearance for this family day was due by {clearance_deadline}. This request came after it: ask security whether they can still clear this family before giving them a place.</source>
        <translation>Roedd cliriad diogelwch ar gyfer y diwrnod teulu hwn i fod erbyn {clearance_deadline}. Daeth y cais hwn ar ôl hynny: gofynnwch i&apos;r tîm diogelwch a allant glirio&apos;r teulu hwn o hyd cyn rhoi lle iddynt.</translation>
    </message>
    <message>
        <source>{min_age} to {max_age}</source>
        <translation>{min_age} i {max_age} oed</translation>
    </message>
    <message>
        <source>{min_age} and over</source>
        <translation>{min_age} oed a hŷn</translation>
    </message>
    <message>
        <source>up to {max_age}</source>
        <translation>hyd at {max_age} oed</translation>
    </message>
    <message>
        <source>No such request.</source>
        <translation>Does dim cais o&apos;r fath.</translation>
    </message>
    <message>
        <source>First-time family</source>
        <translation>Teulu sy&apos;n dod am y tro cyntaf</translation>
    </message>
    <message>
        <source>Not visiting recently</source>
        <translation>Heb ymweld yn ddiweddar</translation>
    </message>
    <message>
        <source>Relationship to repair</source>
        <translation>Perthynas i&apos;w thrwsio</translation>
    </message>
    <message>
        <source>Children under 11</source>
        <translation>Plant dan 11 oed</translation>
    </message>
    <message>
        <source>Earlier family days attended</source>
        <translation>Diwrnodau teulu blaenorol y daethpwyd iddynt</translation>
    </message>
    <message>
        <source>Override by worker: {override_reason}</source>
        <translation>Diystyrwyd gan y gweithiwr: {override_reason}</translation>
    </message>
    <message>
        <source>Record why the priority score is overridden.</source>
        <translation>Cofnodwch pam mae&apos;r sgôr blaenoriaeth yn cael ei diystyru.</translation>
    </message>
    <message>
        <source>The score must be a whole number from -100 to 200.</source>
        <translation>Rhaid i&apos;r sgôr fod yn rhif cyfan rhwng -100 a 200.</translation>
    </message>
    <message>
        <source>This family day is {status}; its places can no longer be allocated.</source>
        <translation>Statws y diwrnod teulu hwn yw {status}; ni ellir dyrannu ei leoedd mwyach.</translation>
    </message>
    <message>
        <source>No such attendee.</source>
        <translation>Does dim mynychwr o&apos;r fath.</translation>
    </message>
    <message>
        <source>Clearance must be one of: {clearance}.</source>
        <translation>Rhaid i&apos;r cliriad fod yn un o&apos;r canlynol: {clearance}.</translation>
    </message>
    <message>
        <source>Attendance is recorded for families who were given a place.</source>
        <translation>Caiff presenoldeb ei gofnodi ar gyfer teuluoedd a gafodd le.</translation>
    </message>
    <message>
        <source>Attendance can be recorded from the day itself ({on}).</source>
        <translation>Gellir cofnodi presenoldeb o&apos;r diwrnod ei hun ymlaen ({on}).</translation>
    </message>
    <message>
        <source>{names} was refused security clearance, so cannot be recorded as attending.</source>
        <translation>Gwrthodwyd cliriad diogelwch i {names}, felly ni ellir cofnodi presenoldeb.</translation>
    </message>
    <message>
        <source>PENDING: not cleared (was due {deadline})</source>
        <translation>YN AROS: heb ei glirio (dyddiad terfyn {deadline})</translation>
    </message>
    <message>
        <source>PENDING: not cleared yet</source>
        <translation>YN AROS: heb ei glirio eto</translation>
    </message>
    <message>
        <source>REFUSED: do not admit</source>
        <translation>GWRTHODWYD: peidiwch â gadael i mewn</translation>
    </message>
    <message>
        <source>Allocated: {families} of {capacity_families} families, {people} of {capacity_people} people · Waiting: {waiting} families</source>
        <translation>Wedi cael lle: {families} o {capacity_families} teulu, {people} o {capacity_people} person · Yn aros: {waiting} teulu</translation>
    </message>
    <message>
        <source>OVER THE PLACES: move a family to waiting before confirming</source>
        <translation>MWY NA&apos;R LLEOEDD SYDD AR GAEL: symudwch deulu i&apos;r rhestr aros cyn cadarnhau</translation>
    </message>
    <message numerus="yes">
        <source>%n moved by staff</source>
        <translation>
            <numerusform>%n wedi&apos;u symud gan staff</numerusform>
            <numerusform>%n wedi&apos;i symud gan staff</numerusform>
            <numerusform>%n wedi&apos;u symud gan staff</numerusform>
            <numerusform>%n wedi&apos;u symud gan staff</numerusform>
            <numerusform>%n wedi&apos;u symud gan staff</numerusform>
        </translation>
    </message>
    <message>
        <source>Why should {name} be waiting? (kept with the family&apos;s priority)</source>
        <translation>Pam dylai {name} fod yn aros? (caiff ei gadw gyda blaenoriaeth y teulu)</translation>
    </message>
    <message>
        <source>Why should {name} be allocated? (kept with the family&apos;s priority)</source>
        <translation>Pam dylai {name} gael lle? (caiff ei gadw gyda blaenoriaeth y teulu)</translation>
    </message>
    <message>
        <source>Move a family</source>
        <translation>Symud teulu</translation>
    </message>
    <message>
        <source>Say why the family is moved: the reason is kept.</source>
        <translation>Nodwch pam mae&apos;r teulu&apos;n cael ei symud: caiff y rheswm ei gadw.</translation>
    </message>
    <message numerus="yes">
        <source>%n of {total} outcomes not scored yet.</source>
        <translation>
            <numerusform>%n o&apos;r {total} canlyniad heb eu sgorio eto.</numerusform>
            <numerusform>%n o&apos;r {total} canlyniad heb ei sgorio eto.</numerusform>
            <numerusform>%n o&apos;r {total} canlyniad heb eu sgorio eto.</numerusform>
            <numerusform>%n o&apos;r {total} canlyniad heb eu sgorio eto.</numerusform>
            <numerusform>%n o&apos;r {total} canlyniad heb eu sgorio eto.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every outcome scored.</source>
        <translation>Pob canlyniad wedi&apos;i sgorio.</translation>
    </message>
    <message>
        <source>This family is not marked as eligible for help with travel costs. Mark them eligible on their case (Help with travel costs) first.</source>
        <translation>Nid yw&apos;r teulu hwn wedi&apos;i farcio&apos;n gymwys i gael help gyda chostau teithio. Marciwch nhw&apos;n gymwys ar eu hachos (Help gyda chostau teithio) yn gyntaf.</translation>
    </message>
    <message>
        <source>Marked made on {date} (in advance).</source>
        <translation>Marciwyd bod yr hawliad wedi&apos;i wneud ar {date} (ymlaen llaw).</translation>
    </message>
    <message>
        <source>Marked made on {date}.</source>
        <translation>Marciwyd bod yr hawliad wedi&apos;i wneud ar {date}.</translation>
    </message>
    <message>
        <source>Marked not claiming on {date}.</source>
        <translation>Marciwyd ar {date} nad yw&apos;r teulu&apos;n hawlio.</translation>
    </message>
    <message>
        <source>Marked not claiming.</source>
        <translation>Marciwyd nad yw&apos;r teulu&apos;n hawlio.</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Ymweliad</translation>
    </message>
    <message>
        <source>A few words, no names: the reason goes in the audit trail.</source>
        <translation>Ychydig eiriau, dim enwau: mae&apos;r rheswm yn mynd i&apos;r trywydd archwilio.</translation>
    </message>
    <message>
        <source>&amp;Why it is corrected</source>
        <translation>&amp;Rheswm dros ei gywiro</translation>
    </message>
    <message>
        <source>Correct contact {ref}</source>
        <translation>Cywiro cyswllt {ref}</translation>
    </message>
    <message>
        <source>What was first written stays in the case&apos;s History beside the correction.</source>
        <translation>Mae&apos;r hyn a ysgrifennwyd gyntaf yn aros yn Hanes yr achos wrth ymyl y cywiriad.</translation>
    </message>
    <message>
        <source>Delete contact {ref}</source>
        <translation>Dileu cyswllt {ref}</translation>
    </message>
    <message>
        <source>&amp;Why it is deleted</source>
        <translation>&amp;Rheswm dros ei ddileu</translation>
    </message>
    <message>
        <source>Delete the {kind} of {date}? Only for a contact logged in error (wrong case, twice). It leaves the contacts list; the History and the audit trail keep that it was deleted, and why.</source>
        <translation>Dileu&apos;r cyswllt ({kind}) ar {date}? Dim ond ar gyfer cyswllt a gofnodwyd trwy gamgymeriad (achos anghywir, ddwywaith). Bydd yn gadael y rhestr cysylltiadau; bydd yr Hanes a&apos;r trywydd archwilio yn cofnodi iddo gael ei ddileu, a pham.</translation>
    </message>
    <message>
        <source>Contact {ref}</source>
        <translation>Cyswllt {ref}</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Dyddiad</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Math</translation>
    </message>
    <message>
        <source>{kind} (did not reach the family)</source>
        <translation>{kind} (heb gyrraedd y teulu)</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Hyd</translation>
    </message>
    <message numerus="yes">
        <source>%n minutes</source>
        <translation>
            <numerusform>%n munud</numerusform>
            <numerusform>%n munud</numerusform>
            <numerusform>%n munud</numerusform>
            <numerusform>%n munud</numerusform>
            <numerusform>%n munud</numerusform>
        </translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>heb ei gofnodi</translation>
    </message>
    <message>
        <source>Who was present</source>
        <translation>Pwy oedd yn bresennol</translation>
    </message>
    <message>
        <source>Support given</source>
        <translation>Cymorth a roddwyd</translation>
    </message>
    <message>
        <source>Linked goal</source>
        <translation>Nod cysylltiedig</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nodyn</translation>
    </message>
    <message>
        <source>No note.</source>
        <translation>Dim nodyn.</translation>
    </message>
    <message>
        <source>&amp;Correct…</source>
        <translation>&amp;Cywiro…</translation>
    </message>
    <message>
        <source>Correct</source>
        <translation>Cywiro</translation>
    </message>
    <message>
        <source>Put this contact right; the original stays in the History</source>
        <translation>Cywiro&apos;r cyswllt hwn; mae&apos;r gwreiddiol yn aros yn yr Hanes</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Dileu…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Dileu</translation>
    </message>
    <message>
        <source>Delete a contact logged in error, with a reason</source>
        <translation>Dileu cyswllt a gofnodwyd trwy gamgymeriad, gyda rheswm</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Dileu</translation>
    </message>
    <message>
        <source>Visit status</source>
        <translation>Statws yr ymweliad</translation>
    </message>
    <message>
        <source>Help with travel costs: {family}</source>
        <translation>Help gyda chostau teithio: {family}</translation>
    </message>
    <message>
        <source>Help with travel costs</source>
        <translation>Help gyda chostau teithio</translation>
    </message>
    <message>
        <source>Families on a low income can claim the cost of travel to a prison visit under the assisted prison visits scheme: within 28 days after the visit, or up to 28 days before it in advance. Each attended visit of an eligible family is on Today until its claim is marked.</source>
        <translation>Gall teuluoedd ar incwm isel hawlio cost teithio i ymweliad carchar o dan y cynllun ymweliadau carchar â chymorth: o fewn 28 diwrnod ar ôl yr ymweliad, neu hyd at 28 diwrnod cyn yr ymweliad ymlaen llaw. Bydd pob ymweliad y daeth teulu cymwys iddo yn aros ar Heddiw nes bod ei hawliad wedi&apos;i farcio.</translation>
    </message>
    <message>
        <source>Eligibility of {family} ({ref})</source>
        <translation>Cymhwysedd {family} ({ref})</translation>
    </message>
    <message>
        <source>&amp;Eligible: the family is claiming help with travel costs</source>
        <translation>&amp;Cymwys: mae&apos;r teulu&apos;n hawlio help gyda chostau teithio</translation>
    </message>
    <message>
        <source>Eligible for help with travel costs</source>
        <translation>Cymwys i gael help gyda chostau teithio</translation>
    </message>
    <message>
        <source>Eligible since</source>
        <translation>Cymwys ers</translation>
    </message>
    <message>
        <source>Eligible &amp;since</source>
        <translation>Cymwys &amp;ers</translation>
    </message>
    <message>
        <source>Travel claims of this family</source>
        <translation>Hawliadau costau teithio&apos;r teulu hwn</translation>
    </message>
    <message>
        <source>Visits and their travel claims</source>
        <translation>Ymweliadau a&apos;u hawliadau costau teithio</translation>
    </message>
    <message>
        <source>No attended visits yet, and none booked.</source>
        <translation>Dim ymweliadau y daethpwyd iddynt eto, a dim un wedi&apos;i archebu.</translation>
    </message>
    <message>
        <source>Enter or double-click marks the claim for a visit.</source>
        <translation>Pwyswch Enter neu cliciwch ddwywaith i farcio&apos;r hawliad ar gyfer ymweliad.</translation>
    </message>
    <message>
        <source>Mark &amp;claim…</source>
        <translation>&amp;Marcio&apos;r hawliad…</translation>
    </message>
    <message>
        <source>Mark claim for the selected visit</source>
        <translation>Marcio&apos;r hawliad ar gyfer yr ymweliad a ddewiswyd</translation>
    </message>
    <message>
        <source>Mark the selected visit&apos;s claim made or not claiming</source>
        <translation>Marcio hawliad yr ymweliad a ddewiswyd fel wedi&apos;i wneud neu ddim yn hawlio</translation>
    </message>
    <message>
        <source>Save &amp;eligibility</source>
        <translation>Cadw c&amp;ymhwysedd</translation>
    </message>
    <message>
        <source>Save eligibility</source>
        <translation>Cadw cymhwysedd</translation>
    </message>
    <message>
        <source>Choose a visit in the list first.</source>
        <translation>Dewiswch ymweliad yn y rhestr yn gyntaf.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Wedi cadw.</translation>
    </message>
    <message>
        <source>Saved: eligible since {date}.</source>
        <translation>Wedi cadw: cymwys ers {date}.</translation>
    </message>
    <message>
        <source>About this desk</source>
        <translation>Am y ddesg hon</translation>
    </message>
    <message>
        <source>These details stay inside the encrypted profile on this computer.</source>
        <translation>Mae&apos;r manylion hyn yn aros y tu mewn i&apos;r proffil wedi&apos;i amgryptio ar y cyfrifiadur hwn.</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Eich enw</translation>
    </message>
    <message>
        <source>Desk name</source>
        <translation>Enw&apos;r ddesg</translation>
    </message>
    <message>
        <source>e.g. Family support desk, B wing</source>
        <translation>e.e. Desg cymorth i deuluoedd, adain B</translation>
    </message>
    <message>
        <source>At a glance</source>
        <translation>Cipolwg</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Ffigur</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Gwerth</translation>
    </message>
    <message>
        <source>Open cases, stages, overdue reviews and the waiting list are as on the day each summary was made. Applications, visits and family days are counted by whole calendar month, every month the period touches.</source>
        <translation>Mae&apos;r achosion agored, y camau, yr adolygiadau sy&apos;n hwyr a&apos;r rhestr aros fel yr oeddent ar y diwrnod y crëwyd pob crynodeb. Caiff ceisiadau, ymweliadau a diwrnodau teulu eu cyfrif fesul mis calendr cyfan, sef pob mis y mae&apos;r cyfnod yn ei gyffwrdd.</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Heb ei osod</translation>
    </message>
    <message>
        <source>{date}, overdue</source>
        <translation>{date}, yn hwyr</translation>
    </message>
    <message>
        <source>Last summary</source>
        <translation>Crynodeb diwethaf</translation>
    </message>
    <message>
        <source>Next supervision</source>
        <translation>Goruchwyliaeth nesaf</translation>
    </message>
    <message>
        <source>Discussed</source>
        <translation>Trafodwyd</translation>
    </message>
    <message>
        <source>No summaries from that worker.</source>
        <translation>Dim crynodebau gan y gweithiwr hwnnw.</translation>
    </message>
    <message>
        <source>No summary from that worker.</source>
        <translation>Dim crynodeb gan y gweithiwr hwnnw.</translation>
    </message>
    <message>
        <source>No such summary.</source>
        <translation>Does dim crynodeb o&apos;r fath.</translation>
    </message>
    <message>
        <source>Establishment not given</source>
        <translation>Sefydliad heb ei nodi</translation>
    </message>
    <message>
        <source>Status must be one of: open, closed, all.</source>
        <translation>Rhaid i&apos;r statws fod yn un o&apos;r canlynol: agored, wedi&apos;i gau, pob un.</translation>
    </message>
    <message>
        <source>No case {reference} in that worker&apos;s latest summary.</source>
        <translation>Does dim achos {reference} yng nghrynodeb diweddaraf y gweithiwr hwnnw.</translation>
    </message>
    <message>
        <source>{what} is too long ({max_text} characters at most).</source>
        <translation>{what}: mae&apos;n rhy hir ({max_text} nod ar y mwyaf).</translation>
    </message>
    <message>
        <source>Supervision notes are kept for workers whose summaries are on this desk.</source>
        <translation>Caiff nodiadau goruchwyliaeth eu cadw ar gyfer gweithwyr y mae eu crynodebau ar y ddesg hon.</translation>
    </message>
    <message>
        <source>date of the supervision</source>
        <translation>dyddiad y sesiwn oruchwylio</translation>
    </message>
    <message>
        <source>The date of the supervision cannot be in the future (today is {today}): record a session once it has been held, and plan ahead with the next supervision date.</source>
        <translation>Ni all dyddiad y sesiwn oruchwylio fod yn y dyfodol (heddiw yw {today}): cofnodwch sesiwn ar ôl iddi gael ei chynnal, a chynlluniwch ymlaen gyda dyddiad y sesiwn oruchwylio nesaf.</translation>
    </message>
    <message>
        <source>next supervision date</source>
        <translation>dyddiad y sesiwn oruchwylio nesaf</translation>
    </message>
    <message>
        <source>The next supervision cannot be before this one.</source>
        <translation>Ni all y sesiwn oruchwylio nesaf fod cyn yr un hon.</translation>
    </message>
    <message>
        <source>Agreed actions</source>
        <translation>Camau</translation>
    </message>
    <message>
        <source>Write what was discussed or the actions agreed.</source>
        <translation>Ysgrifennwch beth a drafodwyd neu&apos;r camau a gytunwyd.</translation>
    </message>
    <message>
        <source>No such supervision note.</source>
        <translation>Does dim nodyn goruchwyliaeth o&apos;r fath.</translation>
    </message>
    <message>
        <source>There is no checklist item {item}.</source>
        <translation>Does dim eitem {item} ar y rhestr wirio.</translation>
    </message>
    <message>
        <source>Status must be one of: {quality_statuses}.</source>
        <translation>Rhaid i&apos;r statws fod yn un o&apos;r canlynol: {quality_statuses}.</translation>
    </message>
    <message>
        <source>Choose one of the eight quality statements.</source>
        <translation>Dewiswch un o&apos;r wyth datganiad ansawdd.</translation>
    </message>
    <message>
        <source>Plan for one of: {plan_horizons}.</source>
        <translation>Cynlluniwch ar gyfer un o&apos;r canlynol: {plan_horizons}.</translation>
    </message>
    <message>
        <source>The action</source>
        <translation>Y weithred</translation>
    </message>
    <message>
        <source>Say what the action is.</source>
        <translation>Nodwch beth yw&apos;r weithred.</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Arweinydd</translation>
    </message>
    <message>
        <source>Lead is too long (200 characters at most).</source>
        <translation>Mae enw&apos;r arweinydd yn rhy hir (200 nod ar y mwyaf).</translation>
    </message>
    <message>
        <source>completion date</source>
        <translation>dyddiad cwblhau</translation>
    </message>
    <message>
        <source>No such work plan item.</source>
        <translation>Does dim eitem o&apos;r fath yn y cynllun gwaith.</translation>
    </message>
    <message>
        <source>Supervision</source>
        <translation>Goruchwyliaeth</translation>
    </message>
    <message>
        <source>Import workers&apos; summaries on the Team page: each worker whose summary is on this desk is listed here, with their supervision notes, agreed actions and the date of their next supervision.</source>
        <translation>Mewnforiwch grynodebau&apos;r gweithwyr ar y dudalen Tîm: mae pob gweithiwr y mae ei grynodeb ar y ddesg hon wedi&apos;i restru yma, gyda&apos;i nodiadau goruchwylio, y camau gweithredu a gytunwyd a dyddiad ei oruchwyliaeth nesaf.</translation>
    </message>
    <message>
        <source>No summaries yet</source>
        <translation>Dim crynodebau eto</translation>
    </message>
    <message>
        <source>&amp;Workers</source>
        <translation>&amp;Gweithwyr</translation>
    </message>
    <message>
        <source>Workers</source>
        <translation>Gweithwyr</translation>
    </message>
    <message>
        <source>Each worker whose summary is on this desk, with their next supervision</source>
        <translation>Pob gweithiwr y mae ei grynodeb ar y ddesg hon, gyda&apos;i oruchwyliaeth nesaf</translation>
    </message>
    <message>
        <source>Choose a worker</source>
        <translation>Dewiswch weithiwr</translation>
    </message>
    <message>
        <source>Chosen worker</source>
        <translation>Gweithiwr a ddewiswyd</translation>
    </message>
    <message>
        <source>&amp;New note…</source>
        <translation>Nodyn &amp;newydd…</translation>
    </message>
    <message>
        <source>Record a supervision session with this worker</source>
        <translation>Cofnodi sesiwn oruchwylio gyda&apos;r gweithiwr hwn</translation>
    </message>
    <message>
        <source>&amp;Edit note…</source>
        <translation>Go&amp;lygu&apos;r nodyn…</translation>
    </message>
    <message>
        <source>Change the selected note (or press Enter on it)</source>
        <translation>Newid y nodyn a ddewiswyd (neu bwyswch Enter arno)</translation>
    </message>
    <message>
        <source>&amp;Delete note</source>
        <translation>&amp;Dileu&apos;r nodyn</translation>
    </message>
    <message>
        <source>Delete the selected note, after asking</source>
        <translation>Dileu&apos;r nodyn a ddewiswyd, ar ôl gofyn</translation>
    </message>
    <message>
        <source>Supervision notes</source>
        <translation>Nodiadau goruchwylio</translation>
    </message>
    <message>
        <source>No supervision notes for this worker yet.</source>
        <translation>Does dim nodiadau goruchwylio ar gyfer y gweithiwr hwn eto.</translation>
    </message>
    <message>
        <source>Newest first. Enter or double-click edits a note; Delete removes it.</source>
        <translation>Y diweddaraf yn gyntaf. Pwyswch Enter neu cliciwch ddwywaith i olygu nodyn; mae Delete yn ei ddileu.</translation>
    </message>
    <message>
        <source>Selected supervision note</source>
        <translation>Nodyn goruchwylio a ddewiswyd</translation>
    </message>
    <message numerus="yes">
        <source>%n worker|%n workers</source>
        <translation>
            <numerusform>Dim gweithwyr</numerusform>
            <numerusform>%n gweithiwr</numerusform>
            <numerusform>%n gweithiwr</numerusform>
            <numerusform>%n gweithiwr</numerusform>
            <numerusform>%n gweithiwr</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overdue for supervision</source>
        <translation>
            <numerusform>%n yn hwyr ar gyfer goruchwyliaeth</numerusform>
            <numerusform>%n yn hwyr ar gyfer goruchwyliaeth</numerusform>
            <numerusform>%n yn hwyr ar gyfer goruchwyliaeth</numerusform>
            <numerusform>%n yn hwyr ar gyfer goruchwyliaeth</numerusform>
            <numerusform>%n yn hwyr ar gyfer goruchwyliaeth</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with no next date set</source>
        <translation>
            <numerusform>%n heb ddyddiad nesaf wedi&apos;i osod</numerusform>
            <numerusform>%n heb ddyddiad nesaf wedi&apos;i osod</numerusform>
            <numerusform>%n heb ddyddiad nesaf wedi&apos;i osod</numerusform>
            <numerusform>%n heb ddyddiad nesaf wedi&apos;i osod</numerusform>
            <numerusform>%n heb ddyddiad nesaf wedi&apos;i osod</numerusform>
        </translation>
    </message>
    <message>
        <source>{workers}, {overdue}, {unset}.</source>
        <comment>the team: workers, overdue, no next date</comment>
        <translation>{workers}, {overdue}, {unset}.</translation>
    </message>
    <message>
        <source>{workers}, {overdue}.</source>
        <comment>the team: workers, overdue</comment>
        <translation>{workers}, {overdue}.</translation>
    </message>
    <message>
        <source>{workers}, {unset}.</source>
        <comment>the team: workers, no next date</comment>
        <translation>{workers}, {unset}.</translation>
    </message>
    <message>
        <source>{workers}.</source>
        <comment>the team: workers</comment>
        <translation>{workers}.</translation>
    </message>
    <message numerus="yes">
        <source>%n note|%n notes</source>
        <translation>
            <numerusform>dim nodiadau</numerusform>
            <numerusform>%n nodyn</numerusform>
            <numerusform>%n nodyn</numerusform>
            <numerusform>%n nodyn</numerusform>
            <numerusform>%n nodyn</numerusform>
        </translation>
    </message>
    <message>
        <source>no notes yet</source>
        <translation>dim nodiadau eto</translation>
    </message>
    <message>
        <source>Supervision with {worker} · {desk} ({notes})</source>
        <translation>Goruchwyliaeth gyda {worker} · {desk} ({notes})</translation>
    </message>
    <message>
        <source>Supervision with {worker} ({notes})</source>
        <translation>Goruchwyliaeth gyda {worker} ({notes})</translation>
    </message>
    <message>
        <source>No supervision notes with {worker} yet. Choose {button} to record one.</source>
        <translation>Does dim nodiadau goruchwylio gyda {worker} eto. Dewiswch {button} i gofnodi un.</translation>
    </message>
    <message>
        <source>New note…</source>
        <translation>Nodyn newydd…</translation>
    </message>
    <message>
        <source>Nothing written</source>
        <translation>Dim wedi&apos;i ysgrifennu</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>heb ei osod</translation>
    </message>
    <message>
        <source>Supervision on {date}</source>
        <translation>Goruchwyliaeth ar {date}</translation>
    </message>
    <message>
        <source>Next supervision:</source>
        <translation>Goruchwyliaeth nesaf:</translation>
    </message>
    <message>
        <source>What was discussed</source>
        <translation>Beth a drafodwyd</translation>
    </message>
    <message>
        <source>Supervision note: {worker}, {date}</source>
        <translation>Nodyn goruchwylio: {worker}, {date}</translation>
    </message>
    <message>
        <source>New supervision note: {worker}</source>
        <translation>Nodyn goruchwylio newydd: {worker}</translation>
    </message>
    <message>
        <source>What was d&amp;iscussed</source>
        <translation>&amp;Beth a drafodwyd</translation>
    </message>
    <message>
        <source>&amp;Agreed actions</source>
        <translation>Camau gweithredu a &amp;gytunwyd</translation>
    </message>
    <message>
        <source>&amp;Next supervision</source>
        <translation>Goruchwyliaeth &amp;nesaf</translation>
    </message>
    <message>
        <source>Tick Set and choose the date agreed for the next supervision</source>
        <translation>Ticiwch Gosod a dewiswch y dyddiad a gytunwyd ar gyfer yr oruchwyliaeth nesaf</translation>
    </message>
    <message>
        <source>Kept only on this desk: supervision notes never leave in a bundle.</source>
        <translation>Yn cael eu cadw ar y ddesg hon yn unig: nid yw nodiadau goruchwylio byth yn gadael mewn bwndel.</translation>
    </message>
    <message>
        <source>Delete supervision note</source>
        <translation>Dileu nodyn goruchwylio</translation>
    </message>
    <message>
        <source>Delete the note of the supervision with {worker} on {date}?

It cannot be brought back.</source>
        <translation>Dileu&apos;r nodyn am yr oruchwyliaeth gyda {worker} ar {date}?

Ni ellir dod ag ef yn ôl.</translation>
    </message>
    <message>
        <source>Establishment</source>
        <translation>Sefydliad</translation>
    </message>
    <message>
        <source>Worker</source>
        <translation>Gweithiwr</translation>
    </message>
    <message>
        <source>Summary of</source>
        <translation>Crynodeb ar</translation>
    </message>
    <message>
        <source>{category}: no data</source>
        <translation>{category}: dim data</translation>
    </message>
    <message>
        <source>Others</source>
        <translation>Eraill</translation>
    </message>
    <message>
        <source>improved</source>
        <translation>wedi gwella</translation>
    </message>
    <message>
        <source>no change</source>
        <translation>dim newid</translation>
    </message>
    <message>
        <source>worse</source>
        <translation>gwaeth</translation>
    </message>
    <message>
        <source>Only a family support worker&apos;s desk has a caseload to summarise.</source>
        <translation>Dim ond desg gweithiwr cymorth i deuluoedd sydd â llwyth achosion i&apos;w grynhoi.</translation>
    </message>
    <message>
        <source>Outcomes: first score to latest</source>
        <translation>Canlyniadau: o&apos;r sgôr gyntaf i&apos;r ddiweddaraf</translation>
    </message>
    <message>
        <source>Open cases by stage</source>
        <translation>Achosion agored fesul cam</translation>
    </message>
    <message>
        <source>open cases</source>
        <translation>achosion agored</translation>
    </message>
    <message>
        <source>{title} (no data: {workers})</source>
        <translation>{title} (dim data: {workers})</translation>
    </message>
    <message>
        <source>Outcomes across the team: first score to latest</source>
        <translation>Canlyniadau ar draws y tîm: o&apos;r sgôr gyntaf i&apos;r ddiweddaraf</translation>
    </message>
    <message>
        <source>Children by age band</source>
        <translation>Plant fesul band oedran</translation>
    </message>
    <message>
        <source>children</source>
        <translation>plant</translation>
    </message>
    <message>
        <source>Children by gender</source>
        <translation>Plant fesul rhywedd</translation>
    </message>
    <message>
        <source>Children by ethnicity</source>
        <translation>Plant fesul ethnigrwydd</translation>
    </message>
    <message>
        <source>Referral sources</source>
        <translation>Ffynonellau atgyfeiriadau</translation>
    </message>
    <message>
        <source>referrals</source>
        <translation>atgyfeiriadau</translation>
    </message>
    <message numerus="yes">
        <source>{title}: the {shown} highest of %n workers</source>
        <translation>
            <numerusform>{title}: y {shown} uchaf o %n gweithiwr</numerusform>
            <numerusform>{title}: y {shown} uchaf o %n gweithiwr</numerusform>
            <numerusform>{title}: y {shown} uchaf o %n gweithiwr</numerusform>
            <numerusform>{title}: y {shown} uchaf o %n gweithiwr</numerusform>
            <numerusform>{title}: y {shown} uchaf o %n gweithiwr</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more workers in the table, which sorts by any column</source>
        <translation>
            <numerusform>%n gweithiwr arall yn y tabl, y gallwch ei drefnu yn ôl unrhyw golofn</numerusform>
            <numerusform>%n gweithiwr arall yn y tabl, y gallwch ei drefnu yn ôl unrhyw golofn</numerusform>
            <numerusform>%n gweithiwr arall yn y tabl, y gallwch ei drefnu yn ôl unrhyw golofn</numerusform>
            <numerusform>%n gweithiwr arall yn y tabl, y gallwch ei drefnu yn ôl unrhyw golofn</numerusform>
            <numerusform>%n gweithiwr arall yn y tabl, y gallwch ei drefnu yn ôl unrhyw golofn</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{place} (%n worker)|{place} (%n workers)</source>
        <translation>
            <numerusform>{place} (%n gweithiwr)</numerusform>
            <numerusform>{place} (%n gweithiwr)</numerusform>
            <numerusform>{place} (%n gweithiwr)</numerusform>
            <numerusform>{place} (%n gweithiwr)</numerusform>
            <numerusform>{place} (%n gweithiwr)</numerusform>
        </translation>
    </message>
    <message>
        <source>Open cases per worker by establishment (average), against 40</source>
        <translation>Achosion agored fesul gweithiwr ym mhob sefydliad (cyfartaledd), o&apos;u cymharu â 40</translation>
    </message>
    <message>
        <source>open cases per worker</source>
        <translation>achosion agored fesul gweithiwr</translation>
    </message>
    <message>
        <source>40 per worker</source>
        <translation>40 fesul gweithiwr</translation>
    </message>
    <message>
        <source>Overdue reviews and waiting list by establishment</source>
        <translation>Adolygiadau yn hwyr a&apos;r rhestr aros fesul sefydliad</translation>
    </message>
    <message>
        <source>reviews overdue</source>
        <translation>adolygiadau yn hwyr</translation>
    </message>
    <message>
        <source>waiting for first contact</source>
        <translation>yn aros am y cyswllt cyntaf</translation>
    </message>
    <message>
        <source>Open cases</source>
        <translation>Achosion agored</translation>
    </message>
    <message>
        <source>Referral to first contact (median days)</source>
        <translation>O&apos;r atgyfeiriad i&apos;r cyswllt cyntaf (canolrif diwrnodau)</translation>
    </message>
    <message>
        <source>median days</source>
        <translation>canolrif diwrnodau</translation>
    </message>
    <message>
        <source>Applications answered on time by establishment (%)</source>
        <translation>Ceisiadau a atebwyd mewn pryd fesul sefydliad (%)</translation>
    </message>
    <message>
        <source>answered on time</source>
        <translation>wedi&apos;u hateb mewn pryd</translation>
    </message>
    <message>
        <source>Visits held and attended by establishment</source>
        <translation>Ymweliadau a gynhaliwyd ac y daethpwyd iddynt fesul sefydliad</translation>
    </message>
    <message>
        <source>held</source>
        <translation>wedi&apos;u cynnal</translation>
    </message>
    <message>
        <source>new baby</source>
        <translation>babi newydd</translation>
    </message>
    <message>
        <source>final contact before adoption</source>
        <translation>cyswllt olaf cyn mabwysiadu</translation>
    </message>
    <message>
        <source>Social visit</source>
        <translation>Ymweliad cymdeithasol</translation>
    </message>
    <message>
        <source>Closed visit</source>
        <translation>Ymweliad caeedig</translation>
    </message>
    <message>
        <source>Child-centred: father-child</source>
        <translation>Yn canolbwyntio ar y plentyn: tad a phlentyn</translation>
    </message>
    <message>
        <source>Child-centred: mother-child</source>
        <translation>Yn canolbwyntio ar y plentyn: mam a phlentyn</translation>
    </message>
    <message>
        <source>New-baby visit</source>
        <translation>Ymweliad babi newydd</translation>
    </message>
    <message>
        <source>Final contact before adoption</source>
        <translation>Cyswllt olaf cyn mabwysiadu</translation>
    </message>
    <message>
        <source>booked</source>
        <translation>wedi&apos;i archebu</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>wedi&apos;i wrthod</translation>
    </message>
    <message>
        <source>attended</source>
        <translation>wedi dod</translation>
    </message>
    <message>
        <source>did not attend</source>
        <translation>heb ddod</translation>
    </message>
    <message>
        <source>Requested by the family</source>
        <translation>Ar gais y teulu</translation>
    </message>
    <message>
        <source>Requested by the prisoner</source>
        <translation>Ar gais y carcharor</translation>
    </message>
    <message>
        <source>Added to the waiting list</source>
        <translation>Wedi&apos;i ychwanegu at y rhestr aros</translation>
    </message>
    <message>
        <source>Booked by the visits team</source>
        <translation>Wedi&apos;i archebu gan y tîm ymweliadau</translation>
    </message>
    <message>
        <source>Booked by phone</source>
        <translation>Wedi&apos;i archebu dros y ffôn</translation>
    </message>
    <message>
        <source>Booked at the visitor centre</source>
        <translation>Wedi&apos;i archebu yn y ganolfan ymwelwyr</translation>
    </message>
    <message>
        <source>Place offered from the waiting list</source>
        <translation>Cynigiwyd lle o&apos;r rhestr aros</translation>
    </message>
    <message>
        <source>Confirmed by the prisoner</source>
        <translation>Wedi&apos;i gadarnhau gan y carcharor</translation>
    </message>
    <message>
        <source>Cancelled by the visitor</source>
        <translation>Wedi&apos;i ganslo gan yr ymwelydd</translation>
    </message>
    <message>
        <source>Cancelled by the prisoner</source>
        <translation>Wedi&apos;i ganslo gan y carcharor</translation>
    </message>
    <message>
        <source>Establishment: staffing</source>
        <translation>Sefydliad: staffio</translation>
    </message>
    <message>
        <source>Establishment: lockdown or security</source>
        <translation>Sefydliad: cyfyngiadau symud neu ddiogelwch</translation>
    </message>
    <message>
        <source>Prisoner unwell</source>
        <translation>Carcharor yn sâl</translation>
    </message>
    <message>
        <source>Duplicate booking</source>
        <translation>Archeb ddyblyg</translation>
    </message>
    <message>
        <source>Visitor not approved</source>
        <translation>Ymwelydd heb ei gymeradwyo</translation>
    </message>
    <message>
        <source>Allowance used up</source>
        <translation>Lwfans wedi&apos;i ddefnyddio</translation>
    </message>
    <message>
        <source>Session full</source>
        <translation>Sesiwn yn llawn</translation>
    </message>
    <message>
        <source>Security decision</source>
        <translation>Penderfyniad diogelwch</translation>
    </message>
    <message>
        <source>Withdrawn by the family</source>
        <translation>Tynnwyd yn ôl gan y teulu</translation>
    </message>
    <message>
        <source>Withdrawn by the prisoner</source>
        <translation>Tynnwyd yn ôl gan y carcharor</translation>
    </message>
    <message>
        <source>No longer needed</source>
        <translation>Dim angen mwyach</translation>
    </message>
    <message>
        <source>visitor did not arrive</source>
        <translation>ni chyrhaeddodd yr ymwelydd</translation>
    </message>
    <message>
        <source>prisoner refused</source>
        <translation>gwrthododd y carcharor</translation>
    </message>
    <message>
        <source>failed security</source>
        <translation>wedi methu&apos;r gwiriad diogelwch</translation>
    </message>
    <message>
        <source>cancelled by establishment</source>
        <translation>wedi&apos;i ganslo gan y sefydliad</translation>
    </message>
    <message>
        <source>ended early</source>
        <translation>daeth i ben yn gynnar</translation>
    </message>
    <message>
        <source>This session has no open tables; choose another session.</source>
        <translation>Does dim byrddau ar gael yn y sesiwn hon; dewiswch sesiwn arall.</translation>
    </message>
    <message>
        <source>This session is full. Offer the waiting list, or overbook with a recorded reason.</source>
        <translation>Mae&apos;r sesiwn hon yn llawn. Cynigiwch y rhestr aros, neu gorarchebwch gan gofnodi&apos;r rheswm.</translation>
    </message>
    <message>
        <source>visit date</source>
        <translation>dyddiad yr ymweliad</translation>
    </message>
    <message>
        <source>Visit type must be one of: {visit_types}.</source>
        <translation>Rhaid i&apos;r math o ymweliad fod yn un o&apos;r canlynol: {visit_types}.</translation>
    </message>
    <message>
        <source>Choose the prisoner to be visited.</source>
        <translation>Dewiswch y carcharor sydd i gael yr ymweliad.</translation>
    </message>
    <message>
        <source>The visit date has passed.</source>
        <translation>Mae dyddiad yr ymweliad wedi mynd heibio.</translation>
    </message>
    <message>
        <source>Visits need {min_notice_days} day(s) notice: the earliest date now is {earliest}.</source>
        <translation>Mae angen {min_notice_days} diwrnod o rybudd ar gyfer ymweliadau: y dyddiad cynharaf nawr yw {earliest}.</translation>
    </message>
    <message>
        <source>Visits can be booked at most {max_notice_days} days ahead: the latest date now is {latest}.</source>
        <translation>Gellir archebu ymweliadau hyd at {max_notice_days} diwrnod ymlaen llaw: y dyddiad diweddaraf nawr yw {latest}.</translation>
    </message>
    <message>
        <source>Add at least one visitor.</source>
        <translation>Ychwanegwch o leiaf un ymwelydd.</translation>
    </message>
    <message>
        <source>A visitor on this booking is no longer on record.</source>
        <translation>Nid yw un o&apos;r ymwelwyr ar yr archeb hon ar gofnod mwyach.</translation>
    </message>
    <message>
        <source>{p} is a prisoner, not a visitor.</source>
        <translation>Mae {p} yn garcharor, nid yn ymwelydd.</translation>
    </message>
    <message>
        <source>{p} has no date of birth on record; it is needed for the age rules.</source>
        <translation>Does dim dyddiad geni ar gofnod ar gyfer {p}; mae ei angen ar gyfer y rheolau oedran.</translation>
    </message>
    <message>
        <source>{p}&apos;s date of birth is after the visit date.</source>
        <translation>Mae dyddiad geni {p} ar ôl dyddiad yr ymweliad.</translation>
    </message>
    <message>
        <source>Choose the lead visitor.</source>
        <translation>Dewiswch y prif ymwelydd.</translation>
    </message>
    <message>
        <source>The lead visitor must be one of the visitors on the booking.</source>
        <translation>Rhaid i&apos;r prif ymwelydd fod yn un o&apos;r ymwelwyr ar yr archeb.</translation>
    </message>
    <message>
        <source>The lead visitor must be {lead_visitor_age} or over on the visit date; {lead} will be {ages}.</source>
        <translation>Rhaid i&apos;r prif ymwelydd fod yn {lead_visitor_age} oed neu&apos;n hŷn ar ddyddiad yr ymweliad; oedran {lead} fydd {ages}.</translation>
    </message>
    <message>
        <source>At least one visitor must be an adult ({lead_visitor_age} or over) on the visit date.</source>
        <translation>Rhaid i o leiaf un ymwelydd fod yn oedolyn ({lead_visitor_age} oed neu&apos;n hŷn) ar ddyddiad yr ymweliad.</translation>
    </message>
    <message>
        <source>A booking can bring at most {max_visitors} visitors; this one has {count}.</source>
        <translation>Gall archeb gynnwys {max_visitors} ymwelydd ar y mwyaf; mae gan yr un hon {count}.</translation>
    </message>
    <message>
        <source>A booking can bring at most {max_adults} adults; this one has {adults} (anyone {adult_age} or over on the visit date counts as an adult).</source>
        <translation>Gall archeb gynnwys {max_adults} oedolyn ar y mwyaf; mae gan yr un hon {adults} (mae unrhyw un sy&apos;n {adult_age} oed neu&apos;n hŷn ar ddyddiad yr ymweliad yn cyfrif fel oedolyn).</translation>
    </message>
    <message>
        <source>A booking can bring at most {max_children} children; this one has {children}.</source>
        <translation>Gall archeb gynnwys {max_children} plentyn ar y mwyaf; mae gan yr un hon {children}.</translation>
    </message>
    <message>
        <source>{names}: closed visits only, so this will be a closed visit.</source>
        <translation>{names}: ymweliadau caeedig yn unig, felly bydd hwn yn ymweliad caeedig.</translation>
    </message>
    <message>
        <source>{names}: closed visits only. A {visit_type} cannot be closed; book a closed visit instead.</source>
        <translation>{names}: ymweliadau caeedig yn unig. Ni all ymweliad o&apos;r math {visit_type} fod yn gaeedig; archebwch ymweliad caeedig yn lle hynny.</translation>
    </message>
    <message>
        <source>A {visit_type} visit needs at least one child on the booking.</source>
        <translation>Mae angen o leiaf un plentyn ar yr archeb ar gyfer ymweliad o&apos;r math {visit_type}.</translation>
    </message>
    <message>
        <source>A new-baby visit is meant for a baby under one; there is none on this booking.</source>
        <translation>Mae ymweliad babi newydd ar gyfer babi o dan flwydd oed; does dim un ar yr archeb hon.</translation>
    </message>
    <message>
        <source>A final contact visit before adoption needs the local authority&apos;s assessment recorded.</source>
        <translation>Mae angen cofnodi asesiad yr awdurdod lleol ar gyfer ymweliad cyswllt olaf cyn mabwysiadu.</translation>
    </message>
    <message>
        <source>A final contact visit before adoption needs a record of who will support the parent.</source>
        <translation>Mae angen cofnod o bwy fydd yn cefnogi&apos;r rhiant ar gyfer ymweliad cyswllt olaf cyn mabwysiadu.</translation>
    </message>
    <message>
        <source>This session takes no closed visits. Choose a session with closed places.</source>
        <translation>Does dim ymweliadau caeedig yn y sesiwn hon. Dewiswch sesiwn sydd â lleoedd caeedig.</translation>
    </message>
    <message>
        <source>This prisoner already has booking {ref} at this session.</source>
        <translation>Mae gan y carcharor hwn archeb {ref} yn y sesiwn hon yn barod.</translation>
    </message>
    <message>
        <source>{found} is already on booking {ref} at this session.</source>
        <translation>Mae {found} ar archeb {ref} yn y sesiwn hon yn barod.</translation>
    </message>
    <message>
        <source>This prisoner&apos;s {visiting_orders_per_month} visits for {month} are used ({used} booked). The allowance renews on {renews}.</source>
        <translation>Mae {visiting_orders_per_month} ymweliad y carcharor hwn ar gyfer {month} wedi&apos;u defnyddio ({used} wedi&apos;u harchebu). Bydd y lwfans yn adnewyddu ar {renews}.</translation>
    </message>
    <message>
        <source>This session still has places: book the visit instead of using the waiting list.</source>
        <translation>Mae lleoedd ar gael yn y sesiwn hon o hyd: archebwch yr ymweliad yn lle defnyddio&apos;r rhestr aros.</translation>
    </message>
    <message>
        <source>Status must be one of: {statuses}.</source>
        <translation>Rhaid i&apos;r statws fod yn un o&apos;r canlynol: {statuses}.</translation>
    </message>
    <message>
        <source>This visit already has an outcome ({outcome}), so its status can no longer change. If the outcome is wrong, record the right one instead.</source>
        <translation>Mae canlyniad gan yr ymweliad hwn yn barod ({outcome}), felly ni all ei statws newid mwyach. Os yw&apos;r canlyniad yn anghywir, cofnodwch yr un cywir yn lle hynny.</translation>
    </message>
    <message>
        <source>The booking is already {old}.</source>
        <translation>Statws yr archeb yw {old} yn barod.</translation>
    </message>
    <message>
        <source>A {old} booking cannot be changed. Make a new booking instead.</source>
        <translation>Ni ellir newid archeb sydd â&apos;r statws {old}. Gwnewch archeb newydd yn lle hynny.</translation>
    </message>
    <message>
        <source>A {old} booking can only be {allowed} or {allowed2}.</source>
        <translation>Gall archeb sydd â&apos;r statws {old} newid i&apos;r statws {allowed} neu {allowed2} yn unig.</translation>
    </message>
    <message>
        <source>A {old} booking can only be {allowed}.</source>
        <translation>Gall archeb sydd â&apos;r statws {old} newid i&apos;r statws {allowed} yn unig.</translation>
    </message>
    <message>
        <source>Choose why the booking is {status}: {reason_codes}.</source>
        <translation>Dewiswch y rheswm dros y statws {status}: {reason_codes}.</translation>
    </message>
    <message>
        <source>The visit date has passed; it can no longer be booked.</source>
        <translation>Mae dyddiad yr ymweliad wedi mynd heibio; ni ellir ei archebu mwyach.</translation>
    </message>
    <message>
        <source>The visit date has passed: record what happened as its outcome instead.</source>
        <translation>Mae dyddiad yr ymweliad wedi mynd heibio: cofnodwch beth ddigwyddodd fel ei ganlyniad yn lle hynny.</translation>
    </message>
    <message>
        <source>This session no longer runs on that date.</source>
        <translation>Nid yw&apos;r sesiwn hon yn cael ei chynnal ar y dyddiad hwnnw mwyach.</translation>
    </message>
    <message>
        <source>This session is still full. Overbook with a recorded reason, or wait for a place.</source>
        <translation>Mae&apos;r sesiwn hon yn llawn o hyd. Gorarchebwch gan gofnodi&apos;r rheswm, neu arhoswch am le.</translation>
    </message>
    <message>
        <source>Outcome must be one of: {outcomes}.</source>
        <translation>Rhaid i&apos;r canlyniad fod yn un o&apos;r canlynol: {outcomes}.</translation>
    </message>
    <message>
        <source>Only a booked visit has an outcome; {ref} is {status}.</source>
        <translation>Dim ond ymweliad wedi&apos;i archebu sydd â chanlyniad; statws {ref} yw {status}.</translation>
    </message>
    <message>
        <source>The outcome can be recorded from the day of the visit ({on}).</source>
        <translation>Gellir cofnodi&apos;r canlyniad o ddiwrnod yr ymweliad ymlaen ({on}).</translation>
    </message>
    <message>
        <source>The visit starts at {starts} on {on}; its outcome can be recorded once it has started.</source>
        <translation>Mae&apos;r ymweliad yn dechrau am {starts} ar {on}; gellir cofnodi ei ganlyniad ar ôl iddo ddechrau.</translation>
    </message>
    <message>
        <source>Choose an outcome for at least one booking.</source>
        <translation>Dewiswch ganlyniad ar gyfer o leiaf un archeb.</translation>
    </message>
    <message>
        <source>{booking}: {message}</source>
        <translation>{booking}: {message}</translation>
    </message>
    <message>
        <source>A booking</source>
        <translation>Archeb</translation>
    </message>
    <message>
        <source>No outcome was saved:
{refused}</source>
        <translation>Ni chadwyd unrhyw ganlyniad:
{refused}</translation>
    </message>
    <message>
        <source>Family days held by establishment</source>
        <translation>Diwrnodau teulu a gynhaliwyd fesul sefydliad</translation>
    </message>
    <message>
        <source>family days held</source>
        <translation>diwrnodau teulu a gynhaliwyd</translation>
    </message>
    <message>
        <source>Open cases per worker, against 40</source>
        <translation>Achosion agored fesul gweithiwr, o&apos;u cymharu â 40</translation>
    </message>
    <message>
        <source>Overdue reviews and waiting list</source>
        <translation>Adolygiadau yn hwyr a&apos;r rhestr aros</translation>
    </message>
    <message>
        <source>Applications answered on time (%)</source>
        <translation>Ceisiadau a atebwyd mewn pryd (%)</translation>
    </message>
    <message>
        <source>Visits held and attended</source>
        <translation>Ymweliadau a gynhaliwyd ac y daethpwyd iddynt</translation>
    </message>
    <message>
        <source>Family days: families attending</source>
        <translation>Diwrnodau teulu: teuluoedd a ddaeth</translation>
    </message>
    <message>
        <source>families attended</source>
        <translation>teuluoedd a ddaeth</translation>
    </message>
    <message>
        <source>Applications, visits and family days</source>
        <translation>Ceisiadau, ymweliadau a diwrnodau teulu</translation>
    </message>
    <message>
        <source>Applications received</source>
        <translation>Ceisiadau a ddaeth i law</translation>
    </message>
    <message>
        <source>Answered on time</source>
        <translation>Wedi&apos;u hateb mewn pryd</translation>
    </message>
    <message>
        <source>Visits held</source>
        <translation>Ymweliadau a gynhaliwyd</translation>
    </message>
    <message>
        <source>Visits attended</source>
        <translation>Ymweliadau y daethpwyd iddynt</translation>
    </message>
    <message>
        <source>Family days held</source>
        <translation>Diwrnodau teulu a gynhaliwyd</translation>
    </message>
    <message>
        <source>Families attended</source>
        <translation>Teuluoedd a ddaeth</translation>
    </message>
    <message>
        <source>count</source>
        <translation>nifer</translation>
    </message>
    <message>
        <source>{open} (target {target})</source>
        <translation>{open} (targed {target})</translation>
    </message>
    <message>
        <source>Referred in period</source>
        <translation>Wedi&apos;u hatgyfeirio yn y cyfnod</translation>
    </message>
    <message>
        <source>Closed in period</source>
        <translation>Wedi&apos;u cau yn y cyfnod</translation>
    </message>
    <message>
        <source>Reviews overdue</source>
        <translation>Adolygiadau yn hwyr</translation>
    </message>
    <message>
        <source>Waiting for first contact</source>
        <translation>Yn aros am y cyswllt cyntaf</translation>
    </message>
    <message numerus="yes">
        <source>{waiting} (longest %n days)</source>
        <translation>
            <numerusform>{waiting} (yr hiraf: %n diwrnod)</numerusform>
            <numerusform>{waiting} (yr hiraf: %n diwrnod)</numerusform>
            <numerusform>{waiting} (yr hiraf: %n diwrnod)</numerusform>
            <numerusform>{waiting} (yr hiraf: %n diwrnod)</numerusform>
            <numerusform>{waiting} (yr hiraf: %n diwrnod)</numerusform>
        </translation>
    </message>
    <message>
        <source>Referral to first contact</source>
        <translation>O&apos;r atgyfeiriad i&apos;r cyswllt cyntaf</translation>
    </message>
    <message>
        <source>median {days} days</source>
        <translation>canolrif {days} diwrnod</translation>
    </message>
    <message>
        <source>Children in cases worked</source>
        <translation>Plant yn yr achosion y gweithiwyd arnynt</translation>
    </message>
    <message>
        <source>Applications answered on time</source>
        <translation>Ceisiadau a atebwyd mewn pryd</translation>
    </message>
    <message>
        <source>{share} ({answered} of {considered})</source>
        <translation>{share} ({answered} o {considered})</translation>
    </message>
    <message>
        <source>Visits held / attended</source>
        <translation>Ymweliadau a gynhaliwyd / y daethpwyd iddynt</translation>
    </message>
    <message>
        <source>Family days held / families</source>
        <translation>Diwrnodau teulu a gynhaliwyd / teuluoedd</translation>
    </message>
    <message>
        <source>Travel claims made / missed</source>
        <translation>Hawliadau costau teithio a wnaed / a fethwyd</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Yn aros</translation>
    </message>
    <message>
        <source>Days to first contact</source>
        <translation>Diwrnodau hyd at y cyswllt cyntaf</translation>
    </message>
    <message>
        <source>Applications on time</source>
        <translation>Ceisiadau ar amser</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Cam</translation>
    </message>
    <message>
        <source>Referred</source>
        <translation>Atgyfeiriwyd</translation>
    </message>
    <message>
        <source>First contact</source>
        <translation>Cyswllt cyntaf</translation>
    </message>
    <message>
        <source>Review due</source>
        <translation>Adolygiad yn ddyledus</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Cysylltiadau</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Rhybuddion</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>Y 12 mis diwethaf</translation>
    </message>
    <message>
        <source>This quarter</source>
        <translation>Y chwarter hwn</translation>
    </message>
    <message>
        <source>Last quarter</source>
        <translation>Y chwarter diwethaf</translation>
    </message>
    <message>
        <source>This financial year</source>
        <translation>Y flwyddyn ariannol hon</translation>
    </message>
    <message>
        <source>Chosen dates</source>
        <translation>Dyddiadau a ddewiswyd</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Cyfnod</translation>
    </message>
    <message>
        <source>Period from</source>
        <translation>Cyfnod o</translation>
    </message>
    <message>
        <source>Period to</source>
        <translation>Cyfnod hyd at</translation>
    </message>
    <message>
        <source>&amp;Period</source>
        <translation>&amp;Cyfnod</translation>
    </message>
    <message>
        <source>to</source>
        <comment>between two dates</comment>
        <translation>hyd at</translation>
    </message>
    <message>
        <source>Case {reference} — {worker}</source>
        <translation>Achos {reference} — {worker}</translation>
    </message>
    <message>
        <source>Case summary</source>
        <translation>Crynodeb o&apos;r achos</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Ffynhonnell</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Cyswllt diwethaf</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Wedi&apos;i gau</translation>
    </message>
    <message>
        <source>Closure reason</source>
        <translation>Rheswm dros gau</translation>
    </message>
    <message>
        <source>{area} ({nature}, {term} term)</source>
        <translation>{area} ({nature}, tymor {term})</translation>
    </message>
    <message>
        <source>← &amp;Team</source>
        <translation>← &amp;Tîm</translation>
    </message>
    <message>
        <source>Back to the team</source>
        <translation>Yn ôl i&apos;r tîm</translation>
    </message>
    <message>
        <source>&amp;Supervision notes</source>
        <translation>Nodiadau &amp;goruchwyliaeth</translation>
    </message>
    <message>
        <source>Supervision notes for this worker</source>
        <translation>Nodiadau goruchwyliaeth ar gyfer y gweithiwr hwn</translation>
    </message>
    <message>
        <source>Cases shown</source>
        <translation>Achosion a ddangosir</translation>
    </message>
    <message>
        <source>No open cases. Start one with New referral (Ctrl+N), or bring in a spreadsheet with File → Import caseload.</source>
        <translation>Does dim achosion agored. Dechreuwch un gydag Atgyfeiriad newydd (Ctrl+N), neu dewch â thaenlen i mewn gyda Ffeil → Mewnforio llwyth achosion.</translation>
    </message>
    <message>
        <source>No cases match. Clear the search, or choose All cases and Any stage.</source>
        <translation>Does dim achosion yn cyfateb. Cliriwch y chwiliad, neu dewiswch Pob achos ac Unrhyw gam.</translation>
    </message>
    <message>
        <source>Search by name, case reference or prison number</source>
        <translation>Chwilio yn ôl enw, cyfeirnod achos neu rif carchar</translation>
    </message>
    <message>
        <source>Search caseload</source>
        <translation>Chwilio&apos;r llwyth achosion</translation>
    </message>
    <message>
        <source>Closed cases</source>
        <translation>Achosion wedi&apos;u cau</translation>
    </message>
    <message>
        <source>All cases</source>
        <translation>Pob achos</translation>
    </message>
    <message>
        <source>Case status filter</source>
        <translation>Hidlydd statws achosion</translation>
    </message>
    <message>
        <source>Any stage</source>
        <translation>Unrhyw gam</translation>
    </message>
    <message>
        <source>New</source>
        <comment>case stage</comment>
        <translation>Newydd</translation>
    </message>
    <message>
        <source>Assessed</source>
        <comment>case stage</comment>
        <translation>Wedi&apos;i asesu</translation>
    </message>
    <message>
        <source>Planned</source>
        <comment>case stage</comment>
        <translation>Wedi&apos;i gynllunio</translation>
    </message>
    <message>
        <source>Active</source>
        <comment>case stage</comment>
        <translation>Gweithredol</translation>
    </message>
    <message>
        <source>Review due</source>
        <comment>case stage</comment>
        <translation>Adolygiad yn ddyledus</translation>
    </message>
    <message>
        <source>Stage filter</source>
        <translation>Hidlydd cam</translation>
    </message>
    <message>
        <source>Caseload table</source>
        <translation>Tabl llwyth achosion</translation>
    </message>
    <message>
        <source>Log contact for the selected case</source>
        <translation>Cofnodi cyswllt ar gyfer yr achos a ddewiswyd</translation>
    </message>
    <message numerus="yes">
        <source>%n case|%n cases</source>
        <translation>
            <numerusform>Dim achosion</numerusform>
            <numerusform>%n achos</numerusform>
            <numerusform>%n achos</numerusform>
            <numerusform>%n achos</numerusform>
            <numerusform>%n achos</numerusform>
        </translation>
    </message>
    <message>
        <source>Cases in this worker&apos;s summary</source>
        <translation>Achosion yng nghrynodeb y gweithiwr hwn</translation>
    </message>
    <message>
        <source>, {count} earlier kept</source>
        <translation>, {count} cynharach wedi&apos;u cadw</translation>
    </message>
    <message>
        <source>names included</source>
        <translation>enwau wedi&apos;u cynnwys</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Tîm</translation>
    </message>
    <message>
        <source>&amp;Import summaries…</source>
        <translation>&amp;Mewnforio crynodebau…</translation>
    </message>
    <message>
        <source>Import summaries</source>
        <translation>Mewnforio crynodebau</translation>
    </message>
    <message>
        <source>Workers&apos; summary bundles: choose several at once</source>
        <translation>Bwndeli crynodeb gweithwyr: dewiswch sawl un ar unwaith</translation>
    </message>
    <message>
        <source>No workers&apos; summaries yet.</source>
        <translation>Dim crynodebau gan weithwyr eto.</translation>
    </message>
    <message>
        <source>Pair with each worker&apos;s desk: the worker saves an identity file with “Export my identity…” on their Sync page; on this desk&apos;s Sync page choose “Pair with a desk…”, pick that file and compare the fingerprint with the worker.</source>
        <translation>Parwch â desg pob gweithiwr: mae&apos;r gweithiwr yn cadw ffeil hunaniaeth gydag “Allforio fy hunaniaeth…” ar ei dudalen Cysoni; ar dudalen Cysoni&apos;r ddesg hon, dewiswch “Paru â desg…”, dewiswch y ffeil honno a chymharwch yr ôl bys â&apos;r gweithiwr.</translation>
    </message>
    <message>
        <source>The worker sends a summary: on their Sync page, To: this desk, Kind: “Summary for my supervisor”, then “Export bundle…”.</source>
        <translation>Mae&apos;r gweithiwr yn anfon crynodeb: ar ei dudalen Cysoni, At: y ddesg hon, Math: “Crynodeb i&apos;m goruchwyliwr”, yna “Allforio bwndel…”.</translation>
    </message>
    <message>
        <source>Here, choose “Import summaries…” and pick the summary files (several at once if you like).</source>
        <translation>Yma, dewiswch “Mewnforio crynodebau…” a dewiswch y ffeiliau crynodeb (sawl un ar unwaith os mynnwch).</translation>
    </message>
    <message>
        <source>No worker matches the filter: clear it to see the whole team.</source>
        <translation>Does dim gweithiwr yn cyfateb i&apos;r hidlydd: cliriwch ef i weld y tîm cyfan.</translation>
    </message>
    <message>
        <source>Double-click or press Enter to see a worker&apos;s figures and cases; click a heading to sort</source>
        <translation>Cliciwch ddwywaith neu pwyswch Enter i weld ffigurau ac achosion gweithiwr; cliciwch ar bennawd i drefnu</translation>
    </message>
    <message>
        <source>Filter workers</source>
        <translation>Hidlo gweithwyr</translation>
    </message>
    <message>
        <source>Filter by worker, desk or establishment</source>
        <translation>Hidlo yn ôl gweithiwr, desg neu sefydliad</translation>
    </message>
    <message>
        <source>Filte&amp;r</source>
        <translation>&amp;Hidlo</translation>
    </message>
    <message>
        <source>{shown} of {all} shown</source>
        <translation>{shown} o {all} yn cael eu dangos</translation>
    </message>
    <message>
        <source>All establishments ({workers} workers)</source>
        <translation>Pob sefydliad ({workers} gweithiwr)</translation>
    </message>
    <message>
        <source>{workers} workers in {places} establishments · newest summary {date}</source>
        <translation>{workers} gweithiwr mewn {places} sefydliad · crynodeb diweddaraf {date}</translation>
    </message>
    <message>
        <source>{workers} workers · newest summary {date}</source>
        <translation>{workers} gweithiwr · crynodeb diweddaraf {date}</translation>
    </message>
    <message>
        <source>Import workers&apos; summaries</source>
        <translation>Mewnforio crynodebau gweithwyr</translation>
    </message>
    <message>
        <source>FSW bundles</source>
        <translation>Bwndeli FSW</translation>
    </message>
    <message>
        <source>Importing summaries</source>
        <translation>Wrthi&apos;n mewnforio crynodebau</translation>
    </message>
    <message numerus="yes">
        <source>%n summary imported|%n summaries imported</source>
        <translation>
            <numerusform>Dim crynodebau wedi&apos;u mewnforio</numerusform>
            <numerusform>%n crynodeb wedi&apos;i fewnforio</numerusform>
            <numerusform>%n crynodeb wedi&apos;u mewnforio</numerusform>
            <numerusform>%n crynodeb wedi&apos;u mewnforio</numerusform>
            <numerusform>%n crynodeb wedi&apos;u mewnforio</numerusform>
        </translation>
    </message>
    <message>
        <source>{imported}; {count} imported before, nothing changed</source>
        <translation>{imported}; {count} wedi&apos;u mewnforio o&apos;r blaen, ni newidiwyd dim</translation>
    </message>
    <message>
        <source>Outcomes</source>
        <translation>Canlyniadau</translation>
    </message>
    <message>
        <source>Each child&apos;s first score against their latest in the period, per outcome (as in the i-HOP evaluation&apos;s Table 4).</source>
        <translation>Sgôr gyntaf pob plentyn o&apos;i chymharu â&apos;i sgôr ddiweddaraf yn y cyfnod, fesul canlyniad (fel yn Nhabl 4 gwerthusiad i-HOP).</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Canlyniad</translation>
    </message>
    <message>
        <source>Improved</source>
        <translation>Wedi gwella</translation>
    </message>
    <message>
        <source>No change</source>
        <translation>Dim newid</translation>
    </message>
    <message>
        <source>Worse</source>
        <translation>Yn waeth</translation>
    </message>
    <message>
        <source>Scored twice</source>
        <translation>Wedi&apos;u sgorio ddwywaith</translation>
    </message>
    <message>
        <source>Improved %</source>
        <translation>% wedi gwella</translation>
    </message>
    <message>
        <source>One score only</source>
        <translation>Un sgôr yn unig</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Siartiau</translation>
    </message>
    <message>
        <source>Made by FSW Desk from workers&apos; summaries. Summaries carry no names unless a worker chose to include them for supervision; people who must not be disclosed are never included.</source>
        <translation>Wedi&apos;i greu gan FSW Desk o grynodebau&apos;r gweithwyr. Nid yw crynodebau&apos;n cynnwys enwau oni bai bod gweithiwr wedi dewis eu cynnwys ar gyfer goruchwyliaeth; ni chaiff pobl na ddylid eu datgelu byth eu cynnwys.</translation>
    </message>
    <message>
        <source>e.g. HMP Northfield</source>
        <translation>e.e. HMP Northfield</translation>
    </message>
    <message>
        <source>Your &amp;name</source>
        <translation>Eich &amp;enw</translation>
    </message>
    <message>
        <source>&amp;Desk name</source>
        <translation>Enw&apos;r &amp;ddesg</translation>
    </message>
    <message>
        <source>&amp;Establishment</source>
        <translation>&amp;Sefydliad</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation>&amp;Rôl</translation>
    </message>
    <message>
        <source>Choose a passphrase</source>
        <translation>Dewiswch gyfrinymadrodd</translation>
    </message>
    <message>
        <source>Four or more unrelated words is easy to remember and hard to guess. There is no way to recover the data without it.</source>
        <translation>Mae pedwar gair neu fwy nad ydynt yn perthyn i&apos;w gilydd yn hawdd eu cofio ac yn anodd eu dyfalu. Does dim modd adfer y data hebddo.</translation>
    </message>
    <message>
        <source>Passphrase again</source>
        <translation>Cyfrinymadrodd eto</translation>
    </message>
    <message>
        <source>Passphrase strength</source>
        <translation>Cryfder y cyfrinymadrodd</translation>
    </message>
    <message>
        <source>Passphrase feedback</source>
        <translation>Adborth am y cyfrinymadrodd</translation>
    </message>
    <message>
        <source>Passphrases match</source>
        <translation>Y cyfrinymadroddion yn cyfateb</translation>
    </message>
    <message>
        <source>&amp;Passphrase</source>
        <translation>&amp;Cyfrinymadrodd</translation>
    </message>
    <message>
        <source>Type a passphrase: four or more words, or at least 12 characters.</source>
        <translation>Teipiwch gyfrinymadrodd: pedwar gair neu fwy, neu o leiaf 12 nod.</translation>
    </message>
    <message>
        <source>That is a commonly used password. Choose four or more unrelated words.</source>
        <translation>Mae hwnnw&apos;n gyfrinair a ddefnyddir yn aml. Dewiswch bedwar gair neu fwy nad ydynt yn perthyn i&apos;w gilydd.</translation>
    </message>
    <message>
        <source>Too many repeated characters. Choose four or more unrelated words.</source>
        <translation>Gormod o nodau wedi&apos;u hailadrodd. Dewiswch bedwar gair neu fwy nad ydynt yn perthyn i&apos;w gilydd.</translation>
    </message>
    <message>
        <source>Strong: four or more words.</source>
        <translation>Cryf: pedwar gair neu fwy.</translation>
    </message>
    <message>
        <source>Good: four words.</source>
        <translation>Da: pedwar gair.</translation>
    </message>
    <message>
        <source>Acceptable. Longer is stronger.</source>
        <translation>Derbyniol. Po hiraf, cryfaf.</translation>
    </message>
    <message>
        <source>Good.</source>
        <translation>Da.</translation>
    </message>
    <message>
        <source>Strong.</source>
        <translation>Cryf.</translation>
    </message>
    <message numerus="yes">
        <source>Too short: %n more character, or use four or more words.|Too short: %n more characters, or use four or more words.</source>
        <translation>
            <numerusform>Rhy fyr: mae angen %n nod arall, neu defnyddiwch bedwar gair neu fwy.</numerusform>
            <numerusform>Rhy fyr: mae angen %n nod arall, neu defnyddiwch bedwar gair neu fwy.</numerusform>
            <numerusform>Rhy fyr: mae angen %n nod arall, neu defnyddiwch bedwar gair neu fwy.</numerusform>
            <numerusform>Rhy fyr: mae angen %n nod arall, neu defnyddiwch bedwar gair neu fwy.</numerusform>
            <numerusform>Rhy fyr: mae angen %n nod arall, neu defnyddiwch bedwar gair neu fwy.</numerusform>
        </translation>
    </message>
    <message>
        <source>Worker name and desk name are both needed.</source>
        <translation>Mae angen enw&apos;r gweithiwr ac enw&apos;r ddesg.</translation>
    </message>
    <message>
        <source>Role must be one of: {roles}.</source>
        <translation>Rhaid i&apos;r rôl fod yn un o&apos;r canlynol: {roles}.</translation>
    </message>
    <message>
        <source>No profile at {profile_dir}. Create one first.</source>
        <translation>Does dim proffil yn {profile_dir}. Crëwch un yn gyntaf.</translation>
    </message>
    <message>
        <source>This profile has no desk identity.</source>
        <translation>Does dim hunaniaeth desg gan y proffil hwn.</translation>
    </message>
    <message>
        <source>Checking the current passphrase</source>
        <translation>Yn gwirio&apos;r cyfrinymadrodd presennol</translation>
    </message>
    <message>
        <source>The new passphrase is the same as the current one.</source>
        <translation>Mae&apos;r cyfrinymadrodd newydd yr un fath â&apos;r un presennol.</translation>
    </message>
    <message>
        <source>Protecting the new passphrase</source>
        <translation>Yn diogelu&apos;r cyfrinymadrodd newydd</translation>
    </message>
    <message>
        <source>Passphrase changed</source>
        <translation>Newidiwyd y cyfrinymadrodd</translation>
    </message>
    <message>
        <source>Lock the profile and unlock it with its passphrase first; then change it.</source>
        <translation>Cloewch y proffil a&apos;i ddatgloi gyda&apos;i gyfrinymadrodd yn gyntaf; yna newidiwch ef.</translation>
    </message>
    <message>
        <source>The current passphrase is not right.</source>
        <translation>Nid yw&apos;r cyfrinymadrodd presennol yn gywir.</translation>
    </message>
    <message>
        <source>Updating the backups inside the profile</source>
        <translation>Yn diweddaru&apos;r copïau wrth gefn yn y proffil</translation>
    </message>
    <message>
        <source>Saving the passphrase slot</source>
        <translation>Yn cadw slot y cyfrinymadrodd</translation>
    </message>
    <message>
        <source>Checking the passphrase</source>
        <translation>Yn gwirio&apos;r cyfrinymadrodd</translation>
    </message>
    <message>
        <source>Measuring this computer</source>
        <translation>Yn mesur y cyfrifiadur hwn</translation>
    </message>
    <message>
        <source>Protecting the passphrase at the new cost</source>
        <translation>Yn diogelu&apos;r cyfrinymadrodd ar y gost newydd</translation>
    </message>
    <message>
        <source>Timing one unlock</source>
        <translation>Yn amseru un datgloi</translation>
    </message>
    <message>
        <source>Re-tuned</source>
        <translation>Wedi ail-diwnio</translation>
    </message>
    <message>
        <source>Recording the change</source>
        <translation>Yn cofnodi&apos;r newid</translation>
    </message>
    <message>
        <source>Re-encrypting the backups inside the profile</source>
        <translation>Yn ail-amgryptio&apos;r copïau wrth gefn yn y proffil</translation>
    </message>
    <message>
        <source>Passphrase changed and profile re-encrypted</source>
        <translation>Newidiwyd y cyfrinymadrodd ac ail-amgryptiwyd y proffil</translation>
    </message>
    <message>
        <source>Made before key slots: moves to them at the next unlock with the passphrase.</source>
        <translation>Wedi&apos;i greu cyn slotiau allweddi: bydd yn symud iddynt y tro nesaf y caiff ei ddatgloi gyda&apos;r cyfrinymadrodd.</translation>
    </message>
    <message>
        <source>Lock the profile and unlock it with its passphrase first.</source>
        <translation>Cloewch y proffil a&apos;i ddatgloi gyda&apos;i gyfrinymadrodd yn gyntaf.</translation>
    </message>
    <message>
        <source>Checking the recovery key</source>
        <translation>Yn gwirio&apos;r allwedd adfer</translation>
    </message>
    <message>
        <source>Saving the new passphrase</source>
        <translation>Yn cadw&apos;r cyfrinymadrodd newydd</translation>
    </message>
    <message>
        <source>Passphrase set</source>
        <translation>Gosodwyd y cyfrinymadrodd</translation>
    </message>
    <message>
        <source>Backup verified</source>
        <translation>Gwiriwyd y copi wrth gefn</translation>
    </message>
    <message>
        <source>No backup file at {backup_file}.</source>
        <translation>Does dim ffeil copi wrth gefn yn {backup_file}.</translation>
    </message>
    <message>
        <source>The backup file is damaged and cannot be restored. Try an older backup.</source>
        <translation>Mae&apos;r ffeil copi wrth gefn wedi&apos;i difrodi ac ni ellir ei hadfer. Rhowch gynnig ar gopi wrth gefn hŷn.</translation>
    </message>
    <message>
        <source>The backup file is damaged: {problems}</source>
        <translation>Mae&apos;r ffeil copi wrth gefn wedi&apos;i difrodi: {problems}</translation>
    </message>
    <message>
        <source>That file is not an FSW Desk backup.</source>
        <translation>Nid yw&apos;r ffeil honno&apos;n gopi wrth gefn FSW Desk.</translation>
    </message>
    <message>
        <source>This backup was made by a newer version of FSW Desk and cannot be restored with this one. Install the latest version of FSW Desk, then restore it. Nothing was changed.</source>
        <translation>Cafodd y copi wrth gefn hwn ei wneud gan fersiwn mwy newydd o FSW Desk ac ni ellir ei adfer gyda&apos;r fersiwn hon. Gosodwch y fersiwn ddiweddaraf o FSW Desk, yna adferwch ef. Ni newidiwyd dim.</translation>
    </message>
    <message>
        <source>The restored profile opens with the passphrase (and the recovery key, if there was one) that were current when the backup was made.</source>
        <translation>Mae&apos;r proffil a adferwyd yn agor gyda&apos;r cyfrinymadrodd (a&apos;r allwedd adfer, os oedd un) a oedd yn gyfredol pan wnaed y copi wrth gefn.</translation>
    </message>
    <message>
        <source>Checking the backup</source>
        <translation>Yn gwirio&apos;r copi wrth gefn</translation>
    </message>
    <message>
        <source>That passphrase does not open this backup. A backup made since key slots came in opens only with its key file ({name}{slots_suffix}) beside it: copy the two files together.</source>
        <translation>Nid yw&apos;r cyfrinymadrodd hwnnw&apos;n agor y copi wrth gefn hwn. Dim ond gyda&apos;i ffeil allwedd ({name}{slots_suffix}) wrth ei ymyl y bydd copi wrth gefn a wnaed ers cyflwyno slotiau allweddi yn agor: copïwch y ddwy ffeil gyda&apos;i gilydd.</translation>
    </message>
    <message>
        <source>That passphrase (or recovery key) does not open this backup.</source>
        <translation>Nid yw&apos;r cyfrinymadrodd hwnnw (na&apos;r allwedd adfer) yn agor y copi wrth gefn hwn.</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>Wedi&apos;i adfer</translation>
    </message>
    <message>
        <source>The restored profile opens with the passphrase that was current when the backup was made.</source>
        <translation>Mae&apos;r proffil a adferwyd yn agor gyda&apos;r cyfrinymadrodd a oedd yn gyfredol pan wnaed y copi wrth gefn.</translation>
    </message>
    <message>
        <source>Copying</source>
        <translation>Yn copïo</translation>
    </message>
    <message>
        <source>FSW Desk could not copy the backup into the profile ({reason}), so nothing was changed. Free some space and try again.</source>
        <translation>Nid oedd modd i FSW Desk gopïo&apos;r copi wrth gefn i&apos;r proffil ({reason}), felly ni newidiwyd dim. Rhyddhewch rywfaint o le a rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <source>Opening the restored profile</source>
        <translation>Yn agor y proffil a adferwyd</translation>
    </message>
    <message>
        <source>This backup could not be opened and brought up to date by this version of FSW Desk, so nothing was changed: your profile is as it was.</source>
        <translation>Nid oedd modd i&apos;r fersiwn hon o FSW Desk agor y copi wrth gefn hwn a&apos;i ddiweddaru, felly ni newidiwyd dim: mae eich proffil fel yr oedd.</translation>
    </message>
    <message>
        <source>Removing the replaced profile</source>
        <translation>Yn tynnu&apos;r proffil a ddisodlwyd</translation>
    </message>
    <message>
        <source>They match.</source>
        <translation>Maen nhw&apos;n cyfateb.</translation>
    </message>
    <message>
        <source>They do not match yet.</source>
        <translation>Dydyn nhw ddim yn cyfateb eto.</translation>
    </message>
    <message>
        <source>If the passphrase is ever forgotten, this key sets a new one and keeps all the data.</source>
        <translation>Os caiff y cyfrinymadrodd ei anghofio byth, bydd yr allwedd hon yn gosod un newydd ac yn cadw&apos;r holl ddata.</translation>
    </message>
    <message>
        <source>Write it down or print it now: it is shown only once. Anyone holding it can open this profile, so keep it like a door key, locked away from the computer.</source>
        <translation>Ysgrifennwch hi neu ei hargraffu nawr: dim ond unwaith y caiff ei dangos. Gall unrhyw un sydd â hi agor y proffil hwn, felly cadwch hi fel allwedd drws, dan glo ac i ffwrdd o&apos;r cyfrifiadur.</translation>
    </message>
    <message>
        <source>&amp;Skip the recovery key</source>
        <translation>&amp;Hepgor yr allwedd adfer</translation>
    </message>
    <message>
        <source>Skip the recovery key</source>
        <translation>Hepgor yr allwedd adfer</translation>
    </message>
    <message>
        <source>Without a recovery key, a forgotten passphrase loses every record in this profile for good. You can make one later from the File menu.</source>
        <translation>Heb allwedd adfer, os caiff y cyfrinymadrodd ei anghofio bydd pob cofnod yn y proffil hwn yn cael ei golli am byth. Gallwch greu un yn nes ymlaen o&apos;r ddewislen Ffeil.</translation>
    </message>
    <message>
        <source>(skipped)</source>
        <translation>(wedi&apos;i hepgor)</translation>
    </message>
    <message>
        <source>Set up FSW Desk</source>
        <translation>Gosod FSW Desk</translation>
    </message>
    <message>
        <source>First-run setup</source>
        <translation>Gosod am y tro cyntaf</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Nôl</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Nesaf &gt;</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Gorffen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Canslo</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ie</translation>
    </message>
    <message>
        <source>partly</source>
        <translation>yn rhannol</translation>
    </message>
    <message>
        <source>no</source>
        <translation>na</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>anhysbys</translation>
    </message>
    <message>
        <source>&amp;Type</source>
        <translation>&amp;Math</translation>
    </message>
    <message>
        <source>D&amp;uration (minutes)</source>
        <translation>&amp;Hyd (munudau)</translation>
    </message>
    <message>
        <source>&amp;Who was present</source>
        <translation>&amp;Pwy oedd yn bresennol</translation>
    </message>
    <message>
        <source>&amp;Support given</source>
        <translation>&amp;Cymorth a roddwyd</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Nodyn</translation>
    </message>
    <message>
        <source>&amp;Linked goal</source>
        <translation>Nod cy&amp;sylltiedig</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Dim</translation>
    </message>
    <message>
        <source>Log contact</source>
        <translation>Cofnodi cyswllt</translation>
    </message>
    <message>
        <source>partner</source>
        <comment>relationship</comment>
        <translation>partner</translation>
    </message>
    <message>
        <source>ex-partner</source>
        <comment>relationship</comment>
        <translation>cyn-bartner</translation>
    </message>
    <message>
        <source>child</source>
        <comment>relationship</comment>
        <translation>plentyn</translation>
    </message>
    <message>
        <source>step-parent</source>
        <comment>relationship</comment>
        <translation>llys-riant</translation>
    </message>
    <message>
        <source>grandparent carer</source>
        <comment>relationship</comment>
        <translation>nain/taid sy&apos;n gofalu</translation>
    </message>
    <message>
        <source>sibling</source>
        <comment>relationship</comment>
        <translation>brawd/chwaer</translation>
    </message>
    <message>
        <source>new partner</source>
        <comment>relationship</comment>
        <translation>partner newydd</translation>
    </message>
    <message>
        <source>other</source>
        <comment>relationship</comment>
        <translation>arall</translation>
    </message>
    <message>
        <source>{name} ({relationship})</source>
        <translation>{name} ({relationship})</translation>
    </message>
    <message>
        <source>{name} ({relationship}, {age})</source>
        <translation>{name} ({relationship}, {age})</translation>
    </message>
    <message>
        <source>Book a visit</source>
        <translation>Archebu ymweliad</translation>
    </message>
    <message>
        <source>Visit date</source>
        <translation>Dyddiad yr ymweliad</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sesiwn</translation>
    </message>
    <message>
        <source>Visitors</source>
        <translation>Ymwelwyr</translation>
    </message>
    <message>
        <source>Lead visitor</source>
        <translation>Prif ymwelydd</translation>
    </message>
    <message>
        <source>Visit type</source>
        <translation>Math o ymweliad</translation>
    </message>
    <message>
        <source>Local-authority assessment</source>
        <translation>Asesiad yr awdurdod lleol</translation>
    </message>
    <message>
        <source>Who will support the parent</source>
        <translation>Pwy fydd yn cefnogi&apos;r rhiant</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Nodiadau</translation>
    </message>
    <message>
        <source>&amp;Prisoner</source>
        <translation>&amp;Carcharor</translation>
    </message>
    <message>
        <source>&amp;Session</source>
        <translation>&amp;Sesiwn</translation>
    </message>
    <message>
        <source>&amp;Visitors</source>
        <translation>&amp;Ymwelwyr</translation>
    </message>
    <message>
        <source>Add a &amp;new visitor…</source>
        <translation>Ychwanegu ymwelydd ne&amp;wydd…</translation>
    </message>
    <message>
        <source>Add a new visitor</source>
        <translation>Ychwanegu ymwelydd newydd</translation>
    </message>
    <message>
        <source>&amp;Lead visitor</source>
        <translation>&amp;Prif ymwelydd</translation>
    </message>
    <message>
        <source>Visit &amp;type</source>
        <translation>&amp;Math o ymweliad</translation>
    </message>
    <message>
        <source>LA assessment</source>
        <translation>Asesiad yr ALl</translation>
    </message>
    <message>
        <source>Support for parent</source>
        <translation>Cymorth i&apos;r rhiant</translation>
    </message>
    <message>
        <source>Booking check</source>
        <translation>Gwiriad archebu</translation>
    </message>
    <message>
        <source>&amp;Book</source>
        <translation>&amp;Archebu</translation>
    </message>
    <message>
        <source>&amp;Waiting list</source>
        <translation>&amp;Rhestr aros</translation>
    </message>
    <message>
        <source>&amp;Overbook…</source>
        <translation>&amp;Gorarchebu…</translation>
    </message>
    <message>
        <source>{starts}–{ends} {room}: open {booked_open}/{open_capacity}, closed {booked_closed}/{closed_capacity} — BLOCKED</source>
        <translation>{starts}–{ends} {room}: agored {booked_open}/{open_capacity}, caeedig {booked_closed}/{closed_capacity} — WEDI&apos;I RWYSTRO</translation>
    </message>
    <message>
        <source>{starts}–{ends} {room}: open {booked_open}/{open_capacity}, closed {booked_closed}/{closed_capacity}</source>
        <translation>{starts}–{ends} {room}: agored {booked_open}/{open_capacity}, caeedig {booked_closed}/{closed_capacity}</translation>
    </message>
    <message>
        <source>No session on this day</source>
        <translation>Dim sesiwn ar y diwrnod hwn</translation>
    </message>
    <message>
        <source>BANNED: {reason}</source>
        <translation>WEDI&apos;I WAHARDD: {reason}</translation>
    </message>
    <message>
        <source>closed visits only</source>
        <translation>ymweliadau caeedig yn unig</translation>
    </message>
    <message>
        <source>not approved</source>
        <translation>heb ei gymeradwyo</translation>
    </message>
    <message>
        <source>{visitor} — {flags}</source>
        <translation>{visitor} — {flags}</translation>
    </message>
    <message>
        <source>New visitor</source>
        <translation>Ymwelydd newydd</translation>
    </message>
    <message>
        <source>&amp;Given name</source>
        <translation>&amp;Enw cyntaf</translation>
    </message>
    <message>
        <source>&amp;Family name</source>
        <translation>C&amp;yfenw</translation>
    </message>
    <message>
        <source>&amp;Relationship to the prisoner</source>
        <translation>&amp;Perthynas â&apos;r carcharor</translation>
    </message>
    <message>
        <source>for the new visitor: they may already be on this desk</source>
        <comment>follows: N likely duplicates / No likely duplicates</comment>
        <translation>ar gyfer yr ymwelydd newydd: efallai eu bod eisoes ar y ddesg hon</translation>
    </message>
    <message>
        <source>{visitor} — new visitor</source>
        <translation>{visitor} — ymwelydd newydd</translation>
    </message>
    <message>
        <source>Choose a prisoner and a session.</source>
        <translation>Dewiswch garcharor a sesiwn.</translation>
    </message>
    <message>
        <source>✔ Can be booked: {adults} adult(s), {children} child(ren), closed visit</source>
        <translation>✔ Gellir archebu: {adults} oedolyn/oedolion, {children} plentyn/plant, ymweliad caeedig</translation>
    </message>
    <message>
        <source>✔ Can be booked: {adults} adult(s), {children} child(ren), open visit</source>
        <translation>✔ Gellir archebu: {adults} oedolyn/oedolion, {children} plentyn/plant, ymweliad agored</translation>
    </message>
    <message>
        <source>{can_be_booked} — session FULL</source>
        <translation>{can_be_booked} — sesiwn YN LLAWN</translation>
    </message>
    <message>
        <source>First visit for this family: the visitor centre will be told.</source>
        <translation>Ymweliad cyntaf y teulu hwn: bydd y ganolfan ymwelwyr yn cael gwybod.</translation>
    </message>
    <message>
        <source>Overbook</source>
        <translation>Gorarchebu</translation>
    </message>
    <message>
        <source>Why does this visit need a place in a full session?</source>
        <translation>Pam mae angen lle ar yr ymweliad hwn mewn sesiwn sy&apos;n llawn?</translation>
    </message>
    <message>
        <source>&amp;Relationship to prisoner</source>
        <translation>&amp;Perthynas â&apos;r carcharor</translation>
    </message>
    <message>
        <source>Is the &amp;prisoner</source>
        <translation>Dyma&apos;r ca&amp;rcharor</translation>
    </message>
    <message>
        <source>Date of &amp;birth</source>
        <translation>Dyddiad &amp;geni</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Rhywedd</translation>
    </message>
    <message>
        <source>Ethnicity</source>
        <translation>Ethnigrwydd</translation>
    </message>
    <message>
        <source>&amp;Supported directly</source>
        <translation>Yn cael cymorth yn &amp;uniongyrchol</translation>
    </message>
    <message>
        <source>Do &amp;not disclose to the prisoner</source>
        <translation>Peidio â &amp;datgelu i&apos;r carcharor</translation>
    </message>
    <message>
        <source>Hide this person&apos;s involvement from the prisoner, e.g. in domestic abuse cases.</source>
        <translation>Cuddio ymwneud y person hwn rhag y carcharor, e.e. mewn achosion o gam-drin domestig.</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Ffôn</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Cyfeiriad</translation>
    </message>
    <message>
        <source>&amp;Language for letters</source>
        <translation>&amp;Iaith ar gyfer llythyrau</translation>
    </message>
    <message>
        <source>Letters and slips go out in this language; Welsh letters can be printed bilingually.</source>
        <translation>Mae llythyrau a slipiau&apos;n mynd allan yn yr iaith hon; gellir argraffu llythyrau Cymraeg yn ddwyieithog.</translation>
    </message>
    <message>
        <source>Language note (for an interpreter)</source>
        <translation>Nodyn iaith (ar gyfer cyfieithydd)</translation>
    </message>
    <message>
        <source>School (child)</source>
        <translation>Ysgol (plentyn)</translation>
    </message>
    <message>
        <source>School contact (child)</source>
        <translation>Cyswllt yn yr ysgol (plentyn)</translation>
    </message>
    <message>
        <source>Cared for by (child)</source>
        <translation>Yn derbyn gofal gan (plentyn)</translation>
    </message>
    <message>
        <source>Told where the parent is (child)</source>
        <translation>Wedi cael gwybod ble mae&apos;r rhiant (plentyn)</translation>
    </message>
    <message>
        <source>Child&apos;s own views</source>
        <translation>Barn y plentyn ei hun</translation>
    </message>
    <message>
        <source>What the child agrees may be shared</source>
        <translation>Yr hyn y mae&apos;r plentyn yn cytuno y gellir ei rannu</translation>
    </message>
    <message>
        <source>Prison number (prisoner)</source>
        <translation>Rhif carchar (carcharor)</translation>
    </message>
    <message>
        <source>Establishment (prisoner)</source>
        <translation>Sefydliad (carcharor)</translation>
    </message>
    <message>
        <source>Wing (prisoner)</source>
        <translation>Adain (carcharor)</translation>
    </message>
    <message>
        <source>Sentence type (prisoner)</source>
        <translation>Math o ddedfryd (carcharor)</translation>
    </message>
    <message>
        <source>Offence category (prisoner)</source>
        <translation>Categori trosedd (carcharor)</translation>
    </message>
    <message>
        <source>Sentence length, months (prisoner)</source>
        <translation>Hyd y ddedfryd, misoedd (carcharor)</translation>
    </message>
    <message>
        <source>Expected release (prisoner)</source>
        <translation>Dyddiad rhyddhau disgwyliedig (carcharor)</translation>
    </message>
    <message>
        <source>Offender Manager (prisoner)</source>
        <translation>Rheolwr Troseddwyr (carcharor)</translation>
    </message>
    <message>
        <source>Probation provider (prisoner)</source>
        <translation>Darparwr gwasanaeth prawf (carcharor)</translation>
    </message>
    <message>
        <source>Involvement with the service</source>
        <translation>Ymwneud â&apos;r gwasanaeth</translation>
    </message>
    <message>
        <source>Edit person</source>
        <translation>Golygu person</translation>
    </message>
    <message>
        <source>Add person</source>
        <translation>Ychwanegu person</translation>
    </message>
    <message>
        <source>Add goal</source>
        <translation>Ychwanegu nod</translation>
    </message>
    <message>
        <source>&amp;Goal</source>
        <translation>&amp;Nod</translation>
    </message>
    <message>
        <source>&amp;Task</source>
        <translation>&amp;Tasg</translation>
    </message>
    <message>
        <source>&amp;Owner</source>
        <translation>&amp;Perchennog</translation>
    </message>
    <message>
        <source>&amp;Due</source>
        <translation>&amp;Dyddiad terfyn</translation>
    </message>
    <message>
        <source>Add task</source>
        <translation>Ychwanegu tasg</translation>
    </message>
    <message>
        <source>&amp;Lead professional</source>
        <translation>&amp;Gweithiwr proffesiynol arweiniol</translation>
    </message>
    <message>
        <source>&amp;CAF/TAF in place</source>
        <translation>&amp;CAF/TAF ar waith</translation>
    </message>
    <message>
        <source>Lead professional</source>
        <translation>Gweithiwr proffesiynol arweiniol</translation>
    </message>
    <message>
        <source>&amp;Agency</source>
        <translation>&amp;Asiantaeth</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>&amp;Rheswm</translation>
    </message>
    <message>
        <source>What &amp;happened</source>
        <translation>&amp;Beth ddigwyddodd</translation>
    </message>
    <message>
        <source>Onward referral</source>
        <translation>Atgyfeiriad ymlaen</translation>
    </message>
    <message>
        <source>&amp;Planned closure</source>
        <translation>Cau wedi&apos;i &amp;gynllunio</translation>
    </message>
    <message>
        <source>Tick when the ending was planned with the family. {reasons} is never planned.</source>
        <translation>Ticiwch os cafodd y diwedd ei gynllunio gyda&apos;r teulu. Nid yw {reasons} byth wedi&apos;i gynllunio.</translation>
    </message>
    <message>
        <source>A final assessment with outcome scores is needed first, unless contact was lost. Tick Planned closure only for an ending planned with the family.</source>
        <translation>Mae angen asesiad terfynol gyda sgoriau canlyniadau yn gyntaf, oni bai bod y cyswllt wedi&apos;i golli. Ticiwch Cau wedi&apos;i gynllunio dim ond os cafodd y diwedd ei gynllunio gyda&apos;r teulu.</translation>
    </message>
    <message>
        <source>Close case</source>
        <translation>Cau&apos;r achos</translation>
    </message>
    <message>
        <source>Reopen case</source>
        <translation>Ailagor yr achos</translation>
    </message>
    <message>
        <source>&amp;Why</source>
        <translation>&amp;Pam</translation>
    </message>
    <message>
        <source>&amp;Person</source>
        <translation>&amp;Person</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;O</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;Hyd at</translation>
    </message>
    <message>
        <source>&amp;Appeal</source>
        <translation>&amp;Apêl</translation>
    </message>
    <message>
        <source>Contact restriction</source>
        <translation>Cyfyngiad ar gyswllt</translation>
    </message>
    <message>
        <source>&amp;Concern</source>
        <translation>&amp;Pryder</translation>
    </message>
    <message>
        <source>&amp;Escalated to</source>
        <translation>Wedi&apos;i &amp;uwchgyfeirio at</translation>
    </message>
    <message>
        <source>Escalated &amp;on</source>
        <translation>Dyddiad uwch&amp;gyfeirio</translation>
    </message>
    <message>
        <source>Safeguarding concern</source>
        <translation>Pryder diogelu</translation>
    </message>
    <message>
        <source>Any / purpose only</source>
        <translation>Unrhyw asiantaeth / y diben yn unig</translation>
    </message>
    <message>
        <source>Pu&amp;rpose</source>
        <translation>&amp;Diben</translation>
    </message>
    <message>
        <source>&amp;Given on</source>
        <translation>Dyddiad ei &amp;roi</translation>
    </message>
    <message>
        <source>&amp;How</source>
        <translation>&amp;Sut</translation>
    </message>
    <message>
        <source>Record consent</source>
        <translation>Cofnodi caniatâd</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Enw</translation>
    </message>
    <message>
        <source>&amp;Category</source>
        <translation>&amp;Categori</translation>
    </message>
    <message>
        <source>Single point of &amp;contact</source>
        <translation>Un pwynt c&amp;yswllt</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>&amp;Ffôn</translation>
    </message>
    <message>
        <source>&amp;Email</source>
        <translation>E-&amp;bost</translation>
    </message>
    <message>
        <source>A&amp;rea</source>
        <translation>&amp;Ardal</translation>
    </message>
    <message>
        <source>What they &amp;offer</source>
        <translation>Beth maen nhw&apos;n ei &amp;gynnig</translation>
    </message>
    <message>
        <source>E&amp;ligibility</source>
        <translation>Cymh&amp;wysedd</translation>
    </message>
    <message>
        <source>Details last checked</source>
        <translation>Manylion wedi&apos;u gwirio ddiwethaf</translation>
    </message>
    <message>
        <source>Edit agency</source>
        <translation>Golygu asiantaeth</translation>
    </message>
    <message>
        <source>Add agency</source>
        <translation>Ychwanegu asiantaeth</translation>
    </message>
    <message>
        <source>Flag on {ref}</source>
        <translation>Rhybudd ar {ref}</translation>
    </message>
    <message>
        <source>Resolve a flag</source>
        <translation>Datrys rhybudd</translation>
    </message>
    <message>
        <source>{booking} on {date}</source>
        <translation>{booking} ar {date}</translation>
    </message>
    <message>
        <source>Why the booking is flagged</source>
        <translation>Pam mae rhybudd ar yr archeb</translation>
    </message>
    <message>
        <source>&amp;Cancel the visit (the visiting order is given back)</source>
        <translation>&amp;Canslo&apos;r ymweliad (rhoddir y gorchymyn ymweld yn ôl)</translation>
    </message>
    <message>
        <source>&amp;Cancel the visit</source>
        <translation>&amp;Canslo&apos;r ymweliad</translation>
    </message>
    <message>
        <source>&amp;Decline the family-day place</source>
        <translation>&amp;Gwrthod y lle ar y diwrnod teulu</translation>
    </message>
    <message>
        <source>&amp;Move to another session</source>
        <translation>&amp;Symud i sesiwn arall</translation>
    </message>
    <message>
        <source>&amp;Keep as it is (do not change), because:</source>
        <translation>&amp;Peidio â newid (ei gadw fel y mae), oherwydd:</translation>
    </message>
    <message>
        <source>Session to move to</source>
        <translation>Sesiwn i symud iddi</translation>
    </message>
    <message numerus="yes">
        <source>{date} {starts}–{ends} {room} (%n open places)</source>
        <translation>
            <numerusform>{date} {starts}–{ends} {room} (dim lle ar gael)</numerusform>
            <numerusform>{date} {starts}–{ends} {room} (%n lle ar gael)</numerusform>
            <numerusform>{date} {starts}–{ends} {room} (%n lle ar gael)</numerusform>
            <numerusform>{date} {starts}–{ends} {room} (%n lle ar gael)</numerusform>
            <numerusform>{date} {starts}–{ends} {room} (%n lle ar gael)</numerusform>
        </translation>
    </message>
    <message>
        <source>Why the booking is kept</source>
        <translation>Pam mae&apos;r archeb yn cael ei chadw</translation>
    </message>
    <message>
        <source>e.g. Security agreed this visit goes ahead</source>
        <translation>e.e. Cytunodd y tîm Diogelwch y gall yr ymweliad hwn fynd yn ei flaen</translation>
    </message>
    <message>
        <source>Prepare &amp;handover to {desk}…</source>
        <translation>Paratoi &amp;trosglwyddiad i {desk}…</translation>
    </message>
    <message>
        <source>Prepare handover</source>
        <translation>Paratoi trosglwyddiad</translation>
    </message>
    <message>
        <source>No worker desk at {establishment} is paired with this desk, so the case cannot be handed over from here.</source>
        <translation>Nid oes desg gweithiwr yn {establishment} wedi&apos;i pharu â&apos;r ddesg hon, felly ni ellir trosglwyddo&apos;r achos oddi yma.</translation>
    </message>
    <message>
        <source>&amp;Resolve</source>
        <translation>&amp;Datrys</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>dim dyddiad</translation>
    </message>
    <message>
        <source>Set</source>
        <translation>Gosod</translation>
    </message>
    <message>
        <source>Enter the {field}: tick Set and choose the date.</source>
        <translation>Llenwch y maes “{field}”: ticiwch Gosod a dewiswch y dyddiad.</translation>
    </message>
    <message>
        <source>Discard changes?</source>
        <translation>Taflu&apos;r newidiadau?</translation>
    </message>
    <message>
        <source>This form has changes that are not saved. Save them, discard them, or go back to the form?</source>
        <translation>Mae newidiadau heb eu cadw ar y ffurflen hon. Ydych chi am eu cadw, eu taflu, neu fynd yn ôl i&apos;r ffurflen?</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Ffurflen</translation>
    </message>
    <message>
        <source>Problem: {field}</source>
        <translation>Problem: {field}</translation>
    </message>
    <message numerus="yes">
        <source>%n thing to put right, marked below its field.|%n things to put right, marked below their fields.</source>
        <translation>
            <numerusform>%n peth i&apos;w cywiro, wedi&apos;u marcio o dan eu meysydd.</numerusform>
            <numerusform>%n peth i&apos;w gywiro, wedi&apos;i farcio o dan ei faes.</numerusform>
            <numerusform>%n peth i&apos;w cywiro, wedi&apos;u marcio o dan eu meysydd.</numerusform>
            <numerusform>%n peth i&apos;w cywiro, wedi&apos;u marcio o dan eu meysydd.</numerusform>
            <numerusform>%n peth i&apos;w cywiro, wedi&apos;u marcio o dan eu meysydd.</numerusform>
        </translation>
    </message>
    <message>
        <source>New referral</source>
        <translation>Atgyfeiriad newydd</translation>
    </message>
    <message>
        <source>If there is no phone: where letters reach them</source>
        <translation>Os nad oes ffôn: ble mae llythyrau&apos;n eu cyrraedd</translation>
    </message>
    <message>
        <source>Ask the referrer: any risks to the family, to staff, or from contact?</source>
        <translation>Gofynnwch i&apos;r atgyfeiriwr: oes unrhyw risgiau i&apos;r teulu, i staff, neu o gyswllt?</translation>
    </message>
    <message>
        <source>Referral date</source>
        <translation>Dyddiad atgyfeirio</translation>
    </message>
    <message>
        <source>Referral source</source>
        <translation>Ffynhonnell yr atgyfeiriad</translation>
    </message>
    <message>
        <source>Referrer</source>
        <translation>Atgyfeiriwr</translation>
    </message>
    <message>
        <source>Referrer contact</source>
        <translation>Manylion cyswllt yr atgyfeiriwr</translation>
    </message>
    <message>
        <source>Prisoner given name</source>
        <translation>Enw cyntaf y carcharor</translation>
    </message>
    <message>
        <source>Prisoner family name</source>
        <translation>Cyfenw&apos;r carcharor</translation>
    </message>
    <message>
        <source>Prison number</source>
        <translation>Rhif carchar</translation>
    </message>
    <message>
        <source>Family contact given name</source>
        <translation>Enw cyntaf y cyswllt teuluol</translation>
    </message>
    <message>
        <source>Family contact family name</source>
        <translation>Cyfenw&apos;r cyswllt teuluol</translation>
    </message>
    <message>
        <source>Relationship to prisoner</source>
        <translation>Perthynas â&apos;r carcharor</translation>
    </message>
    <message>
        <source>Family contact phone</source>
        <translation>Ffôn y cyswllt teuluol</translation>
    </message>
    <message>
        <source>Family contact address</source>
        <translation>Cyfeiriad y cyswllt teuluol</translation>
    </message>
    <message>
        <source>Reasons for referral</source>
        <translation>Rhesymau dros atgyfeirio</translation>
    </message>
    <message>
        <source>Risk information</source>
        <translation>Gwybodaeth am risg</translation>
    </message>
    <message>
        <source>Consent status</source>
        <translation>Statws caniatâd</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>Atgyfeiriad</translation>
    </message>
    <message>
        <source>&amp;Source</source>
        <translation>&amp;Ffynhonnell</translation>
    </message>
    <message>
        <source>&amp;Referrer</source>
        <translation>&amp;Atgyfeiriwr</translation>
    </message>
    <message>
        <source>Referrer &amp;contact</source>
        <translation>Manylion &amp;cyswllt yr atgyfeiriwr</translation>
    </message>
    <message>
        <source>open</source>
        <translation>agored</translation>
    </message>
    <message>
        <source>all</source>
        <translation>pob un</translation>
    </message>
    <message>
        <source>Status must be one of: {status_filters}.</source>
        <translation>Rhaid i&apos;r statws fod yn un o&apos;r canlynol: {status_filters}.</translation>
    </message>
    <message>
        <source>initial</source>
        <translation>cychwynnol</translation>
    </message>
    <message>
        <source>follow-up</source>
        <translation>dilynol</translation>
    </message>
    <message>
        <source>final</source>
        <translation>terfynol</translation>
    </message>
    <message>
        <source>Do not disclose</source>
        <translation>Peidio â datgelu</translation>
    </message>
    <message>
        <source>Review overdue</source>
        <translation>Adolygiad yn hwyr</translation>
    </message>
    <message>
        <source>Not yet contacted</source>
        <translation>Heb gysylltu eto</translation>
    </message>
    <message>
        <source>No contact {weeks}+ weeks</source>
        <translation>Dim cyswllt ers {weeks}+ wythnos</translation>
    </message>
    <message>
        <source>Missing scores</source>
        <translation>Sgoriau ar goll</translation>
    </message>
    <message numerus="yes">
        <source>%n day|%n days</source>
        <translation>
            <numerusform>%n diwrnod</numerusform>
            <numerusform>%n diwrnod</numerusform>
            <numerusform>%n diwrnod</numerusform>
            <numerusform>%n diwrnod</numerusform>
            <numerusform>%n diwrnod</numerusform>
        </translation>
    </message>
    <message>
        <source>{kinds} and {last}</source>
        <translation>{kinds} a {last}</translation>
    </message>
    <message>
        <source>{which} assessment has no outcome scores</source>
        <translation>Does dim sgoriau canlyniadau ar yr asesiad {which}</translation>
    </message>
    <message>
        <source>Review due today</source>
        <translation>Adolygiad yn ddyledus heddiw</translation>
    </message>
    <message>
        <source>Review overdue by {days}</source>
        <translation>Adolygiad {days} yn hwyr</translation>
    </message>
    <message numerus="yes">
        <source>Waiting {days}; %n failed attempt|Waiting {days}; %n failed attempts</source>
        <translation>
            <numerusform>Yn aros ers {days}; dim ymdrechion aflwyddiannus</numerusform>
            <numerusform>Yn aros ers {days}; %n ymdrech aflwyddiannus</numerusform>
            <numerusform>Yn aros ers {days}; %n ymdrech aflwyddiannus</numerusform>
            <numerusform>Yn aros ers {days}; %n ymdrech aflwyddiannus</numerusform>
            <numerusform>Yn aros ers {days}; %n ymdrech aflwyddiannus</numerusform>
        </translation>
    </message>
    <message>
        <source>Waiting {days}</source>
        <translation>Yn aros ers {days}</translation>
    </message>
    <message>
        <source>No contact for {weeks} weeks</source>
        <translation>Dim cyswllt ers {weeks} wythnos</translation>
    </message>
    <message>
        <source>Prisoner</source>
        <translation>Carcharor</translation>
    </message>
    <message>
        <source>{who}: release expected in {days}</source>
        <translation>{who}: disgwylir rhyddhau ymhen {days}</translation>
    </message>
    <message>
        <source>overdue by {days}</source>
        <translation>{days} yn hwyr</translation>
    </message>
    <message>
        <source>due in {days}</source>
        <translation>yn ddyledus ymhen {days}</translation>
    </message>
    <message>
        <source>DO NOT DISCLOSE (this person)</source>
        <translation>PEIDIWCH Â DATGELU (y person hwn)</translation>
    </message>
    <message>
        <source>DO NOT DISCLOSE (someone in this case)</source>
        <translation>PEIDIWCH Â DATGELU (rhywun yn yr achos hwn)</translation>
    </message>
    <message>
        <source>Case, {status}</source>
        <translation>Achos, {status}</translation>
    </message>
    <message>
        <source>Prisoner {prison_number}</source>
        <translation>Carcharor {prison_number}</translation>
    </message>
    <message>
        <source>{role} in {case_ref} {family_label}</source>
        <translation>{role} yn {case_ref} {family_label}</translation>
    </message>
    <message>
        <source>Prison &amp;number</source>
        <translation>&amp;Rhif carchar</translation>
    </message>
    <message>
        <source>Family contact (needed: a name, and a phone or an address)</source>
        <translation>Cyswllt teuluol (angen: enw, a ffôn neu gyfeiriad)</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Enw cyntaf</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Cyfenw</translation>
    </message>
    <message>
        <source>Lead contact</source>
        <translation>Prif gyswllt</translation>
    </message>
    <message>
        <source>Duration (minutes)</source>
        <translation>Hyd (munudau)</translation>
    </message>
    <message>
        <source>Escalated on</source>
        <translation>Dyddiad uwchgyfeirio</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Disgrifiad</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>Perthynas</translation>
    </message>
    <message>
        <source>Reasons, risk and consent</source>
        <translation>Rhesymau, risg a chaniatâd</translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation>Rhesymau</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risg</translation>
    </message>
    <message>
        <source>by post</source>
        <translation>drwy&apos;r post</translation>
    </message>
    <message>
        <source>by hand</source>
        <translation>â llaw</translation>
    </message>
    <message>
        <source>to the wing</source>
        <translation>i&apos;r adain</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Caniatâd</translation>
    </message>
    <message>
        <source>Legitimate interests</source>
        <translation>Buddiannau cyfreithlon</translation>
    </message>
    <message>
        <source>Public task</source>
        <translation>Tasg gyhoeddus</translation>
    </message>
    <message>
        <source>Legal obligation</source>
        <translation>Rhwymedigaeth gyfreithiol</translation>
    </message>
    <message>
        <source>Vital interests</source>
        <translation>Buddiannau hanfodol</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Contract</translation>
    </message>
    <message>
        <source>prisoner</source>
        <translation>carcharor</translation>
    </message>
    <message>
        <source>lead visitor</source>
        <translation>prif ymwelydd</translation>
    </message>
    <message>
        <source>visitor</source>
        <translation>ymwelydd</translation>
    </message>
    <message>
        <source>family</source>
        <translation>teulu</translation>
    </message>
    <message>
        <source>{name} ({role}) · DO NOT DISCLOSE</source>
        <translation>{name} ({role}) · PEIDIWCH Â DATGELU</translation>
    </message>
    <message>
        <source>{name} ({role})</source>
        <translation>{name} ({role})</translation>
    </message>
    <message>
        <source>{name} is under {adult}: write to the adult who cares for them, who can share it with them.</source>
        <translation>Mae {name} o dan {adult} oed: ysgrifennwch at yr oedolyn sy&apos;n gofalu amdanynt, a gall yr oedolyn hwnnw ei rannu â nhw.</translation>
    </message>
    <message>
        <source>No such booking.</source>
        <translation>Does dim archeb o&apos;r fath.</translation>
    </message>
    <message>
        <source>booking {ref}</source>
        <translation>archeb {ref}</translation>
    </message>
    <message>
        <source>booking</source>
        <translation>archeb</translation>
    </message>
    <message>
        <source>{ref} is flagged ({cause}): resolve the flag (Visits page, Resolve flag) before confirming the visit.</source>
        <translation>Mae rhybudd ar {ref} ({cause}): datryswch y rhybudd (tudalen Ymweliadau, Datrys y rhybudd) cyn cadarnhau&apos;r ymweliad.</translation>
    </message>
    <message>
        <source>{ref} is on the waiting list: only a booked visit is confirmed.</source>
        <translation>Mae {ref} ar y rhestr aros: dim ond ymweliad wedi&apos;i archebu sy&apos;n cael ei gadarnhau.</translation>
    </message>
    <message>
        <source>{ref} is {status}: only a booked visit is confirmed.</source>
        <translation>Statws {ref} yw {status}: dim ond ymweliad wedi&apos;i archebu sy&apos;n cael ei gadarnhau.</translation>
    </message>
    <message>
        <source>No such family-day place.</source>
        <translation>Does dim lle ar ddiwrnod teulu o&apos;r fath.</translation>
    </message>
    <message>
        <source>family-day place {ref}</source>
        <translation>lle ar ddiwrnod teulu {ref}</translation>
    </message>
    <message>
        <source>family-day place</source>
        <translation>lle ar ddiwrnod teulu</translation>
    </message>
    <message>
        <source>applications box</source>
        <translation>blwch ceisiadau</translation>
    </message>
    <message>
        <source>family support box on the wing</source>
        <translation>blwch cymorth i deuluoedd ar yr adain</translation>
    </message>
    <message>
        <source>via an officer</source>
        <translation>drwy swyddog</translation>
    </message>
    <message>
        <source>via a peer</source>
        <translation>drwy gymheiriad</translation>
    </message>
    <message>
        <source>in person</source>
        <translation>wyneb yn wyneb</translation>
    </message>
    <message>
        <source>contact my family</source>
        <translation>cysylltu â fy nheulu</translation>
    </message>
    <message>
        <source>find my family</source>
        <translation>dod o hyd i&apos;m teulu</translation>
    </message>
    <message>
        <source>arrange a visit</source>
        <translation>trefnu ymweliad</translation>
    </message>
    <message>
        <source>explain a refusal</source>
        <translation>esbonio gwrthodiad</translation>
    </message>
    <message>
        <source>family day place</source>
        <translation>lle ar ddiwrnod teulu</translation>
    </message>
    <message>
        <source>worry about a child</source>
        <translation>pryder am blentyn</translation>
    </message>
    <message>
        <source>course or programme</source>
        <translation>cwrs neu raglen</translation>
    </message>
    <message>
        <source>received</source>
        <translation>wedi dod i law</translation>
    </message>
    <message>
        <source>acknowledged</source>
        <translation>wedi&apos;i gydnabod</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>ar waith</translation>
    </message>
    <message>
        <source>responded</source>
        <translation>wedi&apos;i ateb</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>wedi&apos;i gau</translation>
    </message>
    <message>
        <source>declined</source>
        <translation>wedi&apos;i wrthod</translation>
    </message>
    <message>
        <source>forwarded</source>
        <translation>wedi&apos;i anfon ymlaen</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>yn hwyr</translation>
    </message>
    <message>
        <source>due today</source>
        <translation>yn ddyledus heddiw</translation>
    </message>
    <message>
        <source>on time</source>
        <translation>mewn pryd</translation>
    </message>
    <message>
        <source>done</source>
        <translation>wedi&apos;i wneud</translation>
    </message>
    <message>
        <source>Line {n}: give the type&apos;s name before the &apos;|&apos;.</source>
        <translation>Llinell {n}: rhowch enw&apos;r math cyn y &apos;|&apos;.</translation>
    </message>
    <message>
        <source>Line {n}: the response time for &apos;{name}&apos; must be 1 to 30 working days.</source>
        <translation>Llinell {n}: rhaid i&apos;r amser ymateb ar gyfer &apos;{name}&apos; fod rhwng 1 a 30 diwrnod gwaith.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is listed twice.</source>
        <translation>Mae &apos;{name}&apos; wedi&apos;i restru ddwywaith.</translation>
    </message>
    <message>
        <source>The response time for &apos;{name}&apos; must be 1 to 30 working days.</source>
        <translation>Rhaid i&apos;r amser ymateb ar gyfer &apos;{name}&apos; fod rhwng 1 a 30 diwrnod gwaith.</translation>
    </message>
    <message>
        <source>Write the time as HH:MM on the 24-hour clock, e.g. 09:30 or 14:05.</source>
        <translation>Ysgrifennwch yr amser fel HH:MM ar y cloc 24 awr, e.e. 09:30 neu 14:05.</translation>
    </message>
    <message>
        <source>Give the date and time the application was received.</source>
        <translation>Rhowch y dyddiad a&apos;r amser y daeth y cais i law.</translation>
    </message>
    <message>
        <source>The application cannot have been received later than now ({now}). Check the date and time it came in.</source>
        <translation>Ni all y cais fod wedi dod i law yn hwyrach na nawr ({now}). Gwiriwch y dyddiad a&apos;r amser y daeth i mewn.</translation>
    </message>
    <message>
        <source>Say how the application came in: {routes}.</source>
        <translation>Nodwch sut daeth y cais i law: {routes}.</translation>
    </message>
    <message>
        <source>Choose what the application is about: {known}.</source>
        <translation>Dewiswch beth yw pwnc y cais: {known}.</translation>
    </message>
    <message>
        <source>Copy in the prisoner&apos;s words as written.</source>
        <translation>Copïwch eiriau&apos;r carcharor yn union fel y&apos;u hysgrifennwyd.</translation>
    </message>
    <message>
        <source>That prisoner is not on file: choose them from the list, or say they are not on file yet and give their name and number.</source>
        <translation>Dydy&apos;r carcharor hwnnw ddim ar ffeil: dewiswch ef o&apos;r rhestr, neu nodwch nad yw ar ffeil eto a rhowch ei enw a&apos;i rif.</translation>
    </message>
    <message>
        <source>The person chosen is not recorded as a prisoner.</source>
        <translation>Dydy&apos;r person a ddewiswyd ddim wedi&apos;i gofnodi fel carcharor.</translation>
    </message>
    <message>
        <source>Choose the prisoner, or give their name if they are not on file yet.</source>
        <translation>Dewiswch y carcharor, neu rhowch ei enw os nad yw ar ffeil eto.</translation>
    </message>
    <message>
        <source>No such application.</source>
        <translation>Does dim cais o&apos;r fath.</translation>
    </message>
    <message>
        <source>&apos;{to}&apos; is not a status. Statuses: {statuses}.</source>
        <translation>Dydy &apos;{to}&apos; ddim yn statws. Statwsau: {statuses}.</translation>
    </message>
    <message>
        <source>An application cannot be marked {to} here: use Respond, which records what was done and the outcome for the prisoner&apos;s slip.</source>
        <translation>Does dim modd rhoi&apos;r statws {to} i gais yma: defnyddiwch Ymateb, sy&apos;n cofnodi&apos;r hyn a wnaed a&apos;r canlyniad ar gyfer slip y carcharor.</translation>
    </message>
    <message>
        <source>An application that is {status} cannot be marked {to}. It can be marked: {allowed}.</source>
        <translation>Does dim modd rhoi&apos;r statws {to} i gais â&apos;r statws {status}. Statwsau posibl: {allowed}.</translation>
    </message>
    <message>
        <source>This application is {status}; its status cannot change any more.</source>
        <translation>Statws y cais hwn yw {status}; does dim modd newid ei statws mwyach.</translation>
    </message>
    <message>
        <source>The date cannot be before the application was received ({date}).</source>
        <translation>Ni all y dyddiad fod cyn i&apos;r cais ddod i law ({date}).</translation>
    </message>
    <message>
        <source>Say which department the application was forwarded to.</source>
        <translation>Nodwch i ba adran yr anfonwyd y cais ymlaen.</translation>
    </message>
    <message>
        <source>Write the response the prisoner will read.</source>
        <translation>Ysgrifennwch yr ymateb y bydd y carcharor yn ei ddarllen.</translation>
    </message>
    <message>
        <source>Give the outcome in a few words.</source>
        <translation>Rhowch y canlyniad mewn ychydig eiriau.</translation>
    </message>
    <message>
        <source>This {status} application already has its response; print its slip.</source>
        <translation>Mae ymateb gan y cais hwn eisoes (statws: {status}); argraffwch ei slip.</translation>
    </message>
    <message>
        <source>Acknowledge the application before responding to it, or decline or forward it.</source>
        <translation>Cydnabyddwch y cais cyn ymateb iddo, neu gwrthodwch ef neu anfonwch ef ymlaen.</translation>
    </message>
    <message>
        <source>An application that is {status} cannot be responded to.</source>
        <translation>Does dim modd ymateb i gais â&apos;r statws {status}.</translation>
    </message>
    <message>
        <source>visit {ref}</source>
        <translation>ymweliad {ref}</translation>
    </message>
    <message>
        <source>family day {ref}</source>
        <translation>diwrnod teulu {ref}</translation>
    </message>
    <message>
        <source>Filter by one of: {value}.</source>
        <translation>Hidlwch yn ôl un o&apos;r rhain: {value}.</translation>
    </message>
    <message>
        <source>&apos;{status}&apos; is not a status. Statuses: {statuses}.</source>
        <translation>Dydy &apos;{status}&apos; ddim yn statws. Statwsau: {statuses}.</translation>
    </message>
    <message>
        <source>The end of the period cannot be before its start.</source>
        <translation>Ni all diwedd y cyfnod fod cyn ei ddechrau.</translation>
    </message>
    <message>
        <source>a case</source>
        <translation>achos</translation>
    </message>
    <message>
        <source>a visit booking</source>
        <translation>archeb ymweliad</translation>
    </message>
    <message>
        <source>a family-day request</source>
        <translation>cais am ddiwrnod teulu</translation>
    </message>
    <message>
        <source>{ref} is already linked to {what}.</source>
        <translation>Mae {ref} eisoes yn gysylltiedig â {what}.</translation>
    </message>
    <message>
        <source>Acknowledged when acted on.</source>
        <translation>Wedi&apos;i gydnabod pan weithredwyd arno.</translation>
    </message>
    <message>
        <source>This {status} application already has its response: print its slip.</source>
        <translation>Mae ymateb gan y cais hwn eisoes (statws: {status}): argraffwch ei slip.</translation>
    </message>
    <message>
        <source>Acknowledge it first (Change status), or decline or forward it.</source>
        <translation>Cydnabyddwch ef yn gyntaf (Newid y statws), neu gwrthodwch ef neu anfonwch ef ymlaen.</translation>
    </message>
    <message>
        <source>An application that is {status} takes no response.</source>
        <translation>Ni ellir ymateb i gais â&apos;r statws {status}.</translation>
    </message>
    <message>
        <source>{ref} is from a prisoner not yet on file: add them first, then write the slip.</source>
        <translation>Mae {ref} gan garcharor nad yw ar ffeil eto: ychwanegwch y carcharor yn gyntaf, yna ysgrifennwch y slip.</translation>
    </message>
    <message>
        <source>application {ref}</source>
        <translation>cais {ref}</translation>
    </message>
    <message>
        <source>application</source>
        <translation>cais</translation>
    </message>
    <message>
        <source>respond to the application first (Applications page, Respond)</source>
        <translation>ymatebwch i&apos;r cais yn gyntaf (tudalen Ceisiadau, Ymateb)</translation>
    </message>
    <message>
        <source>No such case.</source>
        <translation>Does dim achos o&apos;r fath.</translation>
    </message>
    <message>
        <source>case {ref}</source>
        <translation>achos {ref}</translation>
    </message>
    <message>
        <source>case</source>
        <translation>achos</translation>
    </message>
    <message>
        <source>write it from a visit booking (Visits page, or the case&apos;s Visits tab)</source>
        <translation>ysgrifennwch ef o archeb ymweliad (tudalen Ymweliadau, neu dab Ymweliadau&apos;r achos)</translation>
    </message>
    <message>
        <source>write it from a family-day place (Family days page)</source>
        <translation>ysgrifennwch ef o le ar ddiwrnod teulu (tudalen Diwrnodau teulu)</translation>
    </message>
    <message>
        <source>write it from the application (Applications page)</source>
        <translation>ysgrifennwch ef o&apos;r cais (tudalen Ceisiadau)</translation>
    </message>
    <message>
        <source>type it in the letter dialog</source>
        <translation>teipiwch ef yn y deialog llythyr</translation>
    </message>
    <message>
        <source>write it from a visit booking or a family-day place</source>
        <translation>ysgrifennwch ef o archeb ymweliad neu o le ar ddiwrnod teulu</translation>
    </message>
    <message>
        <source>no prisoner is recorded here</source>
        <translation>does dim carcharor wedi&apos;i gofnodi yma</translation>
    </message>
    <message>
        <source>no prison number is recorded</source>
        <translation>does dim rhif carchar wedi&apos;i gofnodi</translation>
    </message>
    <message>
        <source>no wing is recorded for the prisoner</source>
        <translation>does dim adain wedi&apos;i chofnodi ar gyfer y carcharor</translation>
    </message>
    <message>
        <source>the prisoner has no case on this desk</source>
        <translation>does gan y carcharor ddim achos ar y ddesg hon</translation>
    </message>
    <message>
        <source>the family day has no clearance deadline recorded</source>
        <translation>does dim dyddiad cau ar gyfer clirio wedi&apos;i gofnodi ar gyfer y diwrnod teulu</translation>
    </message>
    <message>
        <source>Choose who the letter is for from the people on this {what}.</source>
        <translation>Dewiswch ar gyfer pwy mae&apos;r llythyr, o blith y bobl sy&apos;n gysylltiedig â&apos;r {what}.</translation>
    </message>
    <message>
        <source>No address is recorded for {name}: give the letter by hand, or add their address on the case first.</source>
        <translation>Does dim cyfeiriad wedi&apos;i gofnodi ar gyfer {name}: rhowch y llythyr â llaw, neu ychwanegwch y cyfeiriad at yr achos yn gyntaf.</translation>
    </message>
    <message>
        <source>A letter to {name} goes {ways}.</source>
        <translation>Mae llythyr at {name} yn mynd {ways}.</translation>
    </message>
    <message>
        <source> or </source>
        <translation> neu </translation>
    </message>
    <message>
        <source>{name} has a contact restriction in force ({kind}). No letter from this desk goes to them; talk to your supervisor.</source>
        <translation>Mae cyfyngiad ar gyswllt mewn grym ar gyfer {name} ({kind}). Ni fydd unrhyw lythyr o&apos;r ddesg hon yn mynd at y person hwn; siaradwch â&apos;ch goruchwyliwr.</translation>
    </message>
    <message>
        <source>The address used is also recorded for {name} ({ref}), who has a contact restriction in force ({kind}). Do not post it there: give the letter by hand, or check the address with your supervisor.</source>
        <translation>Mae&apos;r cyfeiriad a ddefnyddiwyd hefyd wedi&apos;i gofnodi ar gyfer {name} ({ref}), sydd â chyfyngiad ar gyswllt mewn grym ({kind}). Peidiwch â&apos;i bostio yno: rhowch y llythyr â llaw, neu gwiriwch y cyfeiriad gyda&apos;ch goruchwyliwr.</translation>
    </message>
    <message>
        <source>{name} has a contact restriction in force ({kind}). Check this letter does not go to the person it protects.</source>
        <translation>Mae cyfyngiad ar gyswllt mewn grym ar gyfer {name} ({kind}). Gwiriwch nad yw&apos;r llythyr hwn yn mynd at y person y mae&apos;r cyfyngiad yn ei ddiogelu.</translation>
    </message>
    <message>
        <source>{name} is marked do not disclose: this letter is for them alone. Never give it, or a copy, to the prisoner.</source>
        <translation>Mae {name} wedi&apos;i farcio &apos;peidio â datgelu&apos;: mae&apos;r llythyr hwn ar gyfer y person hwn yn unig. Peidiwch byth â&apos;i roi, na chopi ohono, i&apos;r carcharor.</translation>
    </message>
    <message>
        <source>A bilingual letter needs this letter in Welsh and in English: there is no {language} template of this kind. Add one (File &gt; Edit lists &gt; Letter templates), or print it in one language.</source>
        <translation>Ar gyfer llythyr dwyieithog, mae angen y llythyr hwn yn Gymraeg ac yn Saesneg: does dim templed {language} o&apos;r math hwn. Ychwanegwch un (Ffeil &gt; Golygu rhestrau &gt; Templedi llythyrau), neu argraffwch ef mewn un iaith.</translation>
    </message>
    <message>
        <source>This place is {status}, not allocated: an invitation goes once the place is allocated (Allocate places).</source>
        <translation>Statws y lle hwn yw {status}, nid wedi&apos;i ddyrannu: bydd gwahoddiad yn mynd unwaith y bydd y lle wedi&apos;i ddyrannu (Dyrannu lleoedd).</translation>
    </message>
    <message>
        <source>Choose the lawful basis for sending it: {bases}.</source>
        <translation>Dewiswch y sail gyfreithlon dros ei anfon: {bases}.</translation>
    </message>
    <message>
        <source>Say why the letter is sent (for example: to confirm the visit booked on the phone).</source>
        <translation>Dywedwch pam mae&apos;r llythyr yn cael ei anfon (er enghraifft: i gadarnhau&apos;r ymweliad a archebwyd dros y ffôn).</translation>
    </message>
    <message>
        <source>The reason is too long ({most} characters at most): say why in a few lines.</source>
        <translation>Mae&apos;r rheswm yn rhy hir ({most} nod ar y mwyaf): dywedwch pam mewn ychydig linellau.</translation>
    </message>
    <message>
        <source>A letter is written from a case, a booking, a family-day place or an application.</source>
        <translation>Caiff llythyr ei ysgrifennu o achos, archeb, lle ar ddiwrnod teulu neu gais.</translation>
    </message>
    <message>
        <source>This letter&apos;s text is not on this desk: it was printed on another desk (its text stays there), or someone it named was erased.</source>
        <translation>Dydy testun y llythyr hwn ddim ar y ddesg hon: cafodd ei argraffu ar ddesg arall (mae ei destun yn aros yno), neu cafodd rhywun a enwyd ynddo ei ddileu.</translation>
    </message>
    <message>
        <source>Something went wrong ({name}). Your data is safe: everything saved before this is kept. Try again; if it keeps happening, lock FSW Desk and unlock it, or restart it.</source>
        <translation>Aeth rhywbeth o&apos;i le ({name}). Mae&apos;ch data&apos;n ddiogel: mae popeth a gadwyd cyn hyn wedi&apos;i gadw. Rhowch gynnig arall arni; os yw&apos;n dal i ddigwydd, cloewch FSW Desk a&apos;i ddatgloi, neu ei ailgychwyn.</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ie</translation>
    </message>
    <message>
        <source>Something went wrong ({error}). Nothing was changed.</source>
        <translation>Aeth rhywbeth o&apos;i le ({error}). Ni newidiwyd dim.</translation>
    </message>
    <message>
        <source>target {target}</source>
        <translation>targed {target}</translation>
    </message>
    <message>
        <source>Add families</source>
        <translation>Ychwanegu teuluoedd</translation>
    </message>
    <message>
        <source>Add families: {day}</source>
        <translation>Ychwanegu teuluoedd: {day}</translation>
    </message>
    <message>
        <source>Add families to the family day</source>
        <translation>Ychwanegu teuluoedd at y diwrnod teulu</translation>
    </message>
    <message>
        <source>Tick each family to add and, on the right, who goes. Anyone who cannot come to this day (banned, not approved, closed visits only, outside the day&apos;s ages) cannot be ticked.</source>
        <translation>Ticiwch bob teulu i&apos;w ychwanegu ac, ar y dde, pwy sy&apos;n mynd. Ni ellir ticio unrhyw un na all ddod i&apos;r diwrnod hwn (wedi&apos;i wahardd, heb ei gymeradwyo, ymweliadau caeedig yn unig, y tu allan i oedrannau&apos;r diwrnod).</translation>
    </message>
    <message>
        <source>Search families by name or prison number</source>
        <translation>Chwilio am deuluoedd yn ôl enw neu rif carchar</translation>
    </message>
    <message>
        <source>Search families</source>
        <translation>Chwilio am deuluoedd</translation>
    </message>
    <message>
        <source>Families: tick to add</source>
        <translation>Teuluoedd: ticiwch i ychwanegu</translation>
    </message>
    <message>
        <source>Who goes: choose a family.</source>
        <translation>Pwy sy&apos;n mynd: dewiswch deulu.</translation>
    </message>
    <message>
        <source>Who goes</source>
        <translation>Pwy sy&apos;n mynd</translation>
    </message>
    <message>
        <source>A relationship to &amp;repair</source>
        <translation>Perthynas i&apos;w &amp;thrwsio</translation>
    </message>
    <message>
        <source>A relationship to repair</source>
        <translation>Perthynas i&apos;w thrwsio</translation>
    </message>
    <message>
        <source>Places asked against places</source>
        <translation>Lleoedd y gofynnwyd amdanynt o&apos;u cymharu â&apos;r lleoedd sydd ar gael</translation>
    </message>
    <message>
        <source>&amp;Add ticked families</source>
        <translation>&amp;Ychwanegu&apos;r teuluoedd a diciwyd</translation>
    </message>
    <message>
        <source>Add ticked families</source>
        <translation>Ychwanegu&apos;r teuluoedd a diciwyd</translation>
    </message>
    <message>
        <source>{family}  (already asked: {ref})</source>
        <translation>{family}  (wedi gofyn eisoes: {ref})</translation>
    </message>
    <message>
        <source>Who goes: {family}</source>
        <translation>Pwy sy&apos;n mynd: {family}</translation>
    </message>
    <message>
        <source>{family}: no family on record. Add family members to the case first.</source>
        <translation>{family}: dim teulu ar gofnod. Ychwanegwch aelodau&apos;r teulu at yr achos yn gyntaf.</translation>
    </message>
    <message>
        <source>family</source>
        <comment>a relationship not recorded</comment>
        <translation>teulu</translation>
    </message>
    <message>
        <source>{member}: {why_not}</source>
        <translation>{member}: {why_not}</translation>
    </message>
    <message>
        <source>Asking: {families} families, {people} people · Places: {capacity_families} families, {capacity_people} people</source>
        <translation>Yn gofyn am: {families} teulu, {people} person · Lleoedd: {capacity_families} teulu, {capacity_people} person</translation>
    </message>
    <message>
        <source>{totals} · more than the places: the rest will wait, by need</source>
        <translation>{totals} · mwy na&apos;r lleoedd: bydd y gweddill yn aros, yn ôl angen</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more, marked in red in the list (hover for the reason).</source>
        <translation>
            <numerusform>… a %n arall, wedi&apos;u marcio mewn coch yn y rhestr (hofrwch i weld y rheswm).</numerusform>
            <numerusform>… a %n arall, wedi&apos;u marcio mewn coch yn y rhestr (hofrwch i weld y rheswm).</numerusform>
            <numerusform>… a %n arall, wedi&apos;u marcio mewn coch yn y rhestr (hofrwch i weld y rheswm).</numerusform>
            <numerusform>… a %n arall, wedi&apos;u marcio mewn coch yn y rhestr (hofrwch i weld y rheswm).</numerusform>
            <numerusform>… a %n arall, wedi&apos;u marcio mewn coch yn y rhestr (hofrwch i weld y rheswm).</numerusform>
        </translation>
    </message>
    <message>
        <source>Problem</source>
        <comment>a line of the dry run</comment>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Note</source>
        <comment>a line of the dry run</comment>
        <translation>Nodyn</translation>
    </message>
    <message>
        <source>Merge with the person already there</source>
        <translation>Cyfuno â&apos;r person sydd yno eisoes</translation>
    </message>
    <message>
        <source>Skip this row</source>
        <translation>Hepgor y rhes hon</translation>
    </message>
    <message>
        <source>Choose the spreadsheet</source>
        <translation>Dewiswch y daenlen</translation>
    </message>
    <message>
        <source>A .csv or .xlsx file with one row per person. Nothing is written until the last step.</source>
        <translation>Ffeil .csv neu .xlsx gydag un rhes i bob person. Ni fydd dim yn cael ei ysgrifennu tan y cam olaf.</translation>
    </message>
    <message>
        <source>File to import</source>
        <translation>Ffeil i&apos;w mewnforio</translation>
    </message>
    <message>
        <source>caseload.xlsx</source>
        <comment>an example file name</comment>
        <translation>llwyth-achosion.xlsx</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Pori…</translation>
    </message>
    <message>
        <source>Browse for the file</source>
        <translation>Pori am y ffeil</translation>
    </message>
    <message>
        <source>File message</source>
        <translation>Neges am y ffeil</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Ffeil:</translation>
    </message>
    <message>
        <source>Spreadsheets</source>
        <translation>Taenlenni</translation>
    </message>
    <message>
        <source>The file could not be opened ({reason}).</source>
        <translation>Nid oedd modd agor y ffeil ({reason}).</translation>
    </message>
    <message>
        <source>Match the columns</source>
        <translation>Paru&apos;r colofnau</translation>
    </message>
    <message>
        <source>For each of your headings, choose the template&apos;s column it holds. Headings that match are filled in; so is what you chose last time.</source>
        <translation>Ar gyfer pob un o&apos;ch penawdau, dewiswch pa golofn yn y templed sydd ynddo. Mae penawdau sy&apos;n cyfateb wedi&apos;u llenwi; felly hefyd yr hyn a ddewisoch y tro diwethaf.</translation>
    </message>
    <message>
        <source>Column mapping</source>
        <translation>Mapio colofnau</translation>
    </message>
    <message>
        <source>Your heading</source>
        <translation>Eich pennawd</translation>
    </message>
    <message>
        <source>First value</source>
        <translation>Gwerth cyntaf</translation>
    </message>
    <message>
        <source>Our column</source>
        <translation>Ein colofn</translation>
    </message>
    <message>
        <source>&amp;Remember this mapping for next time</source>
        <translation>&amp;Cofio&apos;r mapio hwn ar gyfer y tro nesaf</translation>
    </message>
    <message>
        <source>Remember this mapping</source>
        <translation>Cofio&apos;r mapio hwn</translation>
    </message>
    <message>
        <source>Mapping message</source>
        <translation>Neges am y mapio</translation>
    </message>
    <message>
        <source>Our column for {heading}</source>
        <translation>Ein colofn ar gyfer {heading}</translation>
    </message>
    <message>
        <source>an unnamed column</source>
        <translation>colofn heb enw</translation>
    </message>
    <message>
        <source>(ignore this column)</source>
        <translation>(anwybyddu&apos;r golofn hon)</translation>
    </message>
    <message>
        <source>Dry run</source>
        <translation>Rhediad prawf</translation>
    </message>
    <message>
        <source>Every row was checked. Nothing has been written.</source>
        <translation>Cafodd pob rhes ei gwirio. Does dim wedi&apos;i ysgrifennu.</translation>
    </message>
    <message>
        <source>Dry run summary</source>
        <translation>Crynodeb o&apos;r rhediad prawf</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Rhes</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Colofn</translation>
    </message>
    <message>
        <source>What is wrong</source>
        <translation>Beth sydd o&apos;i le</translation>
    </message>
    <message>
        <source>Nearest accepted value</source>
        <translation>Y gwerth derbyniol agosaf</translation>
    </message>
    <message>
        <source>Dry run report</source>
        <translation>Adroddiad y rhediad prawf</translation>
    </message>
    <message>
        <source>Columns ignored: {columns}</source>
        <translation>Colofnau a anwybyddwyd: {columns}</translation>
    </message>
    <message>
        <source>Imported contact</source>
        <translation>Cyswllt wedi&apos;i fewnforio</translation>
    </message>
    <message>
        <source>This file has no rows to import: there is nothing under the headings. Add one row per person and try again. Nothing was imported.</source>
        <translation>Does dim rhesi i&apos;w mewnforio yn y ffeil hon: does dim byd o dan y penawdau. Ychwanegwch un rhes ar gyfer pob person a rhowch gynnig arall arni. Ni fewnforiwyd dim.</translation>
    </message>
    <message>
        <source>No row has anything in the columns being imported: check which of your columns match ours.</source>
        <translation>Does dim byd yn y colofnau sy&apos;n cael eu mewnforio mewn unrhyw res: gwiriwch pa rai o&apos;ch colofnau sy&apos;n cyfateb i&apos;n colofnau ni.</translation>
    </message>
    <message>
        <source>Choose a .csv or .xlsx file.</source>
        <translation>Dewiswch ffeil .csv neu .xlsx.</translation>
    </message>
    <message>
        <source>The file is empty: it needs a heading row, then one row per person.</source>
        <translation>Mae&apos;r ffeil yn wag: mae angen rhes o benawdau arni, ac yna un rhes ar gyfer pob person.</translation>
    </message>
    <message>
        <source>The file has more than {max_rows:,} rows; split it into smaller files.</source>
        <translation>Mae gan y ffeil fwy na {max_rows:,} o resi; rhannwch hi&apos;n ffeiliau llai.</translation>
    </message>
    <message>
        <source>The first row must hold the column headings.</source>
        <translation>Rhaid i&apos;r rhes gyntaf gynnwys penawdau&apos;r colofnau.</translation>
    </message>
    <message>
        <source>The mapping file must be JSON: {&quot;Your heading&quot;: &quot;Our heading&quot;, ...}.</source>
        <translation>Rhaid i&apos;r ffeil mapio fod yn JSON: {&quot;Eich pennawd&quot;: &quot;Ein pennawd&quot;, ...}.</translation>
    </message>
    <message>
        <source> Did you mean &apos;{heading}&apos;?</source>
        <translation> Oeddech chi&apos;n golygu &apos;{heading}&apos;?</translation>
    </message>
    <message>
        <source>The mapping file names a column the template does not have: &apos;{our}&apos;.{hint}</source>
        <translation>Mae&apos;r ffeil mapio yn enwi colofn nad yw yn y templed: &apos;{our}&apos;.{hint}</translation>
    </message>
    <message>
        <source>row {row}</source>
        <translation>rhes {row}</translation>
    </message>
    <message>
        <source>file</source>
        <translation>ffeil</translation>
    </message>
    <message>
        <source> Did you mean &apos;{suggestion}&apos;?</source>
        <translation> Oeddech chi&apos;n golygu &apos;{suggestion}&apos;?</translation>
    </message>
    <message>
        <source>row {row}: already in the profile as {ref} in case {case_ref} (same {matched_on})</source>
        <translation>rhes {row}: eisoes yn y proffil fel {ref} yn achos {case_ref} (yr un {matched_on})</translation>
    </message>
    <message>
        <source>row {row}: already in the profile as {ref} (same {matched_on})</source>
        <translation>rhes {row}: eisoes yn y proffil fel {ref} (yr un {matched_on})</translation>
    </message>
    <message>
        <source>{rows} rows: {families} families, {people} people, {assessments} assessments, {scores} scores.</source>
        <translation>{rows} rhes: {families} teulu, {people} person, {assessments} asesiad, {scores} sgôr.</translation>
    </message>
    <message>
        <source>Columns ignored (not mapped): {columns}</source>
        <translation>Colofnau a anwybyddwyd (heb eu mapio): {columns}</translation>
    </message>
    <message>
        <source>Problem: {line}</source>
        <translation>Problem: {line}</translation>
    </message>
    <message>
        <source>Note: {line}</source>
        <translation>Nodyn: {line}</translation>
    </message>
    <message>
        <source>Already in the profile: {line}</source>
        <translation>Eisoes yn y proffil: {line}</translation>
    </message>
    <message>
        <source>Imported {cases} cases, {people} people ({merged} merged, {skipped} skipped), {assessments} assessments, {scores} scores, {goals} goals.</source>
        <translation>Mewnforiwyd {cases} achos, {people} person ({merged} wedi&apos;u cyfuno, {skipped} wedi&apos;u hepgor), {assessments} asesiad, {scores} sgôr, {goals} nod.</translation>
    </message>
    <message>
        <source>This is not a date. Write it like 2026-03-02 or 02/03/2026.</source>
        <translation>Dydy hwn ddim yn ddyddiad. Ysgrifennwch ef fel 2026-03-02 neu 02/03/2026.</translation>
    </message>
    <message>
        <source>This is not yes or no.</source>
        <translation>Dydy hwn ddim yn ie neu na.</translation>
    </message>
    <message>
        <source>This is not a whole number.</source>
        <translation>Dydy hwn ddim yn rhif cyfan.</translation>
    </message>
    <message>
        <source>This is not an accepted value for {what}.</source>
        <translation>Dydy hwn ddim yn werth derbyniol ar gyfer {what}.</translation>
    </message>
    <message>
        <source>&apos;{word}&apos; is neither a need&apos;s nature ({need_natures}) nor its term ({need_terms}).</source>
        <translation>Dydy &apos;{word}&apos; ddim yn fath o angen ({need_natures}) nac yn dymor angen ({need_terms}).</translation>
    </message>
    <message>
        <source>a need</source>
        <translation>angen</translation>
    </message>
    <message>
        <source>a goal&apos;s status</source>
        <translation>statws nod</translation>
    </message>
    <message>
        <source>This is not a score: scores run from {lo} to {hi}.</source>
        <translation>Dydy hwn ddim yn sgôr: mae&apos;r sgoriau&apos;n mynd o {lo} i {hi}.</translation>
    </message>
    <message>
        <source>Two of the file&apos;s columns (&apos;{headings}&apos; and &apos;{headings2}&apos;) are mapped to this column.</source>
        <translation>Mae dwy o golofnau&apos;r ffeil (&apos;{headings}&apos; a &apos;{headings2}&apos;) wedi&apos;u mapio i&apos;r golofn hon.</translation>
    </message>
    <message>
        <source>The file has no column for this, and it is needed. Map one of the file&apos;s columns to it.</source>
        <translation>Does dim colofn ar gyfer hyn yn y ffeil, ac mae ei hangen. Mapiwch un o golofnau&apos;r ffeil iddi.</translation>
    </message>
    <message>
        <source>The family key is missing: every row needs one, the same on every row of a family.</source>
        <translation>Mae allwedd y teulu ar goll: mae angen un ar bob rhes, yr un fath ar bob rhes ar gyfer teulu.</translation>
    </message>
    <message>
        <source>The same prison number as row {number_row}: the same person twice, or a typing slip.</source>
        <translation>Yr un rhif carchar â rhes {number_row}: yr un person ddwywaith, neu gamgymeriad teipio.</translation>
    </message>
    <message>
        <source>The same given name, family name and date of birth as row {named}: the same person twice, or a typing slip. Keep one row per person.</source>
        <translation>Yr un enw cyntaf, cyfenw a dyddiad geni â rhes {named}: yr un person ddwywaith, neu gamgymeriad teipio. Cadwch un rhes ar gyfer pob person.</translation>
    </message>
    <message>
        <source>Only a follow-up score may hold several scores separated by &apos;{follow_up_separator}&apos;.</source>
        <translation>Dim ond sgôr ddilynol all gynnwys sawl sgôr wedi&apos;u gwahanu gan &apos;{follow_up_separator}&apos;.</translation>
    </message>
    <message>
        <source>Differs from row {case_rows} of the same family (family key &apos;{key}&apos;): a family&apos;s details must agree on every row.</source>
        <translation>Yn wahanol i res {case_rows} o&apos;r un teulu (allwedd y teulu &apos;{key}&apos;): rhaid i fanylion teulu gyfateb ar bob rhes.</translation>
    </message>
    <message>
        <source>The relationship to the offender is missing.</source>
        <translation>Mae&apos;r berthynas â&apos;r troseddwr ar goll.</translation>
    </message>
    <message>
        <source>A family name is needed.</source>
        <translation>Mae angen cyfenw.</translation>
    </message>
    <message>
        <source>Family &apos;{key}&apos; has no referral date.</source>
        <translation>Does dim dyddiad atgyfeirio gan y teulu &apos;{key}&apos;.</translation>
    </message>
    <message>
        <source>The referral date is in the future.</source>
        <translation>Mae&apos;r dyddiad atgyfeirio yn y dyfodol.</translation>
    </message>
    <message>
        <source>The {what} is in the future.</source>
        <translation>Mae&apos;r {what} yn y dyfodol.</translation>
    </message>
    <message>
        <source>The {what} ({on}) is before the referral ({referral}).</source>
        <translation>Mae&apos;r {what} ({on}) cyn yr atgyfeiriad ({referral}).</translation>
    </message>
    <message>
        <source>An open case has no closing date: set Case status to closed, or clear the date.</source>
        <translation>Does dim dyddiad cau gan achos agored: newidiwch Statws yr achos i Wedi&apos;i gau, neu cliriwch y dyddiad.</translation>
    </message>
    <message>
        <source>A {status} case needs its closing date.</source>
        <translation>Mae angen dyddiad cau ar achos â&apos;r statws {status}.</translation>
    </message>
    <message>
        <source>A {status} case needs its closure reason.</source>
        <translation>Mae angen rheswm cau ar achos â&apos;r statws {status}.</translation>
    </message>
    <message>
        <source>An open case has no closure reason.</source>
        <translation>Does dim rheswm cau gan achos agored.</translation>
    </message>
    <message>
        <source>closing date</source>
        <translation>dyddiad cau</translation>
    </message>
    <message>
        <source>initial assessment date</source>
        <translation>dyddiad yr asesiad cychwynnol</translation>
    </message>
    <message>
        <source>A follow-up date is empty between two &apos;|&apos;.</source>
        <translation>Mae dyddiad dilynol yn wag rhwng dau &apos;|&apos;.</translation>
    </message>
    <message>
        <source>follow-up assessment date</source>
        <translation>dyddiad yr asesiad dilynol</translation>
    </message>
    <message>
        <source>final assessment date</source>
        <translation>dyddiad yr asesiad terfynol</translation>
    </message>
    <message>
        <source>A follow-up or final assessment needs the initial assessment&apos;s date first.</source>
        <translation>Mae angen dyddiad yr asesiad cychwynnol cyn asesiad dilynol neu derfynol.</translation>
    </message>
    <message>
        <source>This assessment ({on}) is before the initial assessment ({initial}).</source>
        <translation>Mae&apos;r asesiad hwn ({on}) cyn yr asesiad cychwynnol ({initial}).</translation>
    </message>
    <message>
        <source>Needs found at the initial assessment need its date.</source>
        <translation>Mae angen dyddiad yr asesiad cychwynnol ar gyfer yr anghenion a nodwyd ynddo.</translation>
    </message>
    <message>
        <source>Needs found at the final assessment need its date.</source>
        <translation>Mae angen dyddiad yr asesiad terfynol ar gyfer yr anghenion a nodwyd ynddo.</translation>
    </message>
    <message>
        <source>Needs are given for {count} follow-ups but there are {count2} follow-up dates.</source>
        <translation>Rhoddwyd anghenion ar gyfer {count} asesiad dilynol ond mae {count2} dyddiad dilynol.</translation>
    </message>
    <message>
        <source>first contact date</source>
        <translation>dyddiad y cyswllt cyntaf</translation>
    </message>
    <message>
        <source>last contact date</source>
        <translation>dyddiad y cyswllt olaf</translation>
    </message>
    <message>
        <source>The last contact is before the first contact.</source>
        <translation>Mae&apos;r cyswllt olaf cyn y cyswllt cyntaf.</translation>
    </message>
    <message>
        <source>A support plan starts from the initial assessment: give its date.</source>
        <translation>Mae cynllun cymorth yn dechrau o&apos;r asesiad cychwynnol: rhowch ei ddyddiad.</translation>
    </message>
    <message>
        <source>follow-up dates</source>
        <translation>dyddiadau dilynol</translation>
    </message>
    <message>
        <source>a {point} assessment date</source>
        <translation>dyddiad asesiad {point}</translation>
    </message>
    <message>
        <source>Scores are given for {count} {point} assessment(s), but the family has {value} {what}.</source>
        <translation>Rhoddwyd sgoriau ar gyfer {count} asesiad {point}, ond mae gan y teulu {value} {what}.</translation>
    </message>
    <message>
        <source>Scored for the whole family on row {whole_seen} as well.</source>
        <translation>Rhoddwyd sgôr ar gyfer y teulu cyfan ar res {whole_seen} hefyd.</translation>
    </message>
    <message>
        <source>The date of birth is in the future.</source>
        <translation>Mae&apos;r dyddiad geni yn y dyfodol.</translation>
    </message>
    <message>
        <source>A child aged {age} at the referral: children are {child_max_age} or under. Check the date of birth, or record an adult son or daughter as &apos;other&apos;.</source>
        <translation>Plentyn {age} oed adeg yr atgyfeiriad: mae plant yn {child_max_age} oed neu&apos;n iau. Gwiriwch y dyddiad geni, neu cofnodwch fab neu ferch sy&apos;n oedolyn fel &apos;arall&apos;.</translation>
    </message>
    <message>
        <source>prison number</source>
        <translation>rhif carchar</translation>
    </message>
    <message>
        <source>name and date of birth</source>
        <translation>enw a dyddiad geni</translation>
    </message>
    <message>
        <source>Family &apos;{key}&apos; would merge into two cases already in the profile ({refs}): skip one of them.</source>
        <translation>Byddai&apos;r teulu &apos;{key}&apos; yn cael ei gyfuno â dau achos sydd yn y proffil eisoes ({refs}): hepgorwch un ohonyn nhw.</translation>
    </message>
    <message>
        <source>Family &apos;{key}&apos; joins case {ref}, already in the profile: that case keeps its own details, assessments, scores, goals and contacts; the file&apos;s are left out.</source>
        <translation>Mae&apos;r teulu &apos;{key}&apos; yn ymuno ag achos {ref}, sydd yn y proffil eisoes: mae&apos;r achos hwnnw&apos;n cadw ei fanylion, ei asesiadau, ei sgoriau, ei nodau a&apos;i gysylltiadau ei hun; caiff rhai&apos;r ffeil eu gadael allan.</translation>
    </message>
    <message>
        <source>Merging with {existing_ref}: {message}</source>
        <translation>Cyfuno â {existing_ref}: {message}</translation>
    </message>
    <message>
        <source>Checking every row</source>
        <translation>Wrthi&apos;n gwirio pob rhes</translation>
    </message>
    <message>
        <source>The file has {count} problem(s); nothing was imported. Run the dry run to see them, put them right and try again.</source>
        <translation>Mae gan y ffeil {count} problem; ni fewnforiwyd dim. Defnyddiwch y rhediad prawf i&apos;w gweld, cywirwch nhw a rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <source>{count} people in the file are already in the profile. Choose merge or skip for each; nothing was imported.</source>
        <translation>Mae {count} person yn y ffeil yn y proffil eisoes. Dewiswch gyfuno neu hepgor ar gyfer pob un; ni fewnforiwyd dim.</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Wedi&apos;i fewnforio</translation>
    </message>
    <message>
        <source>Preparing families</source>
        <translation>Wrthi&apos;n paratoi teuluoedd</translation>
    </message>
    <message>
        <source>Writing</source>
        <translation>Wrthi&apos;n ysgrifennu</translation>
    </message>
    <message>
        <source>Merging people already in the profile</source>
        <translation>Wrthi&apos;n cyfuno pobl sydd yn y proffil eisoes</translation>
    </message>
    <message>
        <source>The first contact, brought in from a spreadsheet; details were not recorded there.</source>
        <translation>Y cyswllt cyntaf, wedi&apos;i fewnforio o daenlen; ni chofnodwyd y manylion yno.</translation>
    </message>
    <message>
        <source>The last contact, brought in from a spreadsheet; details were not recorded there.</source>
        <translation>Y cyswllt olaf, wedi&apos;i fewnforio o daenlen; ni chofnodwyd y manylion yno.</translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>Ni chafwyd hyd i unrhyw broblemau.</translation>
    </message>
    <message numerus="yes">
        <source>%n people are already in the profile: choose what to do next.</source>
        <translation>
            <numerusform>Does neb yn y proffil eisoes.</numerusform>
            <numerusform>Mae %n person yn y proffil eisoes: dewiswch beth i&apos;w wneud nesaf.</numerusform>
            <numerusform>Mae %n person yn y proffil eisoes: dewiswch beth i&apos;w wneud nesaf.</numerusform>
            <numerusform>Mae %n person yn y proffil eisoes: dewiswch beth i&apos;w wneud nesaf.</numerusform>
            <numerusform>Mae %n person yn y proffil eisoes: dewiswch beth i&apos;w wneud nesaf.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s): put them right in the file, then choose it again. Nothing has been written.</source>
        <translation>
            <numerusform>%n problem: cywirwch nhw yn y ffeil, yna dewiswch y ffeil eto. Does dim wedi&apos;i ysgrifennu.</numerusform>
            <numerusform>%n problem: cywirwch hi yn y ffeil, yna dewiswch y ffeil eto. Does dim wedi&apos;i ysgrifennu.</numerusform>
            <numerusform>%n problem: cywirwch nhw yn y ffeil, yna dewiswch y ffeil eto. Does dim wedi&apos;i ysgrifennu.</numerusform>
            <numerusform>%n problem: cywirwch nhw yn y ffeil, yna dewiswch y ffeil eto. Does dim wedi&apos;i ysgrifennu.</numerusform>
            <numerusform>%n problem: cywirwch nhw yn y ffeil, yna dewiswch y ffeil eto. Does dim wedi&apos;i ysgrifennu.</numerusform>
        </translation>
    </message>
    <message>
        <source>People already in the profile</source>
        <translation>Pobl sydd yn y proffil eisoes</translation>
    </message>
    <message>
        <source>Choose for each: merge (the person already there is updated from the file) or skip the row. Nobody is added twice.</source>
        <translation>Dewiswch ar gyfer pob un: cyfuno (caiff y person sydd yno eisoes ei ddiweddaru o&apos;r ffeil) neu hepgor y rhes. Ni chaiff neb ei ychwanegu ddwywaith.</translation>
    </message>
    <message>
        <source>In the file</source>
        <translation>Yn y ffeil</translation>
    </message>
    <message>
        <source>Already in the profile</source>
        <translation>Yn y proffil eisoes</translation>
    </message>
    <message>
        <source>Same</source>
        <translation>Yr un fath</translation>
    </message>
    <message>
        <source>Choice</source>
        <translation>Dewis</translation>
    </message>
    <message>
        <source>&amp;Merge all</source>
        <translation>&amp;Cyfuno&apos;r cyfan</translation>
    </message>
    <message>
        <source>Merge all</source>
        <translation>Cyfuno&apos;r cyfan</translation>
    </message>
    <message>
        <source>&amp;Skip all</source>
        <translation>&amp;Hepgor y cyfan</translation>
    </message>
    <message>
        <source>Skip all</source>
        <translation>Hepgor y cyfan</translation>
    </message>
    <message>
        <source>Duplicates message</source>
        <translation>Neges am ddyblygion</translation>
    </message>
    <message>
        <source>{name} ({ref} in case {case})</source>
        <translation>{name} ({ref} yn achos {case})</translation>
    </message>
    <message>
        <source>{name} ({ref})</source>
        <translation>{name} ({ref})</translation>
    </message>
    <message>
        <source>Choice for row {row}</source>
        <translation>Dewis ar gyfer rhes {row}</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Dewiswch…</translation>
    </message>
    <message>
        <source>Choose merge or skip for every row first.</source>
        <translation>Dewiswch gyfuno neu hepgor ar gyfer pob rhes yn gyntaf.</translation>
    </message>
    <message>
        <source>These choices cannot be imported: {problems}</source>
        <translation>Does dim modd mewnforio&apos;r dewisiadau hyn: {problems}</translation>
    </message>
    <message>
        <source>Import</source>
        <comment>the wizard&apos;s last page</comment>
        <translation>Mewnforio</translation>
    </message>
    <message>
        <source>Press Import to write everything in one go: all rows or none.</source>
        <translation>Pwyswch Mewnforio i ysgrifennu popeth ar unwaith: pob rhes neu ddim un.</translation>
    </message>
    <message>
        <source>Import summary</source>
        <translation>Crynodeb o&apos;r mewnforio</translation>
    </message>
    <message>
        <source>Import message</source>
        <translation>Neges am y mewnforio</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Mewnforio</translation>
    </message>
    <message>
        <source>Ready to import {families} families and {people} people, with {assessments} assessments and {scores} scores.</source>
        <translation>Yn barod i fewnforio {families} teulu a {people} person, gyda {assessments} asesiad a {scores} sgôr.</translation>
    </message>
    <message>
        <source>{merge} will be merged with people already in the profile and {skip} skipped.</source>
        <translation>Bydd {merge} yn cael eu cyfuno â phobl sydd yn y proffil eisoes a {skip} yn cael eu hepgor.</translation>
    </message>
    <message numerus="yes">
        <source>%n note(s) in the dry run are worth a look.</source>
        <translation>
            <numerusform>Mae&apos;n werth edrych ar %n nodyn yn y rhediad prawf.</numerusform>
            <numerusform>Mae&apos;n werth edrych ar %n nodyn yn y rhediad prawf.</numerusform>
            <numerusform>Mae&apos;n werth edrych ar %n nodyn yn y rhediad prawf.</numerusform>
            <numerusform>Mae&apos;n werth edrych ar %n nodyn yn y rhediad prawf.</numerusform>
            <numerusform>Mae&apos;n werth edrych ar %n nodyn yn y rhediad prawf.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import caseload</source>
        <translation>Mewnforio llwyth achosion</translation>
    </message>
    <message>
        <source>Importing the caseload</source>
        <translation>Wrthi&apos;n mewnforio&apos;r llwyth achosion</translation>
    </message>
    <message>
        <source>among the people just imported (with everyone on this desk)</source>
        <comment>follows: N likely duplicates / No likely duplicates</comment>
        <translation>ymhlith y bobl sydd newydd eu mewnforio (gyda phawb ar y ddesg hon)</translation>
    </message>
    <message>
        <source>{message} Nothing was imported.</source>
        <translation>{message} Ni fewnforiwyd dim.</translation>
    </message>
    <message>
        <source>Not yet or N/A</source>
        <translation>Dim eto neu ddim yn berthnasol</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Ar waith</translation>
    </message>
    <message>
        <source>Yes, in place</source>
        <translation>Ydy, yn ei le</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Y mis hwn</translation>
    </message>
    <message>
        <source>Within three months</source>
        <translation>O fewn tri mis</translation>
    </message>
    <message>
        <source>Within six months</source>
        <translation>O fewn chwe mis</translation>
    </message>
    <message>
        <source>Quality statement</source>
        <translation>Datganiad ansawdd</translation>
    </message>
    <message>
        <source>Plan</source>
        <comment>a work plan&apos;s horizon</comment>
        <translation>Cynllun</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Gweithred</translation>
    </message>
    <message>
        <source>Evidence and comments</source>
        <translation>Tystiolaeth a sylwadau</translation>
    </message>
    <message>
        <source>Lead</source>
        <comment>who leads an action</comment>
        <translation>Arweinydd</translation>
    </message>
    <message>
        <source>Completion date</source>
        <translation>Dyddiad cwblhau</translation>
    </message>
    <message>
        <source>{in_place} of {total} in place, {in_progress} in progress</source>
        <translation>{in_place} o {total} yn eu lle, {in_progress} ar waith</translation>
    </message>
    <message>
        <source>{in_place} of {total} in place</source>
        <translation>{in_place} o {total} yn eu lle</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation>Ansawdd</translation>
    </message>
    <message>
        <source>Self-assessment at a glance</source>
        <translation>Hunanasesiad yn gryno</translation>
    </message>
    <message>
        <source>&amp;Print self-assessment and work plan…</source>
        <translation>&amp;Argraffu&apos;r hunanasesiad a&apos;r cynllun gwaith…</translation>
    </message>
    <message>
        <source>Save the self-assessment and the work plan as a PDF</source>
        <translation>Cadw&apos;r hunanasesiad a&apos;r cynllun gwaith fel PDF</translation>
    </message>
    <message>
        <source>Quality statements</source>
        <translation>Datganiadau ansawdd</translation>
    </message>
    <message>
        <source>&amp;Assess item…</source>
        <translation>A&amp;sesu eitem…</translation>
    </message>
    <message>
        <source>Set the selected checklist item&apos;s status and evidence (or press Enter on it)</source>
        <translation>Gosod statws a thystiolaeth yr eitem a ddewiswyd ar y rhestr wirio (neu pwyswch Enter arni)</translation>
    </message>
    <message>
        <source>E&amp;xpand all</source>
        <translation>&amp;Ehangu&apos;r cyfan</translation>
    </message>
    <message>
        <source>&amp;Collapse all</source>
        <translation>&amp;Crebachu&apos;r cyfan</translation>
    </message>
    <message>
        <source>Enter or double-click on an item to assess it.</source>
        <translation>Pwyswch Enter neu cliciwch ddwywaith ar eitem i&apos;w hasesu.</translation>
    </message>
    <message>
        <source>Statement and checklist item</source>
        <translation>Datganiad ac eitem ar y rhestr wirio</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Tystiolaeth</translation>
    </message>
    <message>
        <source>Quality statements and checklist</source>
        <translation>Datganiadau ansawdd a&apos;r rhestr wirio</translation>
    </message>
    <message>
        <source>Each statement with its checklist items; Enter assesses an item</source>
        <translation>Pob datganiad gyda&apos;i eitemau ar y rhestr wirio; mae Enter yn asesu eitem</translation>
    </message>
    <message>
        <source>Selected statement or item</source>
        <translation>Y datganiad neu&apos;r eitem a ddewiswyd</translation>
    </message>
    <message>
        <source>&amp;Self-assessment</source>
        <translation>&amp;Hunanasesiad</translation>
    </message>
    <message>
        <source>&amp;Add action…</source>
        <translation>&amp;Ychwanegu gweithred…</translation>
    </message>
    <message>
        <source>Add an action to the work plan</source>
        <translation>Ychwanegu gweithred at y cynllun gwaith</translation>
    </message>
    <message>
        <source>&amp;Edit action…</source>
        <translation>&amp;Golygu gweithred…</translation>
    </message>
    <message>
        <source>Change the selected action (or press Enter)</source>
        <translation>Newid y weithred a ddewiswyd (neu pwyswch Enter)</translation>
    </message>
    <message>
        <source>&amp;Delete action</source>
        <translation>&amp;Dileu gweithred</translation>
    </message>
    <message>
        <source>Delete the selected action, after asking</source>
        <translation>Dileu&apos;r weithred a ddewiswyd, ar ôl gofyn</translation>
    </message>
    <message>
        <source>Work plan</source>
        <translation>Cynllun gwaith</translation>
    </message>
    <message>
        <source>No work plan items yet.</source>
        <translation>Dim eitemau yn y cynllun gwaith eto.</translation>
    </message>
    <message>
        <source>Actions by statement and when; Enter edits, Delete removes</source>
        <translation>Gweithredoedd fesul datganiad a phryd; mae Enter yn golygu, mae Delete yn dileu</translation>
    </message>
    <message>
        <source>&amp;Work plan</source>
        <translation>Cynllun g&amp;waith</translation>
    </message>
    <message>
        <source>&lt;b&gt;{in_place} of {total}&lt;/b&gt; checklist items in place, {in_progress} in progress, {not_yet} not yet or not applicable.</source>
        <translation>&lt;b&gt;{in_place} o {total}&lt;/b&gt; eitem ar y rhestr wirio yn eu lle, {in_progress} ar waith, {not_yet} heb eu dechrau eto neu ddim yn berthnasol.</translation>
    </message>
    <message numerus="yes">
        <source>%n action in the work plan.|%n actions in the work plan.</source>
        <translation>
            <numerusform>Dim gweithredoedd yn y cynllun gwaith.</numerusform>
            <numerusform>%n gweithred yn y cynllun gwaith.</numerusform>
            <numerusform>%n gweithred yn y cynllun gwaith.</numerusform>
            <numerusform>%n gweithred yn y cynllun gwaith.</numerusform>
            <numerusform>%n gweithred yn y cynllun gwaith.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n action|%n actions</source>
        <translation>
            <numerusform>Dim gweithredoedd</numerusform>
            <numerusform>%n gweithred</numerusform>
            <numerusform>%n gweithred</numerusform>
            <numerusform>%n gweithred</numerusform>
            <numerusform>%n gweithred</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a statement or a checklist item to see it in full, with suggestions for evidence.</source>
        <translation>Dewiswch ddatganiad neu eitem ar y rhestr wirio i&apos;w gweld yn llawn, gydag awgrymiadau am dystiolaeth.</translation>
    </message>
    <message>
        <source>none recorded</source>
        <translation>dim wedi&apos;i gofnodi</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Statws:</translation>
    </message>
    <message>
        <source>Evidence:</source>
        <translation>Tystiolaeth:</translation>
    </message>
    <message>
        <source>How can we evidence what we do? Some suggestions</source>
        <translation>Sut gallwn ni ddangos tystiolaeth o&apos;r hyn rydyn ni&apos;n ei wneud? Rhai awgrymiadau</translation>
    </message>
    <message>
        <source>Assess item {item}</source>
        <translation>Asesu eitem {item}</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>&amp;Statws</translation>
    </message>
    <message>
        <source>&amp;Evidence</source>
        <translation>&amp;Tystiolaeth</translation>
    </message>
    <message>
        <source>What shows this is in place or under way: records, plans, training logs, feedback</source>
        <translation>Beth sy&apos;n dangos bod hyn yn ei le neu ar y gweill: cofnodion, cynlluniau, logiau hyfforddiant, adborth</translation>
    </message>
    <message>
        <source>Work plan: edit action</source>
        <translation>Cynllun gwaith: golygu gweithred</translation>
    </message>
    <message>
        <source>Work plan: new action</source>
        <translation>Cynllun gwaith: gweithred newydd</translation>
    </message>
    <message>
        <source>&amp;Quality statement</source>
        <translation>&amp;Datganiad ansawdd</translation>
    </message>
    <message>
        <source>&amp;Plan</source>
        <comment>a work plan&apos;s horizon</comment>
        <translation>&amp;Cynllun</translation>
    </message>
    <message>
        <source>&amp;Action</source>
        <translation>&amp;Gweithred</translation>
    </message>
    <message>
        <source>E&amp;vidence and comments</source>
        <translation>&amp;Tystiolaeth a sylwadau</translation>
    </message>
    <message>
        <source>&amp;Lead</source>
        <comment>who leads an action</comment>
        <translation>&amp;Arweinydd</translation>
    </message>
    <message>
        <source>&amp;Completion date</source>
        <translation>Dyddiad c&amp;wblhau</translation>
    </message>
    <message>
        <source>Choose actions from the statements&apos; checklists that you wish to prioritise.</source>
        <translation>Dewiswch weithredoedd o restrau gwirio&apos;r datganiadau yr hoffech roi blaenoriaeth iddynt.</translation>
    </message>
    <message>
        <source>Delete action</source>
        <translation>Dileu gweithred</translation>
    </message>
    <message>
        <source>Delete this action from the work plan?

{action}</source>
        <translation>Dileu&apos;r weithred hon o&apos;r cynllun gwaith?

{action}</translation>
    </message>
    <message>
        <source>Quality statements: self-assessment and work plan</source>
        <translation>Datganiadau ansawdd: hunanasesiad a chynllun gwaith</translation>
    </message>
    <message>
        <source>{desk}. Printed {date}. i-HOP Quality Statements and Toolkit.</source>
        <translation>{desk}. Argraffwyd {date}. Datganiadau Ansawdd a Phecyn Cymorth i-HOP.</translation>
    </message>
    <message>
        <source>{in_place} of {total} checklist items in place, {in_progress} in progress, {not_yet} not yet or not applicable.</source>
        <translation>{in_place} o {total} eitem ar y rhestr wirio yn eu lle, {in_progress} ar waith, {not_yet} heb eu dechrau eto neu ddim yn berthnasol.</translation>
    </message>
    <message>
        <source>Self-assessment</source>
        <translation>Hunanasesiad</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Eitem</translation>
    </message>
    <message>
        <source>What can we do?</source>
        <translation>Beth allwn ni ei wneud?</translation>
    </message>
    <message>
        <source>No actions in the work plan yet.</source>
        <translation>Dim gweithredoedd yn y cynllun gwaith eto.</translation>
    </message>
    <message>
        <source>Kept on this desk only. Statuses: {statuses}.</source>
        <translation>Yn cael ei gadw ar y ddesg hon yn unig. Statwsau: {statuses}.</translation>
    </message>
    <message>
        <source>Self-assessment and work plan</source>
        <translation>Hunanasesiad a chynllun gwaith</translation>
    </message>
    <message>
        <source>Print self-assessment</source>
        <translation>Argraffu&apos;r hunanasesiad</translation>
    </message>
    <message>
        <source>{visitors} (lead {lead})</source>
        <translation>{visitors} (prif ymwelydd {lead})</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heddiw</translation>
    </message>
    <message>
        <source>Session, booking or family day</source>
        <translation>Beth sydd ymlaen</translation>
    </message>
    <message>
        <source>Today and tomorrow in the visits hall</source>
        <translation>Heddiw ac yfory yn y neuadd ymweliadau</translation>
    </message>
    <message>
        <source>{date} · today {today}, tomorrow {tomorrow} ({booked} booked) · {waiting} waiting for approval · double-click a row (or press Enter) to open it.</source>
        <translation>{date} · heddiw {today}, yfory {tomorrow} ({booked} wedi&apos;u harchebu) · {waiting} yn aros am gymeradwyaeth · cliciwch ddwywaith ar res (neu pwyswch Enter) i&apos;w hagor.</translation>
    </message>
    <message numerus="yes">
        <source>%n session|%n sessions</source>
        <translation>
            <numerusform>Dim sesiynau</numerusform>
            <numerusform>%n sesiwn</numerusform>
            <numerusform>%n sesiwn</numerusform>
            <numerusform>%n sesiwn</numerusform>
            <numerusform>%n sesiwn</numerusform>
        </translation>
    </message>
    <message>
        <source>Tomorrow</source>
        <translation>Yfory</translation>
    </message>
    <message>
        <source>Bookings for “{text}” ({count})</source>
        <translation>Archebion ar gyfer “{text}” ({count})</translation>
    </message>
    <message>
        <source>No bookings from the last four weeks on for that name, prison number or reference.</source>
        <translation>Dim archebion o&apos;r pedair wythnos diwethaf ymlaen ar gyfer yr enw, y rhif carchar neu&apos;r cyfeirnod hwnnw.</translation>
    </message>
    <message>
        <source>{day}, {date}: no visit sessions</source>
        <translation>{day}, {date}: dim sesiynau ymweld</translation>
    </message>
    <message>
        <source>{when} — BLOCKED: {why}</source>
        <translation>{when} — WEDI&apos;I RWYSTRO: {why}</translation>
    </message>
    <message>
        <source>{booked} of {places} booked, {left} left</source>
        <translation>{booked} o {places} wedi&apos;u harchebu, {left} ar ôl</translation>
    </message>
    <message numerus="yes">
        <source>%n visitors</source>
        <translation>
            <numerusform>Dim ymwelwyr</numerusform>
            <numerusform>%n ymwelydd</numerusform>
            <numerusform>%n ymwelydd</numerusform>
            <numerusform>%n ymwelydd</numerusform>
            <numerusform>%n ymwelydd</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n first-time family|%n first-time families</source>
        <translation>
            <numerusform>Dim teuluoedd sy&apos;n dod am y tro cyntaf</numerusform>
            <numerusform>%n teulu sy&apos;n dod am y tro cyntaf</numerusform>
            <numerusform>%n teulu sy&apos;n dod am y tro cyntaf</numerusform>
            <numerusform>%n teulu sy&apos;n dod am y tro cyntaf</numerusform>
            <numerusform>%n teulu sy&apos;n dod am y tro cyntaf</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n on the waiting list</source>
        <translation>
            <numerusform>%n ar y rhestr aros</numerusform>
            <numerusform>%n ar y rhestr aros</numerusform>
            <numerusform>%n ar y rhestr aros</numerusform>
            <numerusform>%n ar y rhestr aros</numerusform>
            <numerusform>%n ar y rhestr aros</numerusform>
        </translation>
    </message>
    <message>
        <source>FIRST VISIT: meet them</source>
        <translation>YMWELIAD CYNTAF: ewch i&apos;w cyfarfod</translation>
    </message>
    <message>
        <source>{kind} · CLOSED</source>
        <translation>{kind} · CAEEDIG</translation>
    </message>
    <message>
        <source>Flagged: no longer pass their rules ({count})</source>
        <translation>Â rhybudd: nid ydynt yn bodloni eu rheolau mwyach ({count})</translation>
    </message>
    <message>
        <source>Waiting for approval or clearance ({bookings} bookings, {visitors} family-day visitors not cleared)</source>
        <translation>Yn aros am gymeradwyaeth neu gliriad ({bookings} archeb, {visitors} ymwelydd diwrnod teulu heb eu clirio)</translation>
    </message>
    <message>
        <source>waiting list</source>
        <translation>rhestr aros</translation>
    </message>
    <message>
        <source>asked, not yet booked</source>
        <translation>wedi gofyn, heb archebu eto</translation>
    </message>
    <message>
        <source>Nothing waiting.</source>
        <translation>Does dim byd yn aros.</translation>
    </message>
    <message>
        <source>Family days in the next eight weeks ({count})</source>
        <translation>Diwrnodau teulu yn yr wyth wythnos nesaf ({count})</translation>
    </message>
    <message numerus="yes">
        <source>Clearance by {date} (%n days)</source>
        <translation>
            <numerusform>Clirio erbyn {date} (heddiw)</numerusform>
            <numerusform>Clirio erbyn {date} (%n diwrnod)</numerusform>
            <numerusform>Clirio erbyn {date} (%n diwrnod)</numerusform>
            <numerusform>Clirio erbyn {date} (%n diwrnod)</numerusform>
            <numerusform>Clirio erbyn {date} (%n diwrnod)</numerusform>
        </translation>
    </message>
    <message>
        <source>Clearance by {date} (today)</source>
        <translation>Clirio erbyn {date} (heddiw)</translation>
    </message>
    <message>
        <source>Clearance by {date} (PASSED)</source>
        <translation>Clirio erbyn {date} (WEDI MYND HEIBIO)</translation>
    </message>
    <message>
        <source>{allocated} of {places} allocated, {waiting} waiting</source>
        <translation>{allocated} o {places} wedi&apos;u dyrannu, {waiting} yn aros</translation>
    </message>
    <message>
        <source>{count} to allocate</source>
        <translation>{count} i&apos;w dyrannu</translation>
    </message>
    <message numerus="yes">
        <source>%n visitors not cleared yet</source>
        <translation>
            <numerusform>Pob ymwelydd wedi&apos;i glirio</numerusform>
            <numerusform>%n ymwelydd heb ei glirio eto</numerusform>
            <numerusform>%n ymwelydd heb eu clirio eto</numerusform>
            <numerusform>%n ymwelydd heb eu clirio eto</numerusform>
            <numerusform>%n ymwelydd heb eu clirio eto</numerusform>
        </translation>
    </message>
    <message>
        <source>No family days planned in the next eight weeks.</source>
        <translation>Dim diwrnodau teulu wedi&apos;u cynllunio yn yr wyth wythnos nesaf.</translation>
    </message>
    <message>
        <source>Did not attend: visitor did not arrive</source>
        <translation>Heb ddod: ni chyrhaeddodd yr ymwelydd</translation>
    </message>
    <message>
        <source>Did not attend: prisoner refused</source>
        <translation>Heb ddod: gwrthododd y carcharor</translation>
    </message>
    <message>
        <source>Did not attend: failed security</source>
        <translation>Heb ddod: wedi methu&apos;r gwiriad diogelwch</translation>
    </message>
    <message>
        <source>Cancelled by the establishment</source>
        <translation>Wedi&apos;i ganslo gan y sefydliad</translation>
    </message>
    <message>
        <source>Attended: ended early</source>
        <translation>Wedi dod: wedi gorffen yn gynnar</translation>
    </message>
    <message>
        <source>Record outcomes: {date}</source>
        <translation>Cofnodi canlyniadau: {date}</translation>
    </message>
    <message>
        <source>Record outcomes for the session</source>
        <translation>Cofnodi canlyniadau&apos;r sesiwn</translation>
    </message>
    <message>
        <source>What happened at each booking. Saved together; a booking&apos;s status follows its outcome.</source>
        <translation>Beth ddigwyddodd ym mhob archeb. Caiff y cyfan ei gadw gyda&apos;i gilydd; mae statws archeb yn dilyn ei chanlyniad.</translation>
    </message>
    <message>
        <source>Lead visitor (visitors)</source>
        <translation>Prif ymwelydd (ymwelwyr)</translation>
    </message>
    <message>
        <source>Bookings and their outcomes</source>
        <translation>Archebion a&apos;u canlyniadau</translation>
    </message>
    <message>
        <source>Outcome of {ref}</source>
        <translation>Canlyniad {ref}</translation>
    </message>
    <message>
        <source>No booked visits in this session to record.</source>
        <translation>Dim ymweliadau wedi&apos;u harchebu yn y sesiwn hon i&apos;w cofnodi.</translation>
    </message>
    <message>
        <source>Mark the rest &amp;attended</source>
        <translation>Marcio&apos;r gweddill fel wedi &amp;dod</translation>
    </message>
    <message>
        <source>Mark the rest attended</source>
        <translation>Marcio&apos;r gweddill fel wedi dod</translation>
    </message>
    <message>
        <source>Not recorded (English)</source>
        <translation>Heb ei gofnodi (Saesneg)</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Saesneg</translation>
    </message>
    <message>
        <source>Welsh (Cymraeg)</source>
        <translation>Cymraeg</translation>
    </message>
    <message>
        <source>Another language (say which, for an interpreter)</source>
        <translation>Iaith arall (dywedwch pa un, ar gyfer cyfieithydd)</translation>
    </message>
    <message>
        <source>Give the {what}.</source>
        <translation>Rhowch y {what}.</translation>
    </message>
    <message>
        <source>The {what} is not a date.</source>
        <translation>Dydy&apos;r {what} ddim yn ddyddiad.</translation>
    </message>
    <message>
        <source>The {what} cannot be in the future.</source>
        <translation>Ni all y {what} fod yn y dyfodol.</translation>
    </message>
    <message>
        <source>The {what} cannot be before the referral ({referral_date}).</source>
        <translation>Ni all y {what} fod cyn yr atgyfeiriad ({referral_date}).</translation>
    </message>
    <message>
        <source>Who cares for the child</source>
        <translation>Pwy sy&apos;n gofalu am y plentyn</translation>
    </message>
    <message>
        <source>Sentence type</source>
        <translation>Math o ddedfryd</translation>
    </message>
    <message>
        <source>Offence category</source>
        <translation>Categori trosedd</translation>
    </message>
    <message>
        <source>Involvement</source>
        <translation>Ymwneud</translation>
    </message>
    <message>
        <source>date of birth</source>
        <translation>dyddiad geni</translation>
    </message>
    <message>
        <source>The date of birth cannot be in the future.</source>
        <translation>Ni all y dyddiad geni fod yn y dyfodol.</translation>
    </message>
    <message>
        <source>expected release date</source>
        <translation>dyddiad rhyddhau disgwyliedig</translation>
    </message>
    <message>
        <source>The prisoner&apos;s relationship is &apos;{prisoner_relationship}&apos;: family members are recorded by their relationship to the prisoner.</source>
        <translation>Perthynas y carcharor yw &apos;{prisoner_relationship}&apos;: caiff aelodau&apos;r teulu eu cofnodi yn ôl eu perthynas â&apos;r carcharor.</translation>
    </message>
    <message>
        <source>Do not disclose hides a family member from the prisoner; it cannot be set on the prisoner.</source>
        <translation>Mae Peidio â datgelu yn cuddio aelod o&apos;r teulu rhag y carcharor; does dim modd ei osod ar y carcharor.</translation>
    </message>
    <message>
        <source>Only the prisoner has the relationship &apos;{prisoner_relationship}&apos;. Tick &apos;prisoner&apos;, or choose how this person is related to the prisoner.</source>
        <translation>Dim ond y carcharor sydd â&apos;r berthynas &apos;{prisoner_relationship}&apos;. Ticiwch &apos;carcharor&apos;, neu dewiswch sut mae&apos;r person hwn yn perthyn i&apos;r carcharor.</translation>
    </message>
    <message>
        <source>Relationship must be one of: {relationships}.</source>
        <translation>Rhaid i&apos;r berthynas fod yn un o&apos;r rhain: {relationships}.</translation>
    </message>
    <message>
        <source>{label} must be one of: {shown}.</source>
        <translation>{label}: dewiswch un o&apos;r rhain: {shown}.</translation>
    </message>
    <message>
        <source>Choose the person&apos;s language from the list: English, Welsh, or another language.</source>
        <translation>Dewiswch iaith y person o&apos;r rhestr: Saesneg, Cymraeg, neu iaith arall.</translation>
    </message>
    <message>
        <source>Say the language in a few words ({most} characters at most), e.g. &quot;Polish: interpreter needed&quot;.</source>
        <translation>Dywedwch beth yw&apos;r iaith mewn ychydig eiriau ({most} nod ar y mwyaf), e.e. &quot;Pwyleg: angen cyfieithydd&quot;.</translation>
    </message>
    <message>
        <source>Say which language, so an interpreter can be found (e.g. &quot;Polish&quot;).</source>
        <translation>Dywedwch pa iaith, fel y gellir dod o hyd i gyfieithydd (e.e. &quot;Pwyleg&quot;).</translation>
    </message>
    <message>
        <source>Sentence length must be a whole number of months from 0 to {max_sentence_months}, or left empty.</source>
        <translation>Rhaid i hyd y ddedfryd fod yn nifer cyfan o fisoedd o 0 i {max_sentence_months}, neu&apos;n wag.</translation>
    </message>
    <message>
        <source>Prison number {number} is already recorded for {person_ref} in case {case_ref}. Check this is not the same person twice.</source>
        <translation>Mae rhif carchar {number} eisoes wedi&apos;i gofnodi ar gyfer {person_ref} yn achos {case_ref}. Gwiriwch nad yr un person ddwywaith yw hwn.</translation>
    </message>
    <message>
        <source>Prison number {number} is already recorded for {person_ref}. Check this is not the same person twice.</source>
        <translation>Mae rhif carchar {number} eisoes wedi&apos;i gofnodi ar gyfer {person_ref}. Gwiriwch nad yr un person ddwywaith yw hwn.</translation>
    </message>
    <message>
        <source>This child has no date of birth, so their age and age band cannot be worked out.</source>
        <translation>Does dim dyddiad geni gan y plentyn hwn, felly does dim modd cyfrifo ei oedran na&apos;i fand oedran.</translation>
    </message>
    <message>
        <source>No such person.</source>
        <translation>Does dim person o&apos;r fath.</translation>
    </message>
    <message>
        <source>Welsh</source>
        <translation>Cymraeg</translation>
    </message>
    <message>
        <source>Bilingual (Welsh first, then English)</source>
        <translation>Dwyieithog (Cymraeg yn gyntaf, yna Saesneg)</translation>
    </message>
    <message>
        <source>visit confirmation</source>
        <translation>cadarnhad ymweliad</translation>
    </message>
    <message>
        <source>family-day invitation</source>
        <translation>gwahoddiad i ddiwrnod teulu</translation>
    </message>
    <message>
        <source>appointment letter</source>
        <translation>llythyr apwyntiad</translation>
    </message>
    <message>
        <source>application response</source>
        <translation>ymateb i gais</translation>
    </message>
    <message>
        <source>other</source>
        <translation>arall</translation>
    </message>
    <message>
        <source>No such letter template.</source>
        <translation>Does dim templed llythyr o&apos;r fath.</translation>
    </message>
    <message>
        <source>Give the template a name.</source>
        <translation>Rhowch enw i&apos;r templed.</translation>
    </message>
    <message>
        <source>A template&apos;s name is {most} characters at most.</source>
        <translation>Gall enw templed fod yn {most} nod ar y mwyaf.</translation>
    </message>
    <message>
        <source>A letter is one of: {kinds}.</source>
        <translation>Mae llythyr yn un o&apos;r canlynol: {kinds}.</translation>
    </message>
    <message>
        <source>A template is written in English or in Welsh.</source>
        <translation>Caiff templed ei ysgrifennu yn Saesneg neu yn Gymraeg.</translation>
    </message>
    <message>
        <source>There is already a template called &apos;{name}&apos;. Choose another name.</source>
        <translation>Mae templed o&apos;r enw &apos;{name}&apos; yn bodoli eisoes. Dewiswch enw arall.</translation>
    </message>
    <message>
        <source>This template was deleted.</source>
        <translation>Cafodd y templed hwn ei ddileu.</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categori</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Ardal</translation>
    </message>
    <message>
        <source>Offers</source>
        <translation>Yn cynnig</translation>
    </message>
    <message>
        <source>Last checked</source>
        <translation>Gwiriwyd ddiwethaf</translation>
    </message>
    <message>
        <source>Stale</source>
        <translation>Wedi dyddio</translation>
    </message>
    <message>
        <source>Check details</source>
        <translation>Gwiriwch y manylion</translation>
    </message>
    <message>
        <source>Filter agencies</source>
        <translation>Hidlo asiantaethau</translation>
    </message>
    <message>
        <source>&amp;Add agency</source>
        <translation>Ychwanegu &amp;asiantaeth</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Golygu</translation>
    </message>
    <message>
        <source>Mark &amp;checked today</source>
        <translation>Marcio wedi&apos;i &amp;wirio heddiw</translation>
    </message>
    <message>
        <source>Possible d&amp;uplicate people…</source>
        <translation>Pobl a allai fod yn ddy&amp;blyg…</translation>
    </message>
    <message>
        <source>People typed twice with small differences: review, merge or keep apart</source>
        <translation>Pobl a deipiwyd ddwywaith gyda gwahaniaethau bach: adolygwch, cyfunwch neu cadwch ar wahân</translation>
    </message>
    <message>
        <source>Agencies table</source>
        <translation>Tabl asiantaethau</translation>
    </message>
    <message>
        <source>No agencies yet. Add one with Add agency (Alt+A).</source>
        <translation>Does dim asiantaethau eto. Ychwanegwch un gydag Ychwanegu asiantaeth (Alt+A).</translation>
    </message>
    <message>
        <source>No agencies match. Clear the filter, or add one with Add agency (Alt+A).</source>
        <translation>Does dim asiantaethau&apos;n cyfateb. Cliriwch yr hidlydd, neu ychwanegwch un gydag Ychwanegu asiantaeth (Alt+A).</translation>
    </message>
    <message>
        <source>Save &amp;PDF…</source>
        <translation>Cadw &amp;PDF…</translation>
    </message>
    <message>
        <source>Save PDF report</source>
        <translation>Cadw adroddiad PDF</translation>
    </message>
    <message>
        <source>Save CSV figures</source>
        <translation>Cadw ffigurau CSV</translation>
    </message>
    <message>
        <source>The preview is what the PDF holds. Files you save are not encrypted: keep them where your service&apos;s policy says.</source>
        <translation>Y rhagolwg yw&apos;r hyn sydd yn y PDF. Dydy&apos;r ffeiliau rydych chi&apos;n eu cadw ddim wedi&apos;u hamgryptio: cadwch nhw lle mae polisi eich gwasanaeth yn ei ddweud.</translation>
    </message>
    <message>
        <source>Report preview</source>
        <translation>Rhagolwg o&apos;r adroddiad</translation>
    </message>
    <message>
        <source>Working out the figures</source>
        <translation>Wrthi&apos;n cyfrifo&apos;r ffigurau</translation>
    </message>
    <message>
        <source>{start} to {end}</source>
        <translation>{start} i {end}</translation>
    </message>
    <message>
        <source>Team report</source>
        <translation>Adroddiad tîm</translation>
    </message>
    <message numerus="yes">
        <source>{period} · %n worker, from their latest summaries|{period} · %n workers, from their latest summaries</source>
        <translation>
            <numerusform>{period} · %n gweithiwr, o&apos;r crynodebau diweddaraf</numerusform>
            <numerusform>{period} · %n gweithiwr, o&apos;r crynodebau diweddaraf</numerusform>
            <numerusform>{period} · %n gweithiwr, o&apos;u crynodebau diweddaraf</numerusform>
            <numerusform>{period} · %n gweithiwr, o&apos;u crynodebau diweddaraf</numerusform>
            <numerusform>{period} · %n gweithiwr, o&apos;u crynodebau diweddaraf</numerusform>
        </translation>
    </message>
    <message>
        <source>Desk report</source>
        <translation>Adroddiad desg</translation>
    </message>
    <message>
        <source>{period} · this desk&apos;s own figures</source>
        <translation>{period} · ffigurau&apos;r ddesg hon ei hun</translation>
    </message>
    <message>
        <source>No workers&apos; summaries yet: import them on the Team page.</source>
        <translation>Dim crynodebau gan weithwyr eto: mewnforiwch nhw ar y dudalen Tîm.</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Adroddiad</translation>
    </message>
    <message>
        <source>There are no figures to print yet.</source>
        <translation>Does dim ffigurau i&apos;w hargraffu eto.</translation>
    </message>
    <message>
        <source>There are no figures to save yet.</source>
        <translation>Does dim ffigurau i&apos;w cadw eto.</translation>
    </message>
    <message>
        <source>Save figures</source>
        <translation>Cadw ffigurau</translation>
    </message>
    <message numerus="yes">
        <source>%n week|%n weeks</source>
        <translation>
            <numerusform>%n wythnos</numerusform>
            <numerusform>%n wythnos</numerusform>
            <numerusform>%n wythnos</numerusform>
            <numerusform>%n wythnos</numerusform>
            <numerusform>%n wythnos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overdue or due today</source>
        <translation>
            <numerusform>Dim yn hwyr nac yn ddyledus heddiw</numerusform>
            <numerusform>%n yn hwyr neu&apos;n ddyledus heddiw</numerusform>
            <numerusform>%n yn hwyr neu&apos;n ddyledus heddiw</numerusform>
            <numerusform>%n yn hwyr neu&apos;n ddyledus heddiw</numerusform>
            <numerusform>%n yn hwyr neu&apos;n ddyledus heddiw</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n visit or family day today|%n visits or family days today</source>
        <translation>
            <numerusform>Dim ymweliadau na diwrnodau teulu heddiw</numerusform>
            <numerusform>%n ymweliad neu ddiwrnod teulu heddiw</numerusform>
            <numerusform>%n ymweliad neu ddiwrnod teulu heddiw</numerusform>
            <numerusform>%n ymweliad neu ddiwrnod teulu heddiw</numerusform>
            <numerusform>%n ymweliad neu ddiwrnod teulu heddiw</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n due soon</source>
        <translation>
            <numerusform>Dim yn ddyledus cyn bo hir</numerusform>
            <numerusform>%n yn ddyledus cyn bo hir</numerusform>
            <numerusform>%n yn ddyledus cyn bo hir</numerusform>
            <numerusform>%n yn ddyledus cyn bo hir</numerusform>
            <numerusform>%n yn ddyledus cyn bo hir</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n when you can</source>
        <translation>
            <numerusform>%n pan allwch chi</numerusform>
            <numerusform>%n pan allwch chi</numerusform>
            <numerusform>%n pan allwch chi</numerusform>
            <numerusform>%n pan allwch chi</numerusform>
            <numerusform>%n pan allwch chi</numerusform>
        </translation>
    </message>
    <message>
        <source>Summary of today</source>
        <translation>Crynodeb o heddiw</translation>
    </message>
    <message>
        <source>Today&apos;s work</source>
        <translation>Gwaith heddiw</translation>
    </message>
    <message>
        <source>Most urgent first. Enter opens the line where the work is done.</source>
        <translation>Y mwyaf brys yn gyntaf. Mae Enter yn agor y llinell lle mae&apos;r gwaith yn cael ei wneud.</translation>
    </message>
    <message>
        <source>{heading}: applications, tasks within {days} days, releases within {weeks}</source>
        <translation>{heading}: ceisiadau, tasgau o fewn {days} diwrnod, rhyddhau o fewn {weeks}</translation>
    </message>
    <message>
        <source>That passphrase does not open this profile.</source>
        <translation>Dydy&apos;r cyfrinymadrodd hwnnw ddim yn agor y proffil hwn.</translation>
    </message>
    <message>
        <source>The profile is locked.</source>
        <translation>Mae&apos;r proffil wedi&apos;i gloi.</translation>
    </message>
    <message>
        <source>That recovery key does not open this profile.</source>
        <translation>Dydy&apos;r allwedd adfer honno ddim yn agor y proffil hwn.</translation>
    </message>
    <message>
        <source>The profile&apos;s key file names a key derivation this version does not know.</source>
        <translation>Mae ffeil allweddi&apos;r proffil yn enwi dull deillio allwedd nad yw&apos;r fersiwn hon yn ei adnabod.</translation>
    </message>
    <message>
        <source>The profile&apos;s key file has a slot of an unknown kind ({kind}).</source>
        <translation>Mae gan ffeil allweddi&apos;r proffil slot o fath anhysbys ({kind}).</translation>
    </message>
    <message>
        <source>The profile&apos;s key file is damaged. Restore your latest backup.</source>
        <translation>Mae ffeil allweddi&apos;r proffil wedi&apos;i difrodi. Adferwch eich copi wrth gefn diweddaraf.</translation>
    </message>
    <message>
        <source>This profile&apos;s keys were written by a newer version of FSW Desk. Install the latest version to open it. Nothing was changed.</source>
        <translation>Cafodd allweddi&apos;r proffil hwn eu hysgrifennu gan fersiwn fwy newydd o FSW Desk. Gosodwch y fersiwn ddiweddaraf i&apos;w agor. Ni newidiwyd dim.</translation>
    </message>
    <message>
        <source>The bank holidays file {name} could not be read: it needs a list of dates under &quot;{division}&quot;.</source>
        <translation>Doedd dim modd darllen y ffeil gwyliau banc {name}: mae angen rhestr o ddyddiadau o dan &quot;{division}&quot;.</translation>
    </message>
    <message>
        <source>Bank holidays are known only to {until}: after that, deadlines skip weekends only. Update bank holidays from a newer file (gov.uk publishes one).</source>
        <translation>Dim ond hyd at {until} y mae&apos;r gwyliau banc yn hysbys: ar ôl hynny, bydd terfynau amser yn hepgor penwythnosau yn unig. Diweddarwch y gwyliau banc o ffeil fwy newydd (mae gov.uk yn cyhoeddi un).</translation>
    </message>
    <message>
        <source>Bank holidays are known for no year at all: after that, deadlines skip weekends only. Update bank holidays from a newer file (gov.uk publishes one).</source>
        <translation>Dydy&apos;r gwyliau banc ddim yn hysbys ar gyfer unrhyw flwyddyn: bydd terfynau amser yn hepgor penwythnosau yn unig. Diweddarwch y gwyliau banc o ffeil fwy newydd (mae gov.uk yn cyhoeddi un).</translation>
    </message>
    <message>
        <source>Reading cases</source>
        <translation>Wrthi&apos;n darllen achosion</translation>
    </message>
    <message>
        <source>Writing rows</source>
        <translation>Wrthi&apos;n ysgrifennu rhesi</translation>
    </message>
    <message>
        <source>Saving</source>
        <translation>Wrthi&apos;n cadw</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Wedi&apos;i allforio</translation>
    </message>
    <message>
        <source>Save the spreadsheet as .csv or .xlsx.</source>
        <translation>Cadwch y daenlen fel .csv neu .xlsx.</translation>
    </message>
    <message>
        <source>This file is damaged, or it is not a spreadsheet FSW Desk can read. Open it in your spreadsheet program, save it again as .xlsx or CSV, and import that copy.</source>
        <translation>Mae&apos;r ffeil hon wedi&apos;i difrodi, neu dydy hi ddim yn daenlen y gall FSW Desk ei darllen. Agorwch hi yn eich rhaglen taenlenni, cadwch hi eto fel .xlsx neu CSV, a mewnforiwch y copi hwnnw.</translation>
    </message>
    <message>
        <source>This file is password-protected or saved in the older .xls format. Open it in your spreadsheet program, remove the password if it has one, and save it as .xlsx or CSV.</source>
        <translation>Mae&apos;r ffeil hon wedi&apos;i diogelu â chyfrinair neu wedi&apos;i chadw yn yr hen fformat .xls. Agorwch hi yn eich rhaglen taenlenni, tynnwch y cyfrinair os oes un, a&apos;i chadw fel .xlsx neu CSV.</translation>
    </message>
    <message>
        <source>This file is not a text CSV file. Save it from the spreadsheet as CSV or .xlsx.</source>
        <translation>Dydy&apos;r ffeil hon ddim yn ffeil CSV testun. Cadwch hi o&apos;r daenlen fel CSV neu .xlsx.</translation>
    </message>
    <message>
        <source>The file has more than {max_columns} columns with something in them; keep only the caseload&apos;s columns and try again.</source>
        <translation>Mae gan y ffeil fwy na {max_columns} o golofnau sydd â rhywbeth ynddyn nhw; cadwch golofnau&apos;r llwyth achosion yn unig a rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <source>This spreadsheet is too large for FSW Desk to read ({what}). Split it into smaller files, or save only the caseload sheet as .xlsx or CSV.</source>
        <translation>Mae&apos;r daenlen hon yn rhy fawr i FSW Desk ei darllen ({what}). Rhannwch hi&apos;n ffeiliau llai, neu cadwch ddalen y llwyth achosion yn unig fel .xlsx neu CSV.</translation>
    </message>
    <message>
        <source>over {mb} MB</source>
        <translation>dros {mb} MB</translation>
    </message>
    <message>
        <source>one row is over {mb} MB</source>
        <translation>mae un rhes dros {mb} MB</translation>
    </message>
    <message>
        <source>This CSV file could not be read: a quoted cell is not closed, or a cell is far too long.</source>
        <translation>Doedd dim modd darllen y ffeil CSV hon: mae cell mewn dyfynodau heb ei chau, neu mae cell yn llawer rhy hir.</translation>
    </message>
    <message>
        <source>over {max_strings:,} different texts</source>
        <translation>dros {max_strings:,} o destunau gwahanol</translation>
    </message>
    <message>
        <source>over {max_loose_tags:,} pieces of formatting or other content</source>
        <translation>dros {max_loose_tags:,} o ddarnau o fformatio neu gynnwys arall</translation>
    </message>
    <message>
        <source>one row or cell is over {mb} MB</source>
        <translation>mae un rhes neu gell dros {mb} MB</translation>
    </message>
    <message>
        <source>over {max_members:,} parts</source>
        <translation>dros {max_members:,} o rannau</translation>
    </message>
    <message>
        <source>over {mb} MB unpacked</source>
        <translation>dros {mb} MB ar ôl dadbacio</translation>
    </message>
    <message>
        <source>a part unpacks to over {mb} MB</source>
        <translation>mae un rhan yn dadbacio i dros {mb} MB</translation>
    </message>
    <message>
        <source>No score for: {outcomes}.</source>
        <translation>Dim sgôr ar gyfer: {outcomes}.</translation>
    </message>
    <message>
        <source>&apos;{area}&apos; is not on the list of needs.</source>
        <translation>Dydy &apos;{area}&apos; ddim ar y rhestr anghenion.</translation>
    </message>
    <message>
        <source>A need is {need_natures}.</source>
        <translation>Rhaid i angen fod yn {need_natures}.</translation>
    </message>
    <message>
        <source>A need is {need_terms} term.</source>
        <translation>Rhaid i angen fod yn dymor {need_terms}.</translation>
    </message>
    <message>
        <source>A score is for someone who is not in this family.</source>
        <translation>Mae sgôr ar gyfer rhywun nad yw yn y teulu hwn.</translation>
    </message>
    <message>
        <source>&apos;{outcome}&apos; is not on the outcome list.</source>
        <translation>Dydy &apos;{outcome}&apos; ddim ar y rhestr canlyniadau.</translation>
    </message>
    <message>
        <source>Scores run from {lo} to {hi}: &apos;{outcome}&apos; was given {score!r}.</source>
        <translation>Mae&apos;r sgoriau&apos;n mynd o {lo} i {hi}: cafodd &apos;{outcome}&apos; y sgôr {score!r}.</translation>
    </message>
    <message>
        <source>&apos;{outcome}&apos; is scored twice for the same person.</source>
        <translation>Mae &apos;{outcome}&apos; wedi cael sgôr ddwywaith ar gyfer yr un person.</translation>
    </message>
    <message>
        <source>This initial assessment has no outcome scores, so it is no baseline: a support plan cannot start until scores are added.</source>
        <translation>Does dim sgoriau canlyniadau gan yr asesiad cychwynnol hwn, felly nid yw&apos;n llinell sylfaen: ni all cynllun cymorth ddechrau nes bod sgoriau wedi&apos;u hychwanegu.</translation>
    </message>
    <message>
        <source>An assessment is {assessment_kinds}.</source>
        <translation>Rhaid i asesiad fod yn {assessment_kinds}.</translation>
    </message>
    <message>
        <source>assessment date</source>
        <translation>dyddiad yr asesiad</translation>
    </message>
    <message>
        <source>This case already has an initial assessment ({initials}). Record a follow-up instead.</source>
        <translation>Mae gan yr achos hwn asesiad cychwynnol eisoes ({initials}). Cofnodwch asesiad dilynol yn lle hynny.</translation>
    </message>
    <message>
        <source>Record the initial assessment before a {kind} assessment.</source>
        <translation>Cofnodwch yr asesiad cychwynnol cyn asesiad {kind}.</translation>
    </message>
    <message>
        <source>A {kind} assessment cannot be dated before the initial assessment ({initials}).</source>
        <translation>Ni all asesiad {kind} fod â dyddiad cyn yr asesiad cychwynnol ({initials}).</translation>
    </message>
    <message>
        <source>No such assessment.</source>
        <translation>Does dim asesiad o&apos;r fath.</translation>
    </message>
    <message>
        <source>Give at least one score.</source>
        <translation>Rhowch o leiaf un sgôr.</translation>
    </message>
    <message>
        <source>Lost contact</source>
        <translation>Cyswllt wedi&apos;i golli</translation>
    </message>
    <message>
        <source>Transferred to another service</source>
        <translation>Wedi&apos;i drosglwyddo i wasanaeth arall</translation>
    </message>
    <message>
        <source>This case is already closed.</source>
        <translation>Mae&apos;r achos hwn wedi&apos;i gau eisoes.</translation>
    </message>
    <message>
        <source>Closure reason must be one of: {closure_reasons}.</source>
        <translation>Rhaid i&apos;r rheswm cau fod yn un o&apos;r rhain: {closure_reasons}.</translation>
    </message>
    <message>
        <source>closure date</source>
        <translation>dyddiad cau</translation>
    </message>
    <message>
        <source>A case closed for &apos;{reason}&apos; is an unplanned closure: untick Planned closure.</source>
        <translation>Os caiff achos ei gau oherwydd &apos;{reason}&apos;, nid yw&apos;r cau wedi&apos;i gynllunio: dad-diciwch Cau wedi&apos;i gynllunio.</translation>
    </message>
    <message>
        <source>Record the final assessment before closing the case (only &apos;{lost_contact}&apos; closes without one).</source>
        <translation>Cofnodwch yr asesiad terfynol cyn cau&apos;r achos (dim ond &apos;{lost_contact}&apos; sy&apos;n cau heb un).</translation>
    </message>
    <message>
        <source>The case cannot close before its final assessment ({final_on}).</source>
        <translation>Ni all yr achos gau cyn ei asesiad terfynol ({final_on}).</translation>
    </message>
    <message>
        <source>The final assessment has no outcome scores: enter them before closing the case (only &apos;{lost_contact}&apos; closes without them).</source>
        <translation>Does dim sgoriau canlyniadau gan yr asesiad terfynol: rhowch nhw i mewn cyn cau&apos;r achos (dim ond &apos;{lost_contact}&apos; sy&apos;n cau hebddyn nhw).</translation>
    </message>
    <message>
        <source>This case is already open.</source>
        <translation>Mae&apos;r achos hwn ar agor eisoes.</translation>
    </message>
    <message>
        <source>Say why the case is being reopened.</source>
        <translation>Nodwch pam mae&apos;r achos yn cael ei ailagor.</translation>
    </message>
    <message>
        <source>This case is closed. Reopen it before logging a contact.</source>
        <translation>Mae&apos;r achos hwn wedi&apos;i gau. Ailagorwch ef cyn cofnodi cyswllt.</translation>
    </message>
    <message>
        <source>Contact type must be one of: {contact_types}.</source>
        <translation>Rhaid i&apos;r math o gyswllt fod yn un o&apos;r rhain: {contact_types}.</translation>
    </message>
    <message>
        <source>date of the contact</source>
        <translation>dyddiad y cyswllt</translation>
    </message>
    <message>
        <source>contact date</source>
        <translation>dyddiad cyswllt</translation>
    </message>
    <message>
        <source>Minutes must be a whole number from 0 to {max_minutes}.</source>
        <translation>Rhaid i&apos;r munudau fod yn rhif cyfan o 0 i {max_minutes}.</translation>
    </message>
    <message>
        <source>Support given must be one of: {intervention_types}.</source>
        <translation>Rhaid i&apos;r cymorth a roddwyd fod yn un o&apos;r rhain: {intervention_types}.</translation>
    </message>
    <message>
        <source>A linked goal is not part of this case&apos;s plan.</source>
        <translation>Dydy nod cysylltiedig ddim yn rhan o gynllun yr achos hwn.</translation>
    </message>
    <message>
        <source>Say why the contact is {what}, in a few words (no names: it goes in the audit trail).</source>
        <translation>Nodwch pam mae&apos;r cyswllt {what}, mewn ychydig eiriau (dim enwau: mae&apos;n mynd i&apos;r trywydd archwilio).</translation>
    </message>
    <message>
        <source>Keep the reason under {reason_max} characters; put details in the contact&apos;s note.</source>
        <translation>Cadwch y rheswm o dan {reason_max} nod; rhowch fanylion yn nodyn y cyswllt.</translation>
    </message>
    <message>
        <source>No such contact: it may have been deleted.</source>
        <translation>Does dim cyswllt o&apos;r fath: efallai ei fod wedi&apos;i ddileu.</translation>
    </message>
    <message>
        <source>corrected</source>
        <translation>wedi&apos;i gywiro</translation>
    </message>
    <message>
        <source>Nothing was changed: correct a field, or Cancel.</source>
        <translation>Ni newidiwyd dim: cywirwch faes, neu dewiswch Canslo.</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>wedi&apos;i ddileu</translation>
    </message>
    <message>
        <source>No such agency in the directory.</source>
        <translation>Does dim asiantaeth o&apos;r fath yn y cyfeiriadur.</translation>
    </message>
    <message>
        <source>The date last checked is not a date.</source>
        <translation>Dydy&apos;r dyddiad y gwiriwyd ddiwethaf ddim yn ddyddiad.</translation>
    </message>
    <message>
        <source>The date last checked cannot be in the future.</source>
        <translation>Ni all y dyddiad y gwiriwyd ddiwethaf fod yn y dyfodol.</translation>
    </message>
    <message>
        <source>The agency needs a name.</source>
        <translation>Mae angen enw ar yr asiantaeth.</translation>
    </message>
    <message>
        <source>Category must be one of: {agency_categories}.</source>
        <translation>Rhaid i&apos;r categori fod yn un o&apos;r rhain: {agency_categories}.</translation>
    </message>
    <message>
        <source>Give the date the details were checked.</source>
        <translation>Rhowch y dyddiad y cafodd y manylion eu gwirio.</translation>
    </message>
    <message numerus="yes">
        <source>{merged} merged into {kept}: %n link moved. The merge is in the audit trail and the case history.|{merged} merged into {kept}: %n links moved. The merge is in the audit trail and the case history.</source>
        <translation>
            <numerusform>{merged} wedi&apos;i gyfuno â {kept}: ni symudwyd dim cysylltiadau. Mae&apos;r cyfuno wedi&apos;i gofnodi yn y trywydd archwilio ac yn hanes yr achos.</numerusform>
            <numerusform>{merged} wedi&apos;i gyfuno â {kept}: symudwyd %n cysylltiad. Mae&apos;r cyfuno wedi&apos;i gofnodi yn y trywydd archwilio ac yn hanes yr achos.</numerusform>
            <numerusform>{merged} wedi&apos;i gyfuno â {kept}: symudwyd %n cysylltiad. Mae&apos;r cyfuno wedi&apos;i gofnodi yn y trywydd archwilio ac yn hanes yr achos.</numerusform>
            <numerusform>{merged} wedi&apos;i gyfuno â {kept}: symudwyd %n cysylltiad. Mae&apos;r cyfuno wedi&apos;i gofnodi yn y trywydd archwilio ac yn hanes yr achos.</numerusform>
            <numerusform>{merged} wedi&apos;i gyfuno â {kept}: symudwyd %n cysylltiad. Mae&apos;r cyfuno wedi&apos;i gofnodi yn y trywydd archwilio ac yn hanes yr achos.</numerusform>
        </translation>
    </message>
    <message>
        <source>same name</source>
        <translation>yr un enw</translation>
    </message>
    <message>
        <source>same names in the other order ({a} / {b})</source>
        <translation>yr un enwau yn y drefn arall ({a} / {b})</translation>
    </message>
    <message>
        <source>names sound alike ({a} / {b})</source>
        <translation>enwau sy&apos;n swnio&apos;n debyg ({a} / {b})</translation>
    </message>
    <message>
        <source>names spelt alike ({a} / {b})</source>
        <translation>enwau wedi&apos;u sillafu&apos;n debyg ({a} / {b})</translation>
    </message>
    <message>
        <source>one has no date of birth</source>
        <translation>does dim dyddiad geni gan un ohonyn nhw</translation>
    </message>
    <message>
        <source>same date of birth</source>
        <translation>yr un dyddiad geni</translation>
    </message>
    <message>
        <source>date of birth with day and month swapped ({a} / {b})</source>
        <translation>dyddiad geni gyda&apos;r diwrnod a&apos;r mis wedi&apos;u cyfnewid ({a} / {b})</translation>
    </message>
    <message>
        <source>date of birth one digit apart ({a} / {b})</source>
        <translation>dyddiadau geni un digid yn wahanol ({a} / {b})</translation>
    </message>
    <message>
        <source>same prison number</source>
        <translation>yr un rhif carchar</translation>
    </message>
    <message>
        <source>prison number one character apart ({a} / {b})</source>
        <translation>rhifau carchar un nod yn wahanol ({a} / {b})</translation>
    </message>
    <message>
        <source>same family case</source>
        <translation>yr un achos teulu</translation>
    </message>
    <message>
        <source>same address</source>
        <translation>yr un cyfeiriad</translation>
    </message>
    <message>
        <source>same phone number</source>
        <translation>yr un rhif ffôn</translation>
    </message>
    <message>
        <source>Comparing people</source>
        <translation>Wrthi&apos;n cymharu pobl</translation>
    </message>
    <message>
        <source>Only a family support worker&apos;s desk {what}: ask the family support worker, whose desk holds the whole record.</source>
        <translation>Dim ond desg gweithiwr cymorth i deuluoedd sy&apos;n {what}: gofynnwch i&apos;r gweithiwr cymorth i deuluoedd, gan mai ei ddesg sy&apos;n dal y cofnod cyfan.</translation>
    </message>
    <message>
        <source>Choose two different records.</source>
        <translation>Dewiswch ddau gofnod gwahanol.</translation>
    </message>
    <message>
        <source>One of these records has been removed or merged already. Look for duplicates again.</source>
        <translation>Mae un o&apos;r cofnodion hyn wedi&apos;i dynnu neu wedi&apos;i gyfuno eisoes. Chwiliwch am ddyblygion eto.</translation>
    </message>
    <message>
        <source>records that two people are different</source>
        <translation>cofnodi bod dau berson yn wahanol</translation>
    </message>
    <message>
        <source>From {ref} (merged): {notes}</source>
        <translation>O {ref} (wedi&apos;i gyfuno): {notes}</translation>
    </message>
    <message>
        <source>merges records</source>
        <translation>cyfuno cofnodion</translation>
    </message>
    <message>
        <source>achieved</source>
        <translation>wedi&apos;i gyflawni</translation>
    </message>
    <message>
        <source>partly achieved</source>
        <translation>wedi&apos;i gyflawni&apos;n rhannol</translation>
    </message>
    <message>
        <source>not achieved</source>
        <translation>heb ei gyflawni</translation>
    </message>
    <message>
        <source>dropped</source>
        <translation>wedi&apos;i ollwng</translation>
    </message>
    <message>
        <source>A support plan starts from a baseline: record the initial assessment with outcome scores first.</source>
        <translation>Mae cynllun cymorth yn dechrau o linell sylfaen: cofnodwch yr asesiad cychwynnol gyda sgoriau canlyniadau yn gyntaf.</translation>
    </message>
    <message>
        <source>Write the goal.</source>
        <translation>Ysgrifennwch y nod.</translation>
    </message>
    <message>
        <source>No such goal.</source>
        <translation>Does dim nod o&apos;r fath.</translation>
    </message>
    <message>
        <source>Write the task.</source>
        <translation>Ysgrifennwch y dasg.</translation>
    </message>
    <message>
        <source>due date</source>
        <translation>dyddiad terfyn</translation>
    </message>
    <message>
        <source>No such task.</source>
        <translation>Does dim tasg o&apos;r fath.</translation>
    </message>
    <message>
        <source>date the task was done</source>
        <translation>dyddiad cwblhau&apos;r dasg</translation>
    </message>
    <message>
        <source>A goal is {goal_statuses}.</source>
        <translation>Rhaid i statws nod fod yn un o&apos;r rhain: {goal_statuses}.</translation>
    </message>
    <message>
        <source>Choose an agency from the directory.</source>
        <translation>Dewiswch asiantaeth o&apos;r cyfeiriadur.</translation>
    </message>
    <message>
        <source>referral date</source>
        <translation>dyddiad yr atgyfeiriad</translation>
    </message>
    <message>
        <source>onward referral date</source>
        <translation>dyddiad yr atgyfeiriad ymlaen</translation>
    </message>
    <message>
        <source>The directory entry for {agency} has not been checked for over 12 months: check the details are still right.</source>
        <translation>Nid yw&apos;r cofnod yn y cyfeiriadur ar gyfer {agency} wedi&apos;i wirio ers dros 12 mis: gwiriwch fod y manylion yn dal yn gywir.</translation>
    </message>
    <message>
        <source>No such onward referral.</source>
        <translation>Does dim atgyfeiriad ymlaen o&apos;r fath.</translation>
    </message>
    <message>
        <source>&apos;{number}&apos; is not in the usual A1234BC format. Check it, or save it as it is.</source>
        <translation>Nid yw &apos;{number}&apos; yn y fformat arferol A1234BC. Gwiriwch ef, neu cadwch ef fel y mae.</translation>
    </message>
    <message>
        <source>A prison number has the form A1234BC: one letter, four digits, then two letters (e.g. A1234BC).</source>
        <translation>Mae rhif carchar ar y ffurf A1234BC: un llythyren, pedwar digid, yna dwy lythyren (e.e. A1234BC).</translation>
    </message>
    <message>
        <source>The referral date cannot be in the future.</source>
        <translation>Ni all dyddiad yr atgyfeiriad fod yn y dyfodol.</translation>
    </message>
    <message>
        <source>The prisoner&apos;s family name is needed.</source>
        <translation>Mae angen cyfenw&apos;r carcharor.</translation>
    </message>
    <message>
        <source>&apos;{prison_number}&apos; is not a prison number. {prison_number_form}</source>
        <translation>Nid yw &apos;{prison_number}&apos; yn rhif carchar. {prison_number_form}</translation>
    </message>
    <message>
        <source>Give the name of the family member to contact.</source>
        <translation>Rhowch enw&apos;r aelod o&apos;r teulu i gysylltu ag ef neu hi.</translation>
    </message>
    <message>
        <source>Give a way to reach the family contact: a phone number or an address.</source>
        <translation>Rhowch ffordd o gysylltu â&apos;r cyswllt teuluol: rhif ffôn neu gyfeiriad.</translation>
    </message>
    <message>
        <source>Say why the family was referred.</source>
        <translation>Nodwch pam y cafodd y teulu ei atgyfeirio.</translation>
    </message>
    <message>
        <source>Information sharing with partner agencies</source>
        <translation>Rhannu gwybodaeth ag asiantaethau partner</translation>
    </message>
    <message>
        <source>Restriction must be one of: {restriction_kinds}.</source>
        <translation>Rhaid i&apos;r cyfyngiad fod yn un o&apos;r rhain: {restriction_kinds}.</translation>
    </message>
    <message>
        <source>start date</source>
        <translation>dyddiad dechrau</translation>
    </message>
    <message>
        <source>end date</source>
        <translation>dyddiad gorffen</translation>
    </message>
    <message>
        <source>A restriction cannot end before it starts.</source>
        <translation>Ni all cyfyngiad orffen cyn iddo ddechrau.</translation>
    </message>
    <message>
        <source>Say who the concern was escalated to.</source>
        <translation>Nodwch at bwy y cafodd y pryder ei uwchgyfeirio.</translation>
    </message>
    <message>
        <source>A concern cannot be escalated before it was raised.</source>
        <translation>Ni ellir uwchgyfeirio pryder cyn iddo gael ei godi.</translation>
    </message>
    <message>
        <source>date of the concern</source>
        <translation>dyddiad y pryder</translation>
    </message>
    <message>
        <source>Describe the concern.</source>
        <translation>Disgrifiwch y pryder.</translation>
    </message>
    <message>
        <source>escalation date</source>
        <translation>dyddiad uwchgyfeirio</translation>
    </message>
    <message>
        <source>The escalation date cannot be in the future.</source>
        <translation>Ni all y dyddiad uwchgyfeirio fod yn y dyfodol.</translation>
    </message>
    <message>
        <source>No such concern.</source>
        <translation>Does dim pryder o&apos;r fath.</translation>
    </message>
    <message>
        <source>Say what the consent is for, or choose the agency it covers.</source>
        <translation>Nodwch beth yw diben y caniatâd, neu dewiswch yr asiantaeth y mae&apos;n ei chynnwys.</translation>
    </message>
    <message>
        <source>Sharing with {agency}</source>
        <translation>Rhannu gyda {agency}</translation>
    </message>
    <message>
        <source>date consent was given</source>
        <translation>dyddiad rhoi&apos;r caniatâd</translation>
    </message>
    <message>
        <source>Consent cannot be dated in the future.</source>
        <translation>Ni all dyddiad y caniatâd fod yn y dyfodol.</translation>
    </message>
    <message>
        <source>Consent is given {consent_methods}.</source>
        <translation>Ffyrdd o roi caniatâd: {consent_methods}.</translation>
    </message>
    <message>
        <source>No such consent.</source>
        <translation>Does dim caniatâd o&apos;r fath.</translation>
    </message>
    <message>
        <source>date consent was withdrawn</source>
        <translation>dyddiad tynnu&apos;r caniatâd yn ôl</translation>
    </message>
    <message>
        <source>This consent was already withdrawn on {withdrawn_on}.</source>
        <translation>Cafodd y caniatâd hwn ei dynnu&apos;n ôl eisoes ar {withdrawn_on}.</translation>
    </message>
    <message>
        <source>Withdrawal cannot be dated in the future.</source>
        <translation>Ni all dyddiad tynnu&apos;n ôl fod yn y dyfodol.</translation>
    </message>
    <message>
        <source>Consent cannot be withdrawn before it was given ({given_on}).</source>
        <translation>Ni ellir tynnu caniatâd yn ôl cyn iddo gael ei roi ({given_on}).</translation>
    </message>
    <message>
        <source>date</source>
        <translation>dyddiad</translation>
    </message>
    <message>
        <source>No one in this family has given consent to share with {agency}. Record consent before sharing.</source>
        <translation>Does neb yn y teulu hwn wedi rhoi caniatâd i rannu gyda {agency}. Cofnodwch ganiatâd cyn rhannu.</translation>
    </message>
    <message>
        <source>record erased</source>
        <translation>cofnod wedi&apos;i ddileu</translation>
    </message>
    <message>
        <source>case opened</source>
        <translation>achos wedi&apos;i agor</translation>
    </message>
    <message>
        <source>printed</source>
        <translation>wedi&apos;i argraffu</translation>
    </message>
    <message>
        <source>exported</source>
        <translation>wedi&apos;i allforio</translation>
    </message>
    <message>
        <source>bundle made</source>
        <translation>bwndel wedi&apos;i greu</translation>
    </message>
    <message>
        <source>bundle imported</source>
        <translation>bwndel wedi&apos;i fewnforio</translation>
    </message>
    <message>
        <source>bundle refused</source>
        <translation>bwndel wedi&apos;i wrthod</translation>
    </message>
    <message>
        <source>passphrase changed</source>
        <translation>cyfrinymadrodd wedi&apos;i newid</translation>
    </message>
    <message>
        <source>recovery key made</source>
        <translation>allwedd adfer wedi&apos;i chreu</translation>
    </message>
    <message>
        <source>backup made</source>
        <translation>copi wrth gefn wedi&apos;i greu</translation>
    </message>
    <message>
        <source>backup restored</source>
        <translation>copi wrth gefn wedi&apos;i adfer</translation>
    </message>
    <message>
        <source>database checked</source>
        <translation>cronfa ddata wedi&apos;i gwirio</translation>
    </message>
    <message>
        <source>profile created</source>
        <translation>proffil wedi&apos;i greu</translation>
    </message>
    <message>
        <source>settings changed</source>
        <translation>gosodiadau wedi&apos;u newid</translation>
    </message>
    <message>
        <source>conflict resolved</source>
        <translation>gwrthdaro wedi&apos;i ddatrys</translation>
    </message>
    <message>
        <source>peer paired</source>
        <translation>desg wedi&apos;i pharu</translation>
    </message>
    <message>
        <source>peer renamed</source>
        <translation>desg wedi&apos;i hailenwi</translation>
    </message>
    <message>
        <source>peer revoked</source>
        <translation>desg wedi&apos;i dirymu</translation>
    </message>
    <message>
        <source>identity exported</source>
        <translation>hunaniaeth wedi&apos;i hallforio</translation>
    </message>
    <message>
        <source>demo data added</source>
        <translation>data enghreifftiol wedi&apos;i ychwanegu</translation>
    </message>
    <message>
        <source>letter sent</source>
        <translation>llythyr wedi&apos;i anfon</translation>
    </message>
    <message>
        <source>Backups saved outside the profile before now (on a USB stick, a shared drive, another computer) still hold {what}: FSW Desk cannot reach them. Delete them, or make a new backup and then delete the older ones. The automatic backups inside the profile that hold them are removed.</source>
        <translation>Mae copïau wrth gefn a gadwyd y tu allan i&apos;r proffil cyn hyn (ar gof bach USB, ar yriant a rennir, ar gyfrifiadur arall) yn dal i gynnwys {what}: ni all FSW Desk eu cyrraedd. Dilëwch nhw, neu gwnewch gopi wrth gefn newydd ac yna dilëwch yr hen rai. Mae&apos;r copïau wrth gefn awtomatig y tu mewn i&apos;r proffil sy&apos;n cynnwys y rhain wedi cael eu tynnu.</translation>
    </message>
    <message>
        <source>Blanking personal details</source>
        <translation>Yn gwagio manylion personol</translation>
    </message>
    <message>
        <source>Marking the records as erased</source>
        <translation>Yn marcio&apos;r cofnodion fel rhai wedi&apos;u dileu</translation>
    </message>
    <message>
        <source>Removing the old values from the history</source>
        <translation>Yn tynnu&apos;r hen werthoedd o&apos;r hanes</translation>
    </message>
    <message>
        <source>Erased</source>
        <translation>Wedi&apos;i ddileu</translation>
    </message>
    <message>
        <source>Erasing {ref} removes:</source>
        <translation>Mae dileu {ref} yn tynnu:</translation>
    </message>
    <message>
        <source>the person&apos;s record</source>
        <translation>cofnod y person</translation>
    </message>
    <message>
        <source>restrictions</source>
        <translation>cyfyngiadau</translation>
    </message>
    <message>
        <source>consents</source>
        <translation>caniatâd</translation>
    </message>
    <message>
        <source>outcome scores</source>
        <translation>sgoriau canlyniadau</translation>
    </message>
    <message>
        <source>places on visit bookings</source>
        <translation>lleoedd ar archebion ymweliadau</translation>
    </message>
    <message>
        <source>places at family days</source>
        <translation>lleoedd ar ddiwrnodau teulu</translation>
    </message>
    <message>
        <source>visit bookings</source>
        <translation>archebion ymweliadau</translation>
    </message>
    <message>
        <source>applications</source>
        <translation>ceisiadau</translation>
    </message>
    <message>
        <source>application history</source>
        <translation>hanes ceisiadau</translation>
    </message>
    <message>
        <source>family-day requests</source>
        <translation>ceisiadau am ddiwrnod teulu</translation>
    </message>
    <message>
        <source>marks as a different person</source>
        <translation>marciau &apos;person gwahanol&apos;</translation>
    </message>
    <message>
        <source>letters sent to them</source>
        <translation>llythyrau a anfonwyd atynt</translation>
    </message>
    <message>
        <source>{ref} is the prisoner on case {case_ref}, which must be kept: the case cannot stand without its prisoner. Correct the details instead, or let retention delete the case when it is due (Data protection &gt; Retention).</source>
        <translation>{ref} yw&apos;r carcharor ar achos {case_ref}, y mae&apos;n rhaid ei gadw: ni all yr achos fodoli heb ei garcharor. Cywirwch y manylion yn lle hynny, neu gadewch i&apos;r cyfnod cadw ddileu&apos;r achos pan ddaw&apos;r amser (Diogelu data &gt; Cyfnod cadw).</translation>
    </message>
    <message>
        <source>{ref} is the prisoner or lead visitor on upcoming visits ({visits}). Cancel or change those bookings first.</source>
        <translation>{ref} yw&apos;r carcharor neu&apos;r prif ymwelydd ar ymweliadau sydd i ddod ({visits}). Canslwch neu newidiwch yr archebion hynny yn gyntaf.</translation>
    </message>
    <message>
        <source>Case {case_ref} is kept. Notes written on the case are not changed; {mentions} of them name {ref}: edit them by hand.</source>
        <translation>Mae achos {case_ref} yn cael ei gadw. Nid yw&apos;r nodiadau a ysgrifennwyd ar yr achos yn cael eu newid; mae {mentions} ohonynt yn enwi {ref}: golygwch nhw â llaw.</translation>
    </message>
    <message>
        <source>Case {case_ref} is kept. Notes written on the case are not changed.</source>
        <translation>Mae achos {case_ref} yn cael ei gadw. Nid yw&apos;r nodiadau a ysgrifennwyd ar yr achos yn cael eu newid.</translation>
    </message>
    <message>
        <source>These are not details of a person: {unknown}.</source>
        <translation>Nid manylion person yw&apos;r rhain: {unknown}.</translation>
    </message>
    <message>
        <source>Could not save {name}: {reason}.</source>
        <translation>Methu cadw {name}: {reason}.</translation>
    </message>
    <message>
        <source>the location cannot be written</source>
        <translation>ni ellir ysgrifennu i&apos;r lleoliad</translation>
    </message>
    <message>
        <source>Each outcome needs a group and a name.</source>
        <translation>Mae angen grŵp ac enw ar bob canlyniad.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is on the list twice.</source>
        <translation>Mae &apos;{name}&apos; ar y rhestr ddwywaith.</translation>
    </message>
    <message>
        <source>The outcome list cannot be empty.</source>
        <translation>Ni all y rhestr canlyniadau fod yn wag.</translation>
    </message>
    <message>
        <source>The list of referral sources cannot be empty.</source>
        <translation>Ni all y rhestr o ffynonellau atgyfeirio fod yn wag.</translation>
    </message>
    <message>
        <source>Line {n}: write &apos;Group | Outcome | guidance&apos;.</source>
        <translation>Llinell {n}: ysgrifennwch &apos;Grŵp | Canlyniad | canllawiau&apos;.</translation>
    </message>
    <message>
        <source>{setting} must be a whole number from {lo} to {hi}.</source>
        <translation>{setting}: rhaid rhoi rhif cyfan o {lo} i {hi}.</translation>
    </message>
    <message>
        <source>partner</source>
        <translation>partner</translation>
    </message>
    <message>
        <source>ex-partner</source>
        <translation>cyn-bartner</translation>
    </message>
    <message>
        <source>child</source>
        <translation>plentyn</translation>
    </message>
    <message>
        <source>step-parent</source>
        <translation>llys-riant</translation>
    </message>
    <message>
        <source>grandparent carer</source>
        <translation>nain/taid sy&apos;n gofalu</translation>
    </message>
    <message>
        <source>sibling</source>
        <translation>brawd/chwaer</translation>
    </message>
    <message>
        <source>new partner</source>
        <translation>partner newydd</translation>
    </message>
    <message>
        <source>self</source>
        <translation>hunan</translation>
    </message>
    <message>
        <source>Probation</source>
        <translation>Gwasanaeth Prawf</translation>
    </message>
    <message>
        <source>Self</source>
        <translation>Hunanatgyfeirio</translation>
    </message>
    <message>
        <source>Children&apos;s services/family support</source>
        <translation>Gwasanaethau plant/cymorth i deuluoedd</translation>
    </message>
    <message>
        <source>Prison family service</source>
        <translation>Gwasanaeth teuluoedd y carchar</translation>
    </message>
    <message>
        <source>Substance misuse agency</source>
        <translation>Asiantaeth camddefnyddio sylweddau</translation>
    </message>
    <message>
        <source>Police</source>
        <translation>Yr heddlu</translation>
    </message>
    <message>
        <source>Youth Offending Team</source>
        <translation>Tîm Troseddau Ieuenctid</translation>
    </message>
    <message>
        <source>Health visitor</source>
        <translation>Ymwelydd iechyd</translation>
    </message>
    <message>
        <source>CAMHS</source>
        <translation>CAMHS</translation>
    </message>
    <message>
        <source>Housing</source>
        <translation>Tai</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Heb ei gofnodi</translation>
    </message>
    <message>
        <source>Prison officer</source>
        <translation>Swyddog carchar</translation>
    </message>
    <message>
        <source>Induction peer</source>
        <translation>Cymheiriad sefydlu</translation>
    </message>
    <message>
        <source>Listener</source>
        <translation>Gwrandäwr</translation>
    </message>
    <message>
        <source>Chaplaincy</source>
        <translation>Caplaniaeth</translation>
    </message>
    <message>
        <source>Applications box</source>
        <translation>Blwch ceisiadau</translation>
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
        <source>Other</source>
        <translation>Arall</translation>
    </message>
    <message>
        <source>Asian: Bangladeshi</source>
        <translation>Asiaidd: Bangladeshaidd</translation>
    </message>
    <message>
        <source>Asian: Chinese</source>
        <translation>Asiaidd: Tsieineaidd</translation>
    </message>
    <message>
        <source>Asian: Indian</source>
        <translation>Asiaidd: Indiaidd</translation>
    </message>
    <message>
        <source>Asian: Pakistani</source>
        <translation>Asiaidd: Pacistanaidd</translation>
    </message>
    <message>
        <source>Asian: Other Asian</source>
        <translation>Asiaidd: Asiaidd arall</translation>
    </message>
    <message>
        <source>Black: African</source>
        <translation>Du: Affricanaidd</translation>
    </message>
    <message>
        <source>Black: Caribbean</source>
        <translation>Du: Caribïaidd</translation>
    </message>
    <message>
        <source>Black: Other Black</source>
        <translation>Du: Du arall</translation>
    </message>
    <message>
        <source>Mixed: White and Asian</source>
        <translation>Cymysg: Gwyn ac Asiaidd</translation>
    </message>
    <message>
        <source>Mixed: White and Black African</source>
        <translation>Cymysg: Gwyn a Du Affricanaidd</translation>
    </message>
    <message>
        <source>Mixed: White and Black Caribbean</source>
        <translation>Cymysg: Gwyn a Du Caribïaidd</translation>
    </message>
    <message>
        <source>Mixed: Other Mixed or Multiple</source>
        <translation>Cymysg: Cymysg neu Aml-ethnig arall</translation>
    </message>
    <message>
        <source>White: English, Welsh, Scottish, Northern Irish or British</source>
        <translation>Gwyn: Cymreig, Seisnig, Albanaidd, Gwyddelig Gogleddol neu Brydeinig</translation>
    </message>
    <message>
        <source>White: Irish</source>
        <translation>Gwyn: Gwyddelig</translation>
    </message>
    <message>
        <source>White: Gypsy or Irish Traveller</source>
        <translation>Gwyn: Sipsi neu Deithiwr Gwyddelig</translation>
    </message>
    <message>
        <source>White: Roma</source>
        <translation>Gwyn: Roma</translation>
    </message>
    <message>
        <source>White: Other White</source>
        <translation>Gwyn: Gwyn arall</translation>
    </message>
    <message>
        <source>Other: Arab</source>
        <translation>Arall: Arabaidd</translation>
    </message>
    <message>
        <source>Other: Any other ethnic group</source>
        <translation>Arall: Unrhyw grŵp ethnig arall</translation>
    </message>
    <message>
        <source>Not recorded/declined</source>
        <translation>Heb ei gofnodi/wedi gwrthod</translation>
    </message>
    <message>
        <source>other parent</source>
        <translation>rhiant arall</translation>
    </message>
    <message>
        <source>kinship carer</source>
        <translation>gofalwr sy&apos;n berthynas</translation>
    </message>
    <message>
        <source>foster care</source>
        <translation>gofal maeth</translation>
    </message>
    <message>
        <source>looked after</source>
        <translation>yn derbyn gofal</translation>
    </message>
    <message>
        <source>care proceedings</source>
        <translation>achos gofal</translation>
    </message>
    <message>
        <source>prison</source>
        <translation>carchar</translation>
    </message>
    <message>
        <source>community</source>
        <translation>cymunedol</translation>
    </message>
    <message>
        <source>licence</source>
        <translation>ar drwydded</translation>
    </message>
    <message>
        <source>remand</source>
        <translation>ar remand</translation>
    </message>
    <message>
        <source>acquisitive</source>
        <translation>caffael</translation>
    </message>
    <message>
        <source>drugs</source>
        <translation>cyffuriau</translation>
    </message>
    <message>
        <source>violent</source>
        <translation>trais</translation>
    </message>
    <message>
        <source>sexual</source>
        <translation>rhywiol</translation>
    </message>
    <message>
        <source>motoring</source>
        <translation>moduro</translation>
    </message>
    <message>
        <source>robbery</source>
        <translation>lladrad</translation>
    </message>
    <message>
        <source>supported directly</source>
        <translation>yn cael cymorth yn uniongyrchol</translation>
    </message>
    <message>
        <source>limited contact</source>
        <translation>cyswllt cyfyngedig</translation>
    </message>
    <message>
        <source>none</source>
        <translation>dim</translation>
    </message>
    <message>
        <source>handed over</source>
        <translation>wedi&apos;i drosglwyddo</translation>
    </message>
    <message>
        <source>new</source>
        <translation>newydd</translation>
    </message>
    <message>
        <source>assessed</source>
        <translation>wedi&apos;i asesu</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>wedi&apos;i gynllunio</translation>
    </message>
    <message>
        <source>active</source>
        <translation>gweithredol</translation>
    </message>
    <message>
        <source>review due</source>
        <translation>adolygiad yn ddyledus</translation>
    </message>
    <message>
        <source>One-to-one with parent</source>
        <translation>Un i un gyda rhiant</translation>
    </message>
    <message>
        <source>One-to-one with child</source>
        <translation>Un i un gyda phlentyn</translation>
    </message>
    <message>
        <source>One-to-one with child in school</source>
        <translation>Un i un gyda phlentyn yn yr ysgol</translation>
    </message>
    <message>
        <source>Joint parent-child session</source>
        <translation>Sesiwn ar y cyd i riant a phlentyn</translation>
    </message>
    <message>
        <source>Home visit</source>
        <translation>Ymweliad cartref</translation>
    </message>
    <message>
        <source>Group session</source>
        <translation>Sesiwn grŵp</translation>
    </message>
    <message>
        <source>Accompanied appointment</source>
        <translation>Mynd gyda rhywun i apwyntiad</translation>
    </message>
    <message>
        <source>Liaison with prison</source>
        <translation>Cysylltu â&apos;r carchar</translation>
    </message>
    <message>
        <source>Liaison with Offender Manager</source>
        <translation>Cysylltu â&apos;r Rheolwr Troseddwyr</translation>
    </message>
    <message>
        <source>CAF/TAF meeting</source>
        <translation>Cyfarfod CAF/TAF</translation>
    </message>
    <message>
        <source>Phone call</source>
        <translation>Galwad ffôn</translation>
    </message>
    <message>
        <source>Failed attempt</source>
        <translation>Ymgais aflwyddiannus</translation>
    </message>
    <message>
        <source>Finance and debt</source>
        <translation>Arian a dyledion</translation>
    </message>
    <message>
        <source>Employment and training</source>
        <translation>Cyflogaeth a hyfforddiant</translation>
    </message>
    <message>
        <source>Parenting</source>
        <translation>Magu plant</translation>
    </message>
    <message>
        <source>Mental and physical health</source>
        <translation>Iechyd meddwl a chorfforol</translation>
    </message>
    <message>
        <source>Substance misuse</source>
        <translation>Camddefnyddio sylweddau</translation>
    </message>
    <message>
        <source>Domestic abuse</source>
        <translation>Cam-drin domestig</translation>
    </message>
    <message>
        <source>Maintaining relationships</source>
        <translation>Cynnal perthnasoedd</translation>
    </message>
    <message>
        <source>Parenting and relationship skills</source>
        <translation>Sgiliau magu plant a pherthnasoedd</translation>
    </message>
    <message>
        <source>Transformational family work</source>
        <translation>Gwaith trawsnewidiol gyda theuluoedd</translation>
    </message>
    <message>
        <source>Practical and emotional family support</source>
        <translation>Cymorth ymarferol ac emosiynol i deuluoedd</translation>
    </message>
    <message>
        <source>practical</source>
        <translation>ymarferol</translation>
    </message>
    <message>
        <source>emotional</source>
        <translation>emosiynol</translation>
    </message>
    <message>
        <source>short</source>
        <translation>byr</translation>
    </message>
    <message>
        <source>long</source>
        <translation>hir</translation>
    </message>
    <message>
        <source>Voices heard</source>
        <translation>Lleisiau&apos;n cael eu clywed</translation>
    </message>
    <message>
        <source>Ability to express feelings</source>
        <translation>Gallu mynegi teimladau</translation>
    </message>
    <message>
        <source>1: cannot say how they feel; 5: talks about feelings readily</source>
        <translation>1: methu dweud sut mae&apos;n teimlo; 5: yn siarad am deimladau&apos;n rhwydd</translation>
    </message>
    <message>
        <source>Views voiced and acted on</source>
        <translation>Barn yn cael ei mynegi a&apos;i gweithredu</translation>
    </message>
    <message>
        <source>1: views never asked or ignored; 5: views asked and acted on</source>
        <translation>1: neb yn gofyn am farn, neu caiff ei hanwybyddu; 5: pobl yn gofyn am farn ac yn gweithredu arni</translation>
    </message>
    <message>
        <source>Isolation and stigma</source>
        <translation>Unigrwydd a stigma</translation>
    </message>
    <message>
        <source>Access to support services</source>
        <translation>Mynediad at wasanaethau cymorth</translation>
    </message>
    <message>
        <source>1: no services in reach; 5: uses the services needed</source>
        <translation>1: dim gwasanaethau o fewn cyrraedd; 5: yn defnyddio&apos;r gwasanaethau sydd eu hangen</translation>
    </message>
    <message>
        <source>Reduced victimisation/discrimination</source>
        <translation>Llai o erledigaeth/gwahaniaethu</translation>
    </message>
    <message>
        <source>1: targeted often; 5: no longer targeted</source>
        <translation>1: yn darged yn aml; 5: ddim yn darged mwyach</translation>
    </message>
    <message>
        <source>Satisfactory school attendance</source>
        <translation>Presenoldeb boddhaol yn yr ysgol</translation>
    </message>
    <message>
        <source>1: rarely attends; 5: attends regularly</source>
        <translation>1: anaml yn mynd; 5: yn mynd yn rheolaidd</translation>
    </message>
    <message>
        <source>Family less isolated</source>
        <translation>Teulu&apos;n llai ynysig</translation>
    </message>
    <message>
        <source>1: no one to turn to; 5: good network of support</source>
        <translation>1: neb i droi ato; 5: rhwydwaith cymorth da</translation>
    </message>
    <message>
        <source>Access to/use of inclusive resources in community</source>
        <translation>Mynediad at adnoddau cynhwysol yn y gymuned a&apos;u defnyddio</translation>
    </message>
    <message>
        <source>1: uses nothing in the community; 5: uses inclusive community resources</source>
        <translation>1: ddim yn defnyddio dim yn y gymuned; 5: yn defnyddio adnoddau cymunedol cynhwysol</translation>
    </message>
    <message>
        <source>Build community capacity to meet children&apos;s needs</source>
        <translation>Meithrin gallu&apos;r gymuned i ddiwallu anghenion plant</translation>
    </message>
    <message>
        <source>1: no local help for the children; 5: local services meet the children&apos;s needs</source>
        <translation>1: dim help lleol i&apos;r plant; 5: gwasanaethau lleol yn diwallu anghenion y plant</translation>
    </message>
    <message>
        <source>Parenting capacity</source>
        <translation>Gallu magu plant</translation>
    </message>
    <message>
        <source>Reduced parental stress</source>
        <translation>Llai o straen ar rieni</translation>
    </message>
    <message>
        <source>1: overwhelmed; 5: coping well</source>
        <translation>1: dan bwysau llethol; 5: yn ymdopi&apos;n dda</translation>
    </message>
    <message>
        <source>Parent confidence/resilience</source>
        <translation>Hyder/gwydnwch fel rhiant</translation>
    </message>
    <message>
        <source>1: no confidence as a parent; 5: confident and resilient</source>
        <translation>1: dim hyder fel rhiant; 5: yn hyderus ac yn wydn</translation>
    </message>
    <message>
        <source>Parent self-esteem</source>
        <translation>Hunan-barch y rhiant</translation>
    </message>
    <message>
        <source>1: very low self-worth; 5: positive about self</source>
        <translation>1: hunanwerth isel iawn; 5: yn teimlo&apos;n gadarnhaol am ei hun</translation>
    </message>
    <message>
        <source>Contact and relationships</source>
        <translation>Cyswllt a pherthnasoedd</translation>
    </message>
    <message>
        <source>Increased parent-child contact</source>
        <translation>Mwy o gyswllt rhwng rhiant a phlentyn</translation>
    </message>
    <message>
        <source>1: no contact; 5: regular contact that suits the child</source>
        <translation>1: dim cyswllt; 5: cyswllt rheolaidd sy&apos;n addas i&apos;r plentyn</translation>
    </message>
    <message>
        <source>Enhanced parent/carer-child relationship</source>
        <translation>Perthynas well rhwng rhiant/gofalwr a phlentyn</translation>
    </message>
    <message>
        <source>1: relationship in crisis; 5: warm and stable</source>
        <translation>1: perthynas mewn argyfwng; 5: cynnes a sefydlog</translation>
    </message>
    <message>
        <source>Improved family communication</source>
        <translation>Gwell cyfathrebu yn y teulu</translation>
    </message>
    <message>
        <source>1: family cannot talk together; 5: talks openly</source>
        <translation>1: y teulu&apos;n methu siarad â&apos;i gilydd; 5: yn siarad yn agored</translation>
    </message>
    <message>
        <source>Able to develop healthy/trusting relationships</source>
        <translation>Gallu datblygu perthnasoedd iach/llawn ymddiriedaeth</translation>
    </message>
    <message>
        <source>1: cannot trust or relate to others; 5: forms healthy, trusting relationships</source>
        <translation>1: methu ymddiried mewn eraill na chyd-dynnu â nhw; 5: yn ffurfio perthnasoedd iach, llawn ymddiriedaeth</translation>
    </message>
    <message>
        <source>Child confidence</source>
        <translation>Hyder y plentyn</translation>
    </message>
    <message>
        <source>Child self-esteem</source>
        <translation>Hunan-barch y plentyn</translation>
    </message>
    <message>
        <source>Mental health and wellbeing</source>
        <translation>Iechyd meddwl a llesiant</translation>
    </message>
    <message>
        <source>1: serious distress; 5: settled and well</source>
        <translation>1: trallod difrifol; 5: yn sefydlog ac yn iach</translation>
    </message>
    <message>
        <source>Social skills</source>
        <translation>Sgiliau cymdeithasol</translation>
    </message>
    <message>
        <source>1: withdrawn or in conflict; 5: gets on well with others</source>
        <translation>1: wedi tynnu&apos;n ôl neu mewn gwrthdaro; 5: yn cyd-dynnu&apos;n dda ag eraill</translation>
    </message>
    <message>
        <source>Therapeutic work: whole family</source>
        <translation>Gwaith therapiwtig: y teulu cyfan</translation>
    </message>
    <message>
        <source>Therapeutic work: parent</source>
        <translation>Gwaith therapiwtig: rhiant</translation>
    </message>
    <message>
        <source>Therapeutic work: child</source>
        <translation>Gwaith therapiwtig: plentyn</translation>
    </message>
    <message>
        <source>Service/CAF coordination</source>
        <translation>Cydgysylltu gwasanaethau/CAF</translation>
    </message>
    <message>
        <source>Parenting advice</source>
        <translation>Cyngor ar fagu plant</translation>
    </message>
    <message>
        <source>Household items</source>
        <translation>Eitemau i&apos;r cartref</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Iechyd</translation>
    </message>
    <message>
        <source>Group work</source>
        <translation>Gwaith grŵp</translation>
    </message>
    <message>
        <source>Financial help: debts, benefits, grants</source>
        <translation>Help ariannol: dyledion, budd-daliadau, grantiau</translation>
    </message>
    <message>
        <source>Facilitating prison visits or contact</source>
        <translation>Hwyluso ymweliadau carchar neu gyswllt</translation>
    </message>
    <message>
        <source>Parental contact with schools</source>
        <translation>Cyswllt rhieni ag ysgolion</translation>
    </message>
    <message>
        <source>Work, training, volunteering</source>
        <translation>Gwaith, hyfforddiant, gwirfoddoli</translation>
    </message>
    <message>
        <source>Childcare</source>
        <translation>Gofal plant</translation>
    </message>
    <message>
        <source>Activities and community integration</source>
        <translation>Gweithgareddau ac integreiddio yn y gymuned</translation>
    </message>
    <message>
        <source>Leisure</source>
        <translation>Hamdden</translation>
    </message>
    <message>
        <source>Courts</source>
        <translation>Llysoedd</translation>
    </message>
    <message>
        <source>Prisons</source>
        <translation>Carchardai</translation>
    </message>
    <message>
        <source>Youth justice</source>
        <translation>Cyfiawnder ieuenctid</translation>
    </message>
    <message>
        <source>Children and family services</source>
        <translation>Gwasanaethau plant a theuluoedd</translation>
    </message>
    <message>
        <source>Young people</source>
        <translation>Pobl ifanc</translation>
    </message>
    <message>
        <source>Education and employment</source>
        <translation>Addysg a chyflogaeth</translation>
    </message>
    <message>
        <source>Adult services</source>
        <translation>Gwasanaethau oedolion</translation>
    </message>
    <message>
        <source>Community</source>
        <translation>Cymuned</translation>
    </message>
    <message>
        <source>Advice</source>
        <translation>Cyngor</translation>
    </message>
    <message>
        <source>Domestic violence</source>
        <translation>Trais domestig</translation>
    </message>
    <message>
        <source>Victims</source>
        <translation>Dioddefwyr</translation>
    </message>
    <message>
        <source>Goals achieved</source>
        <translation>Nodau wedi&apos;u cyflawni</translation>
    </message>
    <message>
        <source>Prisoner released and support ended</source>
        <translation>Carcharor wedi&apos;i ryddhau a&apos;r cymorth wedi dod i ben</translation>
    </message>
    <message>
        <source>Family declined further support</source>
        <translation>Y teulu wedi gwrthod rhagor o gymorth</translation>
    </message>
    <message>
        <source>Moved out of area</source>
        <translation>Wedi symud allan o&apos;r ardal</translation>
    </message>
    <message>
        <source>Prisoner transferred</source>
        <translation>Carcharor wedi&apos;i drosglwyddo</translation>
    </message>
    <message>
        <source>not asked</source>
        <translation>heb ofyn</translation>
    </message>
    <message>
        <source>given</source>
        <translation>wedi&apos;i roi</translation>
    </message>
    <message>
        <source>partial</source>
        <translation>rhannol</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>wedi&apos;i wrthod</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>wedi&apos;i dynnu&apos;n ôl</translation>
    </message>
    <message>
        <source>verbal</source>
        <translation>ar lafar</translation>
    </message>
    <message>
        <source>written</source>
        <translation>yn ysgrifenedig</translation>
    </message>
    <message>
        <source>signed form</source>
        <translation>ffurflen wedi&apos;i llofnodi</translation>
    </message>
    <message>
        <source>No contact with children (public protection)</source>
        <translation>Dim cyswllt â phlant (diogelu&apos;r cyhoedd)</translation>
    </message>
    <message>
        <source>No contact with named person</source>
        <translation>Dim cyswllt â pherson a enwir</translation>
    </message>
    <message>
        <source>Supervised contact only</source>
        <translation>Cyswllt dan oruchwyliaeth yn unig</translation>
    </message>
    <message>
        <source>Closed visits</source>
        <translation>Ymweliadau caeedig</translation>
    </message>
    <message>
        <source>Banned from visiting</source>
        <translation>Gwaharddiad rhag ymweld</translation>
    </message>
    <message>
        <source>Restraining order</source>
        <translation>Gorchymyn atal</translation>
    </message>
    <message>
        <source>On the other desk, open Sync and choose “Export my identity…”; bring the file it saves to this desk and choose it here.</source>
        <translation>Ar y ddesg arall, agorwch y dudalen Cysoni a dewiswch “Allforio fy hunaniaeth…”; dewch â&apos;r ffeil y mae&apos;n ei chadw i&apos;r ddesg hon a&apos;i dewis yma.</translation>
    </message>
    <message>
        <source>{name} is a folder, not an identity file.</source>
        <translation>Ffolder yw {name}, nid ffeil hunaniaeth.</translation>
    </message>
    <message>
        <source>There is no file at {path}.</source>
        <translation>Does dim ffeil yn {path}.</translation>
    </message>
    <message>
        <source>Could not read {name}: {reason}.</source>
        <translation>Methu darllen {name}: {reason}.</translation>
    </message>
    <message>
        <source>the file cannot be opened</source>
        <translation>ni ellir agor y ffeil</translation>
    </message>
    <message>
        <source>{name} is a bundle, not an identity file (bundles are imported once the desks are paired). {how_to_get_identity}</source>
        <translation>Bwndel yw {name}, nid ffeil hunaniaeth (caiff bwndeli eu mewnforio ar ôl i&apos;r desgiau gael eu paru). {how_to_get_identity}</translation>
    </message>
    <message>
        <source>{name} is not an FSW Desk identity file. {how_to_get_identity}</source>
        <translation>Nid ffeil hunaniaeth FSW Desk yw {name}. {how_to_get_identity}</translation>
    </message>
    <message>
        <source>Give the paired desk a name.</source>
        <translation>Rhowch enw i&apos;r ddesg wedi&apos;i pharu.</translation>
    </message>
    <message>
        <source>A desk&apos;s name can be at most {max_name} characters.</source>
        <translation>Gall enw desg fod yn {max_name} nod ar y mwyaf.</translation>
    </message>
    <message>
        <source>Compare the fingerprint with the other desk before pairing.</source>
        <translation>Cymharwch yr ôl bys â&apos;r ddesg arall cyn paru.</translation>
    </message>
    <message>
        <source>That is this desk&apos;s own identity. Pair with the other desk&apos;s identity file.</source>
        <translation>Hunaniaeth y ddesg hon ei hun yw honno. Parwch â ffeil hunaniaeth y ddesg arall.</translation>
    </message>
    <message>
        <source>This desk&apos;s keys have changed since you paired with it. Do not pair: check with the other desk in person.</source>
        <translation>Mae allweddi&apos;r ddesg hon wedi newid ers i chi baru â hi. Peidiwch â pharu: gwiriwch gyda&apos;r ddesg arall wyneb yn wyneb.</translation>
    </message>
    <message>
        <source>There is already a paired desk called {new_name}. Choose another name.</source>
        <translation>Mae desg wedi&apos;i pharu o&apos;r enw {new_name} eisoes. Dewiswch enw arall.</translation>
    </message>
    <message>
        <source>These keys already belong to the paired desk {name}. Do not pair: check with the other desk in person.</source>
        <translation>Mae&apos;r allweddi hyn eisoes yn perthyn i&apos;r ddesg wedi&apos;i pharu {name}. Peidiwch â pharu: gwiriwch gyda&apos;r ddesg arall wyneb yn wyneb.</translation>
    </message>
    <message>
        <source>There is already a paired desk called {chosen}. Choose another name.</source>
        <translation>Mae desg wedi&apos;i pharu o&apos;r enw {chosen} eisoes. Dewiswch enw arall.</translation>
    </message>
    <message>
        <source>No paired desk called {name}.</source>
        <translation>Does dim desg wedi&apos;i pharu o&apos;r enw {name}.</translation>
    </message>
    <message>
        <source>(nothing)</source>
        <translation>(dim)</translation>
    </message>
    <message>
        <source>More than one paired desk is called {wanted}; use its desk id.</source>
        <translation>Mae mwy nag un ddesg wedi&apos;i pharu o&apos;r enw {wanted}; defnyddiwch ID y ddesg.</translation>
    </message>
    <message>
        <source>More than one paired desk has an id starting {wanted}; type more of it.</source>
        <translation>Mae gan fwy nag un ddesg wedi&apos;i pharu ID sy&apos;n dechrau â {wanted}; teipiwch fwy ohono.</translation>
    </message>
    <message>
        <source>The pairing with {name} was revoked. Pair again before sending it anything.</source>
        <translation>Cafodd y paru â {name} ei ddirymu. Parwch eto cyn anfon unrhyw beth ati.</translation>
    </message>
    <message>
        <source>Choose the case to hand over.</source>
        <translation>Dewiswch yr achos i&apos;w drosglwyddo.</translation>
    </message>
    <message>
        <source>No case {wanted} on this desk.</source>
        <translation>Does dim achos {wanted} ar y ddesg hon.</translation>
    </message>
    <message>
        <source>A bundle is either sync or handover.</source>
        <translation>Mae bwndel naill ai&apos;n fwndel cysoni neu&apos;n fwndel trosglwyddo.</translation>
    </message>
    <message>
        <source>Preparing the bundle</source>
        <translation>Wrthi&apos;n paratoi&apos;r bwndel</translation>
    </message>
    <message>
        <source>A supervisor&apos;s desk sends no sync or handover bundles; workers send it their summaries.</source>
        <translation>Nid yw desg goruchwyliwr yn anfon bwndeli cysoni na throsglwyddo; mae gweithwyr yn anfon eu crynodebau ati.</translation>
    </message>
    <message>
        <source>Collecting changes</source>
        <translation>Wrthi&apos;n casglu newidiadau</translation>
    </message>
    <message>
        <source>Choosing what this desk may receive</source>
        <translation>Wrthi&apos;n dewis beth y caiff y ddesg hon ei dderbyn</translation>
    </message>
    <message>
        <source>A case can only be handed over from and to a family support worker&apos;s desk.</source>
        <translation>Dim ond o ddesg gweithiwr cymorth i deuluoedd, ac i ddesg gweithiwr cymorth i deuluoedd, y gellir trosglwyddo achos.</translation>
    </message>
    <message>
        <source>Case {ref} has already been handed over.</source>
        <translation>Mae achos {ref} wedi&apos;i drosglwyddo eisoes.</translation>
    </message>
    <message>
        <source>Case {ref} is closed. Only an open case can be handed over.</source>
        <translation>Mae achos {ref} wedi&apos;i gau. Dim ond achos agored y gellir ei drosglwyddo.</translation>
    </message>
    <message>
        <source>Collecting the case</source>
        <translation>Wrthi&apos;n casglu&apos;r achos</translation>
    </message>
    <message>
        <source>Encrypting</source>
        <translation>Wrthi&apos;n amgryptio</translation>
    </message>
    <message>
        <source>Writing the file</source>
        <translation>Wrthi&apos;n ysgrifennu&apos;r ffeil</translation>
    </message>
    <message>
        <source>Bundle ready</source>
        <translation>Mae&apos;r bwndel yn barod</translation>
    </message>
    <message>
        <source>{name} is a folder, not a bundle.</source>
        <translation>Ffolder yw {name}, nid bwndel.</translation>
    </message>
    <message>
        <source>This bundle&apos;s contents are not in a form FSW Desk understands.</source>
        <translation>Nid yw cynnwys y bwndel hwn mewn ffurf y mae FSW Desk yn ei deall.</translation>
    </message>
    <message>
        <source>Reading the file</source>
        <translation>Wrthi&apos;n darllen y ffeil</translation>
    </message>
    <message>
        <source>Checking the signature and decrypting</source>
        <translation>Wrthi&apos;n gwirio&apos;r llofnod ac yn dadgryptio</translation>
    </message>
    <message>
        <source>Already imported</source>
        <translation>Wedi&apos;i fewnforio eisoes</translation>
    </message>
    <message>
        <source>A {kind} bundle cannot be imported on this page.</source>
        <translation>Ni ellir mewnforio bwndel o&apos;r math {kind} ar y dudalen hon.</translation>
    </message>
    <message>
        <source>Checking what the sending desk may change</source>
        <translation>Wrthi&apos;n gwirio beth y caiff y ddesg sy&apos;n anfon ei newid</translation>
    </message>
    <message>
        <source>Merging {count} changes</source>
        <translation>Wrthi&apos;n cyfuno {count} newid</translation>
    </message>
    <message>
        <source>This handover bundle does not hold its case.</source>
        <translation>Nid yw&apos;r bwndel trosglwyddo hwn yn cynnwys ei achos.</translation>
    </message>
    <message>
        <source>This bundle is older than others already imported from {sender} (number {seq}, latest {latest}); anything newer here was kept.</source>
        <translation>Mae&apos;r bwndel hwn yn hŷn nag eraill sydd wedi&apos;u mewnforio eisoes o {sender} (rhif {seq}, y diweddaraf {latest}); cafodd unrhyw beth mwy newydd ynddo ei gadw.</translation>
    </message>
    <message>
        <source>Refused: {name} is not a family support worker&apos;s desk, so it cannot hand over a case. Nothing was imported.</source>
        <translation>Gwrthodwyd: nid desg gweithiwr cymorth i deuluoedd yw {name}, felly ni all drosglwyddo achos. Ni fewnforiwyd dim.</translation>
    </message>
    <message>
        <source>only workers hand over cases</source>
        <translation>dim ond gweithwyr sy&apos;n trosglwyddo achosion</translation>
    </message>
    <message>
        <source>this desk</source>
        <translation>y ddesg hon</translation>
    </message>
    <message>
        <source>This summary&apos;s contents are not in a form FSW Desk understands.</source>
        <translation>Nid yw cynnwys y crynodeb hwn mewn ffurf y mae FSW Desk yn ei deall.</translation>
    </message>
    <message>
        <source>Preparing the summary</source>
        <translation>Wrthi&apos;n paratoi&apos;r crynodeb</translation>
    </message>
    <message>
        <source>Only a family support worker&apos;s desk makes caseload summaries.</source>
        <translation>Dim ond desg gweithiwr cymorth i deuluoedd sy&apos;n creu crynodebau o&apos;r llwyth achosion.</translation>
    </message>
    <message>
        <source>{name} is not a supervisor&apos;s desk: summaries go to a supervisor.</source>
        <translation>Nid desg goruchwyliwr yw {name}: mae crynodebau&apos;n mynd at oruchwyliwr.</translation>
    </message>
    <message>
        <source>Summarising the caseload</source>
        <translation>Wrthi&apos;n crynhoi&apos;r llwyth achosion</translation>
    </message>
    <message>
        <source>Summary ready</source>
        <translation>Mae&apos;r crynodeb yn barod</translation>
    </message>
    <message>
        <source>This summary names a different desk from the one that signed it.</source>
        <translation>Mae&apos;r crynodeb hwn yn enwi desg wahanol i&apos;r un a&apos;i llofnododd.</translation>
    </message>
    <message>
        <source>Summaries are imported on a supervisor&apos;s desk.</source>
        <translation>Caiff crynodebau eu mewnforio ar ddesg goruchwyliwr.</translation>
    </message>
    <message>
        <source>Checking summary {n} of {total}</source>
        <translation>Wrthi&apos;n gwirio crynodeb {n} o {total}</translation>
    </message>
    <message>
        <source>This is a {kind} bundle, not a summary: import it on the Sync page.</source>
        <translation>Bwndel o&apos;r math {kind} yw hwn, nid crynodeb: mewnforiwch ef ar y dudalen Cysoni.</translation>
    </message>
    <message>
        <source>Summaries come from family support workers&apos; desks.</source>
        <translation>Mae crynodebau&apos;n dod o ddesgiau gweithwyr cymorth i deuluoedd.</translation>
    </message>
    <message>
        <source>Summary {n} of {total}: {exc}</source>
        <translation>Crynodeb {n} o {total}: {exc}</translation>
    </message>
    <message>
        <source>Choose at least one summary to import.</source>
        <translation>Dewiswch o leiaf un crynodeb i&apos;w fewnforio.</translation>
    </message>
    <message>
        <source>No such family day.</source>
        <translation>Does dim diwrnod teulu o&apos;r fath.</translation>
    </message>
    <message>
        <source>Cannot come.</source>
        <translation>Ni all ddod.</translation>
    </message>
    <message>
        <source>Nothing was added: {count} of the families cannot be added as chosen. Untick them or change who goes, then add again.</source>
        <translation>Ni ychwanegwyd dim: ni ellir ychwanegu {count} o&apos;r teuluoedd fel y&apos;u dewiswyd. Dad-diciwch nhw neu newidiwch pwy sy&apos;n mynd, yna ychwanegwch eto.</translation>
    </message>
    <message>
        <source>Tick at least one family to add.</source>
        <translation>Ticiwch o leiaf un teulu i&apos;w ychwanegu.</translation>
    </message>
    <message>
        <source>choose who goes (nobody is ticked).</source>
        <translation>dewiswch pwy sy&apos;n mynd (does neb wedi&apos;i dicio).</translation>
    </message>
    <message>
        <source>A family is moved to allocated or to waiting.</source>
        <translation>Caiff teulu ei symud naill ai i&apos;r rhai sydd wedi cael lle neu i&apos;r rhestr aros.</translation>
    </message>
    <message>
        <source>That family is not in this allocation.</source>
        <translation>Nid yw&apos;r teulu hwnnw yn y dyraniad hwn.</translation>
    </message>
    <message>
        <source>The requests for this family day changed since the allocation was proposed. Close this and allocate again to see the new proposal.</source>
        <translation>Mae&apos;r ceisiadau am y diwrnod teulu hwn wedi newid ers i&apos;r dyraniad gael ei gynnig. Caewch hwn a dyrannwch eto i weld y cynnig newydd.</translation>
    </message>
    <message>
        <source>Record why each family was moved.</source>
        <translation>Cofnodwch pam y symudwyd pob teulu.</translation>
    </message>
    <message>
        <source>That is {families_used} families and {people_used} people for {capacity_families} families / {capacity_people} people. Move a family to waiting first.</source>
        <translation>Dyna {families_used} teulu a {people_used} person ar gyfer {capacity_families} teulu / {capacity_people} person. Symudwch deulu i&apos;r rhestr aros yn gyntaf.</translation>
    </message>
    <message>
        <source>Moved to {to} at allocation: {reason}</source>
        <translation>Symudwyd i {to} wrth ddyrannu: {reason}</translation>
    </message>
    <message>
        <source>This family is not marked as eligible for help with travel costs.</source>
        <translation>Nid yw&apos;r teulu hwn wedi&apos;i farcio&apos;n gymwys i gael help gyda chostau teithio.</translation>
    </message>
    <message>
        <source>A claim cannot be marked made on a day still to come.</source>
        <translation>Ni ellir marcio bod hawliad wedi&apos;i wneud ar ddiwrnod sydd heb ddod eto.</translation>
    </message>
    <message>
        <source>An advance claim can be made from {earliest}.</source>
        <translation>Gellir gwneud hawliad ymlaen llaw o {earliest} ymlaen.</translation>
    </message>
    <message>
        <source>The 28 days to claim ran out on {on}; mark it &apos;not claiming&apos; with the reason.</source>
        <translation>Daeth y 28 diwrnod i hawlio i ben ar {on}; marciwch ef yn &apos;Ddim yn hawlio&apos; a rhowch y rheswm.</translation>
    </message>
    <message>
        <source>{ref} is {status}: there is no visit to claim for.</source>
        <translation>Statws {ref}: {status}. Does dim ymweliad i hawlio amdano.</translation>
    </message>
    <message>
        <source>Only an attended visit can be claimed for; {ref} is {status}.</source>
        <translation>Dim ond am ymweliad y daeth y teulu iddo y gellir hawlio; statws {ref}: {status}.</translation>
    </message>
    <message>
        <source>Say why the family is not claiming.</source>
        <translation>Dywedwch pam nad yw&apos;r teulu&apos;n hawlio.</translation>
    </message>
    <message>
        <source>The reason is too long ({reason_max} characters at most): say it in a few lines.</source>
        <translation>Mae&apos;r rheswm yn rhy hir ({reason_max} nod ar y mwyaf): rhowch ef mewn ychydig linellau.</translation>
    </message>
    <message>
        <source>A claim is made or not claiming.</source>
        <translation>Rhaid i hawliad fod naill ai &apos;Hawliad wedi&apos;i wneud&apos; neu &apos;Ddim yn hawlio&apos;.</translation>
    </message>
    <message>
        <source>Visit of {visit_on}: overdue by {days}</source>
        <translation>Ymweliad ar {visit_on}: yn hwyr o {days}</translation>
    </message>
    <message>
        <source>Visit of {visit_on}: claim today, the last day</source>
        <translation>Ymweliad ar {visit_on}: hawliwch heddiw, y diwrnod olaf</translation>
    </message>
    <message>
        <source>Visit of {visit_on}: claim by {due_on}, {days} left</source>
        <translation>Ymweliad ar {visit_on}: hawliwch erbyn {due_on}, {days} ar ôl</translation>
    </message>
    <message>
        <source>claimed {on} (in advance)</source>
        <translation>wedi hawlio ar {on} (ymlaen llaw)</translation>
    </message>
    <message>
        <source>claimed {on}</source>
        <translation>wedi hawlio ar {on}</translation>
    </message>
    <message>
        <source>not claiming</source>
        <translation>ddim yn hawlio</translation>
    </message>
    <message>
        <source>before eligible</source>
        <translation>cyn bod yn gymwys</translation>
    </message>
    <message>
        <source>in advance, or by {due_on}</source>
        <translation>ymlaen llaw, neu erbyn {due_on}</translation>
    </message>
    <message>
        <source>claim by {due_on} (last day today)</source>
        <translation>hawliwch erbyn {due_on} (heddiw yw&apos;r diwrnod olaf)</translation>
    </message>
    <message>
        <source>claim by {due_on}</source>
        <translation>hawliwch erbyn {due_on}</translation>
    </message>
    <message>
        <source>Overdue by {days}: the 28 days to claim ran out on {due_on}.</source>
        <translation>Yn hwyr o {days}: daeth y 28 diwrnod i hawlio i ben ar {due_on}.</translation>
    </message>
    <message>
        <source>Claim by {due_on} (28 days after the visit), or in advance from {advance_from}.</source>
        <translation>Hawliwch erbyn {due_on} (28 diwrnod ar ôl yr ymweliad), neu ymlaen llaw o {advance_from} ymlaen.</translation>
    </message>
    <message>
        <source>Claim by {due_on}: today is the last day.</source>
        <translation>Hawliwch erbyn {due_on}: heddiw yw&apos;r diwrnod olaf.</translation>
    </message>
    <message>
        <source>Claim by {due_on} ({days} left).</source>
        <translation>Hawliwch erbyn {due_on} ({days} ar ôl).</translation>
    </message>
    <message>
        <source>Not marked as eligible for help with travel costs</source>
        <translation>Heb ei farcio&apos;n gymwys i gael help gyda chostau teithio</translation>
    </message>
    <message>
        <source>Eligible since {since}</source>
        <translation>Cymwys ers {since}</translation>
    </message>
    <message numerus="yes">
        <source>%n claim to mark ({overdue} overdue)|%n claims to mark ({overdue} overdue)</source>
        <translation>
            <numerusform>Dim hawliadau i&apos;w marcio ({overdue} yn hwyr)</numerusform>
            <numerusform>%n hawliad i&apos;w farcio ({overdue} yn hwyr)</numerusform>
            <numerusform>%n hawliad i&apos;w marcio ({overdue} yn hwyr)</numerusform>
            <numerusform>%n hawliad i&apos;w marcio ({overdue} yn hwyr)</numerusform>
            <numerusform>%n hawliad i&apos;w marcio ({overdue} yn hwyr)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n claim to mark|%n claims to mark</source>
        <translation>
            <numerusform>Dim hawliadau i&apos;w marcio</numerusform>
            <numerusform>%n hawliad i&apos;w farcio</numerusform>
            <numerusform>%n hawliad i&apos;w marcio</numerusform>
            <numerusform>%n hawliad i&apos;w marcio</numerusform>
            <numerusform>%n hawliad i&apos;w marcio</numerusform>
        </translation>
    </message>
    <message>
        <source>{made} made</source>
        <translation>{made} wedi&apos;u gwneud</translation>
    </message>
    <message>
        <source>Age from which a visitor counts as an adult</source>
        <translation>Oed pan fydd ymwelydd yn cyfrif fel oedolyn</translation>
    </message>
    <message>
        <source>Maximum visitors per booking</source>
        <translation>Uchafswm ymwelwyr fesul archeb</translation>
    </message>
    <message>
        <source>Maximum adults per booking</source>
        <translation>Uchafswm oedolion fesul archeb</translation>
    </message>
    <message>
        <source>Maximum children per booking</source>
        <translation>Uchafswm plant fesul archeb</translation>
    </message>
    <message>
        <source>Minimum notice in days</source>
        <translation>Isafswm amser ymlaen llaw mewn diwrnodau</translation>
    </message>
    <message>
        <source>Maximum notice in days</source>
        <translation>Uchafswm amser ymlaen llaw mewn diwrnodau</translation>
    </message>
    <message>
        <source>Visits allowed per prisoner each month</source>
        <translation>Nifer yr ymweliadau a ganiateir i bob carcharor bob mis</translation>
    </message>
    <message>
        <source>{label} must be a whole number from {lo} to {hi}.</source>
        <translation>{label}: rhaid rhoi rhif cyfan o {lo} i {hi}.</translation>
    </message>
    <message>
        <source>Maximum adults cannot be more than the maximum visitors per booking.</source>
        <translation>Ni all yr uchafswm oedolion fod yn fwy na&apos;r uchafswm ymwelwyr fesul archeb.</translation>
    </message>
    <message>
        <source>Maximum children cannot be more than the maximum visitors per booking.</source>
        <translation>Ni all yr uchafswm plant fod yn fwy na&apos;r uchafswm ymwelwyr fesul archeb.</translation>
    </message>
    <message>
        <source>Minimum notice cannot be longer than maximum notice.</source>
        <translation>Ni all yr isafswm amser ymlaen llaw fod yn hirach na&apos;r uchafswm amser ymlaen llaw.</translation>
    </message>
    <message>
        <source>Someone</source>
        <translation>Rhywun</translation>
    </message>
    <message>
        <source>No such visitor.</source>
        <translation>Does dim ymwelydd o&apos;r fath.</translation>
    </message>
    <message>
        <source>A prisoner is not a visitor.</source>
        <translation>Nid ymwelydd yw carcharor.</translation>
    </message>
    <message>
        <source>Record why the visitor is banned.</source>
        <translation>Cofnodwch pam mae&apos;r ymwelydd wedi&apos;i wahardd.</translation>
    </message>
    <message>
        <source>end of the ban</source>
        <translation>diwedd y gwaharddiad</translation>
    </message>
    <message>
        <source>The ban would already be over. Give an end date from today, or none.</source>
        <translation>Byddai&apos;r gwaharddiad eisoes wedi dod i ben. Rhowch ddyddiad gorffen o heddiw ymlaen, neu ddim dyddiad o gwbl.</translation>
    </message>
    <message>
        <source>This visitor is not banned.</source>
        <translation>Nid yw&apos;r ymwelydd hwn wedi&apos;i wahardd.</translation>
    </message>
    <message>
        <source>{name} is not approved as a visitor yet.</source>
        <translation>Nid yw {name} yn ymwelydd cymeradwy eto.</translation>
    </message>
    <message>
        <source>{name} is banned from visiting until {until}: {reason}</source>
        <translation>Mae gwaharddiad ar {name} rhag ymweld tan {until}: {reason}</translation>
    </message>
    <message>
        <source>{name} is banned from visiting until {until}.</source>
        <translation>Mae gwaharddiad ar {name} rhag ymweld tan {until}.</translation>
    </message>
    <message>
        <source>{name} is banned from visiting: {reason}</source>
        <translation>Mae gwaharddiad ar {name} rhag ymweld: {reason}</translation>
    </message>
    <message>
        <source>{name} is banned from visiting.</source>
        <translation>Mae gwaharddiad ar {name} rhag ymweld.</translation>
    </message>
    <message>
        <source>{name}: closed visits only.</source>
        <translation>{name}: ymweliadau caeedig yn unig.</translation>
    </message>
    <message>
        <source>{who} has a restriction in force: {kind}.</source>
        <translation>Mae cyfyngiad mewn grym ar {who}: {kind}.</translation>
    </message>
    <message>
        <source>{who} has a restriction in force: {kind}. No child under {age} can be on this visit.</source>
        <translation>Mae cyfyngiad mewn grym ar {who}: {kind}. Ni all unrhyw blentyn o dan {age} oed fod ar yr ymweliad hwn.</translation>
    </message>
    <message>
        <source>{who} has a restriction in force: {kind}. Check this visit is allowed.</source>
        <translation>Mae cyfyngiad mewn grym ar {who}: {kind}. Gwiriwch fod yr ymweliad hwn yn cael ei ganiatáu.</translation>
    </message>
    <message>
        <source>This file is not an FSW Desk bundle.</source>
        <translation>Nid bwndel FSW Desk yw&apos;r ffeil hon.</translation>
    </message>
    <message>
        <source>This bundle was changed or damaged after it was made.</source>
        <translation>Cafodd y bwndel hwn ei newid neu ei ddifrodi ar ôl iddo gael ei greu.</translation>
    </message>
    <message>
        <source>This bundle file is incomplete.</source>
        <translation>Mae&apos;r ffeil bwndel hon yn anghyflawn.</translation>
    </message>
    <message>
        <source>This bundle is for another desk.</source>
        <translation>Mae&apos;r bwndel hwn ar gyfer desg arall.</translation>
    </message>
    <message>
        <source>This bundle is from a desk you have not paired with.</source>
        <translation>Mae&apos;r bwndel hwn yn dod o ddesg nad ydych wedi paru â hi.</translation>
    </message>
    <message>
        <source>This bundle is from a desk whose pairing was revoked.</source>
        <translation>Mae&apos;r bwndel hwn yn dod o ddesg y mae&apos;r paru â hi wedi&apos;i ddirymu.</translation>
    </message>
    <message>
        <source>This bundle was made on this desk.</source>
        <translation>Cafodd y bwndel hwn ei greu ar y ddesg hon.</translation>
    </message>
    <message>
        <source>This bundle was made by a newer version of FSW Desk (format {format}).</source>
        <translation>Cafodd y bwndel hwn ei greu gan fersiwn mwy newydd o FSW Desk (fformat {format}).</translation>
    </message>
    <message>
        <source>This bundle would be larger than FSW Desk can carry. Export less at a time.</source>
        <translation>Byddai&apos;r bwndel hwn yn fwy nag y gall FSW Desk ei gario. Allforiwch lai ar y tro.</translation>
    </message>
    <message>
        <source>This bundle is larger inside than any real desk&apos;s bundle of its size, so it was not opened. Nothing was imported; ask the desk that sent it to make it again.</source>
        <translation>Mae&apos;r bwndel hwn yn fwy y tu mewn nag unrhyw fwndel go iawn o&apos;r un maint, felly ni chafodd ei agor. Ni fewnforiwyd dim; gofynnwch i&apos;r ddesg a&apos;i hanfonodd ei greu eto.</translation>
    </message>
    <message>
        <source>This file is not an FSW Desk identity file.</source>
        <translation>Nid ffeil hunaniaeth FSW Desk yw&apos;r ffeil hon.</translation>
    </message>
    <message>
        <source>This identity file is missing the {label}.</source>
        <translation>Mae {label} ar goll o&apos;r ffeil hunaniaeth hon.</translation>
    </message>
    <message>
        <source>This identity file&apos;s {label} is not text.</source>
        <translation>Nid yw {label} yn y ffeil hunaniaeth hon yn destun.</translation>
    </message>
    <message>
        <source>This identity file&apos;s {label} is empty.</source>
        <translation>Mae {label} yn y ffeil hunaniaeth hon yn wag.</translation>
    </message>
    <message>
        <source>This identity file&apos;s {label} is too long.</source>
        <translation>Mae {label} yn y ffeil hunaniaeth hon yn rhy hir.</translation>
    </message>
    <message>
        <source>This identity file&apos;s {label} is the wrong length or not hexadecimal (it must be 32 bytes, 64 hex digits).</source>
        <translation>Mae {label} yn y ffeil hunaniaeth hon o&apos;r hyd anghywir neu nid yw&apos;n hecsadegol (rhaid iddo fod yn 32 beit, 64 digid hecs).</translation>
    </message>
    <message>
        <source>This identity file is missing its format number.</source>
        <translation>Mae rhif fformat y ffeil hunaniaeth hon ar goll.</translation>
    </message>
    <message>
        <source>This identity file was made by a newer version of FSW Desk (format {fmt}).</source>
        <translation>Cafodd y ffeil hunaniaeth hon ei chreu gan fersiwn mwy newydd o FSW Desk (fformat {fmt}).</translation>
    </message>
    <message>
        <source>desk id</source>
        <translation>ID y ddesg</translation>
    </message>
    <message>
        <source>This identity file&apos;s desk id is not valid.</source>
        <translation>Nid yw ID y ddesg yn y ffeil hunaniaeth hon yn ddilys.</translation>
    </message>
    <message>
        <source>desk name</source>
        <translation>enw&apos;r ddesg</translation>
    </message>
    <message>
        <source>desk&apos;s role</source>
        <translation>rôl y ddesg</translation>
    </message>
    <message>
        <source>This identity file&apos;s role must be one of: {roles}.</source>
        <translation>Rhaid i&apos;r rôl yn y ffeil hunaniaeth hon fod yn un o&apos;r rhain: {roles}.</translation>
    </message>
    <message>
        <source>establishment</source>
        <translation>sefydliad</translation>
    </message>
    <message>
        <source>signing key</source>
        <translation>allwedd llofnodi</translation>
    </message>
    <message>
        <source>encryption key</source>
        <translation>allwedd amgryptio</translation>
    </message>
    <message>
        <source>This identity file&apos;s keys are not valid.</source>
        <translation>Nid yw&apos;r allweddi yn y ffeil hunaniaeth hon yn ddilys.</translation>
    </message>
    <message>
        <source>This identity file&apos;s fingerprint does not match its keys: it may have been changed. Ask the other desk for a fresh copy.</source>
        <translation>Nid yw ôl bys y ffeil hunaniaeth hon yn cyfateb i&apos;w hallweddi: efallai ei bod wedi&apos;i newid. Gofynnwch i&apos;r ddesg arall am gopi newydd.</translation>
    </message>
    <message>
        <source>This file is too large to be an FSW Desk identity file.</source>
        <translation>Mae&apos;r ffeil hon yn rhy fawr i fod yn ffeil hunaniaeth FSW Desk.</translation>
    </message>
    <message>
        <source>This file is not an FSW Desk identity file. It is not readable JSON.</source>
        <translation>Nid ffeil hunaniaeth FSW Desk yw&apos;r ffeil hon. Nid yw&apos;n JSON y gellir ei ddarllen.</translation>
    </message>
    <message>
        <source>The bundle holds a change that is not well formed.</source>
        <translation>Mae&apos;r bwndel yn cynnwys newid nad yw wedi&apos;i ffurfio&apos;n gywir.</translation>
    </message>
    <message>
        <source>Checking what is new</source>
        <translation>Wrthi&apos;n gwirio beth sy&apos;n newydd</translation>
    </message>
    <message>
        <source>Reading the records&apos; history</source>
        <translation>Wrthi&apos;n darllen hanes y cofnodion</translation>
    </message>
    <message>
        <source>Saving changes</source>
        <translation>Wrthi&apos;n cadw&apos;r newidiadau</translation>
    </message>
    <message>
        <source>Updating records</source>
        <translation>Wrthi&apos;n diweddaru cofnodion</translation>
    </message>
    <message>
        <source>Looking for conflicts</source>
        <translation>Wrthi&apos;n chwilio am wrthdaro</translation>
    </message>
    <message>
        <source>Merged</source>
        <translation>Wedi cyfuno</translation>
    </message>
    <message>
        <source>Choose keep mine, take theirs or edit.</source>
        <translation>Dewiswch Cadw fy un i, Derbyn eu hun nhw neu Golygu.</translation>
    </message>
    <message>
        <source>No such conflict.</source>
        <translation>Does dim gwrthdaro o&apos;r fath.</translation>
    </message>
    <message>
        <source>That conflict has already been resolved.</source>
        <translation>Mae&apos;r gwrthdaro hwnnw wedi&apos;i ddatrys eisoes.</translation>
    </message>
    <message>
        <source>This version cannot edit that field.</source>
        <translation>Ni all y fersiwn hon olygu&apos;r maes hwnnw.</translation>
    </message>
    <message>
        <source>That value does not fit the field.</source>
        <translation>Nid yw&apos;r gwerth hwnnw&apos;n addas i&apos;r maes.</translation>
    </message>
    <message>
        <source>Recorded by the family support service</source>
        <translation>Wedi&apos;i gofnodi gan y gwasanaeth cymorth i deuluoedd</translation>
    </message>
    <message>
        <source>Supervisors receive summary bundles, not sync.</source>
        <translation>Mae goruchwylwyr yn derbyn bwndeli crynodeb, nid bwndeli cysoni.</translation>
    </message>
    <message>
        <source>FSW Desk does not know what a {role} desk may receive.</source>
        <translation>Nid yw FSW Desk yn gwybod beth y caiff desg â&apos;r rôl {role} ei dderbyn.</translation>
    </message>
    <message>
        <source>a family support worker&apos;s desk</source>
        <translation>desg gweithiwr cymorth i deuluoedd</translation>
    </message>
    <message>
        <source>a visitor-centre desk</source>
        <translation>desg canolfan ymwelwyr</translation>
    </message>
    <message>
        <source>a supervisor&apos;s desk</source>
        <translation>desg goruchwyliwr</translation>
    </message>
    <message>
        <source>a {role} desk</source>
        <translation>desg â&apos;r rôl {role}</translation>
    </message>
    <message>
        <source>only a family support worker&apos;s desk erases records</source>
        <translation>dim ond desg gweithiwr cymorth i deuluoedd sy&apos;n dileu cofnodion</translation>
    </message>
    <message>
        <source>{desk} may not change {table}</source>
        <translation>ni chaiff {desk} newid {table}</translation>
    </message>
    <message>
        <source>a new record that is not well formed</source>
        <translation>cofnod newydd nad yw wedi&apos;i ffurfio&apos;n gywir</translation>
    </message>
    <message>
        <source>{desk} may not delete {table}</source>
        <translation>ni chaiff {desk} ddileu {table}</translation>
    </message>
    <message>
        <source>{desk} may not set {table}.{column}</source>
        <translation>ni chaiff {desk} osod {table}.{column}</translation>
    </message>
    <message>
        <source>{desk} may not change {table}.{field}</source>
        <translation>ni chaiff {desk} newid {table}.{field}</translation>
    </message>
    <message>
        <source>an unpaired desk ({desk_id})</source>
        <translation>desg heb ei pharu ({desk_id})</translation>
    </message>
    <message>
        <source>Refused: this bundle names one record under two tables. Nothing was imported.</source>
        <translation>Gwrthodwyd: mae&apos;r bwndel hwn yn enwi un cofnod o dan ddau dabl. Ni fewnforiwyd dim.</translation>
    </message>
    <message>
        <source>a record keeps its table</source>
        <translation>mae cofnod yn cadw ei dabl</translation>
    </message>
    <message>
        <source>Refused: this bundle holds a change to {table} from {who}, and {rule}. Nothing was imported.</source>
        <translation>Gwrthodwyd: mae&apos;r bwndel hwn yn cynnwys newid i {table} gan {who}, ond {rule}. Ni fewnforiwyd dim.</translation>
    </message>
    <message>
        <source>Refused: this bundle holds a change from {who}, and {rule}. Nothing was imported.</source>
        <translation>Gwrthodwyd: mae&apos;r bwndel hwn yn cynnwys newid gan {who}, ond {rule}. Ni fewnforiwyd dim.</translation>
    </message>
    <message>
        <source>Refused: this bundle holds a change to {table} from {who}, passed on by {sender}, and {rule}. Nothing was imported.</source>
        <translation>Gwrthodwyd: mae&apos;r bwndel hwn yn cynnwys newid i {table} gan {who}, wedi&apos;i anfon ymlaen gan {sender}, ond {rule}. Ni fewnforiwyd dim.</translation>
    </message>
    <message>
        <source>Refused: this bundle holds a change from {who}, passed on by {sender}, and {rule}. Nothing was imported.</source>
        <translation>Gwrthodwyd: mae&apos;r bwndel hwn yn cynnwys newid gan {who}, wedi&apos;i anfon ymlaen gan {sender}, ond {rule}. Ni fewnforiwyd dim.</translation>
    </message>
    <message>
        <source>its time stamp names a different desk</source>
        <translation>mae ei stamp amser yn enwi desg wahanol</translation>
    </message>
    <message>
        <source>{desk} sends only its own changes</source>
        <translation>dim ond ei newidiadau ei hun y mae {desk} yn eu hanfon</translation>
    </message>
    <message>
        <source>this desk never made it</source>
        <translation>ni chafodd ei greu erioed gan y ddesg hon</translation>
    </message>
    <message>
        <source>that desk&apos;s pairing was revoked here</source>
        <translation>cafodd y paru â&apos;r ddesg honno ei ddirymu yma</translation>
    </message>
    <message>
        <source>FSW Desk does not know what {desk} may change</source>
        <translation>nid yw FSW Desk yn gwybod beth y caiff {desk} ei newid</translation>
    </message>
    <message>
        <source>it names a {stored} record as {table}</source>
        <translation>mae&apos;n enwi cofnod {stored} fel {table}</translation>
    </message>
    <message>
        <source>{desk} may not change a prisoner&apos;s record</source>
        <translation>ni chaiff {desk} newid cofnod carcharor</translation>
    </message>
    <message>
        <source>{desk} may send a whole record only to create it</source>
        <translation>dim ond i&apos;w greu y caiff {desk} anfon cofnod cyfan</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Dadwneud</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Ailwneud</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Torri</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copïo</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Gludo</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Dileu</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Dewis y Cyfan</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>Show Details...</source>
        <translation>Dangos y Manylion...</translation>
    </message>
    <message>
        <source>Hide Details...</source>
        <translation>Cuddio&apos;r Manylion...</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>Iawn</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Cadw</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>Cadw&apos;r Cyfan</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Agor</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Iawn</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>Iawn i&apos;r &amp;Cyfan</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Na</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>Na i&apos;r C&amp;yfan</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Rhoi&apos;r Gorau Iddi</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Ceisio Eto</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Anwybyddu</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cau</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Canslo</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Taflu</translation>
    </message>
    <message>
        <source>Don&apos;t Save</source>
        <translation>Peidio â Chadw</translation>
    </message>
    <message>
        <source>Close without Saving</source>
        <translation>Cau heb Gadw</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Cymorth</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Gweithredu</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Ailosod</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Adfer y Rhagosodiadau</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Dadwneud</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Ailwneud</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Torri</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copïo</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Gludo</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Dileu</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Dewis y Cyfan</translation>
    </message>
    <message>
        <source>Copy &amp;Link Location</source>
        <translation>Copïo Lleoliad y &amp;Ddolen</translation>
    </message>
</context>
<context>
    <name>QWizard</name>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Nôl</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Nesaf &gt;</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Nesaf</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Gorffen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Canslo</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Cymorth</translation>
    </message>
    <message>
        <source>Go Back</source>
        <translation>Mynd yn Ôl</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Parhau</translation>
    </message>
    <message>
        <source>Commit</source>
        <translation>Ymrwymo</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Wedi Gorffen</translation>
    </message>
</context>
</TS>
