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
        <source>(no name)</source>
        <translation>(dim enw)</translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FSW Desk — {desk}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FSW Desk main window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search visitors, families and prison numbers (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search people, cases and prison numbers (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Global search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New referral…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back up…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Check database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change &amp;passphrase…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a &amp;recovery key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit &amp;lists…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter te&amp;mplates…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import caseload…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport caseload…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save import &amp;template…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data &amp;protection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Audit trail…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Retention…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Subject access export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Erase person…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Possible &amp;duplicates…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished">&amp;Cymorth</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlocked · Ctrl+L locks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <comment>last sync</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last export: {exported} · Last import: {imported}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{warning}: their involvement must not be shared with the prisoner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log contact (caseload or case)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record assessment (case)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the selected case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referral saved as {ref}: log the first contact with Ctrl+K</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backing up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup verified: {rows} rows in {file}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking every page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check found problems. Restore from your latest backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is healthy: every page checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changing the passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change passphrase</source>
        <translation>Newid y cyfrinymadrodd</translation>
    </message>
    <message>
        <source>Passphrase changed. Use the new one from now on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile was re-encrypted: make a new recovery key (File menu).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export caseload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting the caseload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported {rows} rows to {file}. The file is not encrypted: keep it safe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save import template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The template could not be saved ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template saved as {file}</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of the letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;For</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lan&amp;guage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How it is sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appointment date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Thursday 12 March</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. the family centre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Appointment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lawful basis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lawful basis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why it is sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. to confirm the visit booked on the phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not offered: {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks on this letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Argraffu</translation>
    </message>
    <message>
        <source>Open f&amp;older</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody here can receive a letter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a template.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} prefers another language: {note}. Arrange an interpreter or a translation; this letter prints in the language chosen above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready to print. Printing or saving records the letter as sent, in the case&apos;s history and the audit trail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save letter as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved to {path}. The letter is recorded as sent ({ref}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed on {printer}. The letter is recorded as sent ({ref}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter {ref} recorded as sent to {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter as printed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The letter as printed</source>
        <translation type="unfinished"></translation>
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
        <source>Done</source>
        <translation>Wedi gorffen</translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter templates</source>
        <translation>Templedi llythyrau</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation type="unfinished">&amp;Newydd</translation>
    </message>
    <message>
        <source>New template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;ame</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language the letter is written in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter text with merge fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Letter text: merge fields in braces, e.g. {example}; a blank line starts a new paragraph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge fields: {fields}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template preview with made-up details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem with the template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the changes to this template first, or close without saving them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} (as shipped)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the template &apos;{name}&apos;? Letters already printed from it keep their record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished">Math</translation>
    </message>
    <message>
        <source>Places</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{families} families / {people} people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clearance by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New family day…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;families…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Request a place…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Allocate places…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clearance and photos…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>O&amp;verride priority…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a&amp;ttendance…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print &amp;attendee list…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print &amp;security list…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invitation &amp;letter…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No family days planned. Plan one with New family day (Alt+N).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a family day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests for places, by priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No requests for places on this day yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{day}, {date} at {place}. {requests} requests; {families} families and {people} people allocated of {capacity_families} families / {capacity_people} people. Ranked by need, never by incentive level.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the person the letter is for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the recipient&apos;s family name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the address used (the wing, for a prisoner)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the prisoner&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the prisoner&apos;s prison number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the prison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the prisoner&apos;s wing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the family&apos;s case reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the visit&apos;s date (from a booking)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the session&apos;s times, e.g. 14:00 to 16:00 (from a booking)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>where the visit is held (from a booking)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>social visit, closed visit... (from a booking)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the visitors on the booking (from a booking)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the booking&apos;s reference (from a booking)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the family day&apos;s name (from a family-day place)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the family day&apos;s date (from a family-day place)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>where the family day is held (from a family-day place)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the last day for security clearance (from a family-day place)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>who has a place (from a family-day place)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID and what security asks for (visits and family days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the appointment&apos;s date (typed in the letter dialog)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the appointment&apos;s time (typed in the letter dialog)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>where the appointment is (typed in the letter dialog)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the application&apos;s reference (from an application)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>what the application asked for (from an application)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>when the application was received (from an application)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the response written to the prisoner (from an application)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the application&apos;s outcome (from an application)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the worker who prints the letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this desk&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>today&apos;s date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The template is too long ({length} characters; {most} at most). A letter is a page or two: shorten it, or split it into two templates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line {line}: a single &apos;{token}&apos; is not a merge field. Write merge fields as {example}; for a brace on the page write it twice, {{{{ or }}}}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line {line}: {typed} is not a merge field FSW Desk knows. Did you mean {near}? The merge fields are: {known}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line {line}: {typed} is not a merge field FSW Desk knows. The merge fields are: {known}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the letter: the template is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This letter uses {field} ({what}), which is not known here: {needs}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This letter uses {field} ({what}), which is not known here. Fill it in, or choose another template.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview with made-up details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New family day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Places: &amp;families</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Places: &amp;people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Youngest child (0 = any)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Oldest child (0 = any)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security &amp;clearance by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;lace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;rogramme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request a place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The prisoner&apos;s family who may have an open visit are included; anyone banned, not approved or on closed visits only, and children outside the day&apos;s ages, are left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request saved, with warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: clearance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: photo consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clearance for {ref}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Added %n families.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>… and {count} more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Families added, with warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allocated {families} families ({people} people); {waiting} waiting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a family&apos;s place in the list of requests first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Override priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New priority for {ref}:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why? (recorded with the request)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Did {ref} attend?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feedback from the family (optional):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Enw</translation>
    </message>
    <message>
        <source>Request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clearance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photo consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendee list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prison no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} not yet cleared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title}: {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed {date} from FSW Desk. Contains personal data: keep secure and destroy after the event.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save attendees as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendees CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôl</translation>
    </message>
    <message>
        <source>Paired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>out</source>
        <comment>a bundle sent</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in</source>
        <comment>a bundle received</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standing value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <comment>the desk of the standing value</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From </source>
        <comment>the desk of the other value</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Achos</translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DO NOT DISCLOSE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>prisoner</source>
        <comment>relationship</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{age} (age band {band})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restrictions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>School / carer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Was</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appeal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purpose / agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Concern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalated to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to caseload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the page this case was opened from (Alt+Left)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not disclose warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log &amp;contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log a contact (Ctrl+K)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record an assessment (Ctrl+Shift+A)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a family member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a goal to the support plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cl&amp;ose case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print a letter to someone in this family, or the prisoner (an appointment, or another template)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add task…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead professional and CAF/TAF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Onward referral…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact restriction…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safeguarding concern…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record consent…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit selected person…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Help with travel costs…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject access or erasure of selected person…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter about the selected visit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No one recorded on this case yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;eople</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome scores over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessments and o&amp;utcomes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goal / task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Onward referrals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No onward referrals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;lan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No contacts yet. Log one with Ctrl+K.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter or double-click opens a contact to read, correct or delete it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co&amp;ntacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact restrictions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No contact restrictions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safeguarding concerns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No safeguarding concerns recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No consents recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Concerns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Visits &amp;&amp; applications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This family&apos;s visits, family-day places and applications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Safeguarding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact restrictions, safeguarding concerns and consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visits of this family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No visits booked for this family&apos;s prisoner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family-day places of this family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No family-day places asked for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applications of this case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No applications from this case&apos;s prisoner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letters sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No letters printed for this family (Letter… above).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family-day places</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter or double-click opens it on its own page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Help with &amp;travel costs…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eligibility for the assisted prison visits scheme, and each visit&apos;s claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Travel clai&amp;m…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Travel claim for the selected visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to {page}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage: {stage}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage: {stage} ({status})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DO NOT DISCLOSE to the prisoner: {names}. Their involvement must not be shared with him or her.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;open case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{heading}: {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Travel costs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not yet</source>
        <comment>first contact</comment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{date} (%n day after referral)|{date} (%n days after referral)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>{date} by {source} ({referrer})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{date} by {source}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MISSING: record the initial assessment with scores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{date}: {reason} (planned)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{date}: {reason} (unplanned)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{date}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not recorded — ask the referrer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{first}; failed attempts before: {failed}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recorded</source>
        <comment>baseline</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CAF/TAF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{people} ({supported} supported directly)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{successful} successful, {failed} failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{scores}, {needs}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n score|%n scores</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n need|%n needs</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>{counted}; not scored: {unscored}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{nature}, {term} term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean outcome score per group at each assessment (1 = greatest need, 5 = no concern)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no scores yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not set</source>
        <comment>lead professional</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead professional: {lead} · CAF/TAF in place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead professional: {lead}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OVERDUE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved, with warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a goal first; tasks belong to goals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This family has no visits yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a visit in the family&apos;s Visits list first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visit booking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visitor on a booking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family day place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family day visitor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restriction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync sends your changes to a paired desk: cases to another worker&apos;s desk, visits and families to the visitor centre. Your supervisor gets a summary instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync sends the visits, bookings, visitors and family days recorded here to the family support workers&apos; desks, and brings back the families and visits they share with you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workers send this desk their summaries: import them here or with “Import summaries…” on the Team page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pair with a desk first. Ask the other desk for its identity file (its Sync page, “Export my identity…”), then choose “Pair with a desk…” here (Alt+P), pick that file and compare the fingerprint with the other desk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{desk} is a supervisor&apos;s desk: it takes summaries, not sync or handover bundles. Choose “Summary for my supervisor” as the kind.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{desk} is not a supervisor&apos;s desk: summaries go only to your supervisor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{desk} is not a family support worker&apos;s desk: a case is handed over only to a worker.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pair with a desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the other desk to read out its fingerprint (Sync page) and compare every group:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fingerprint {groups}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name for this desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call it:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The other desk read out exactly these numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fingerprints match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This desk&apos;s fingerprint {fingerprint}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export my &amp;identity…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export my identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paired desks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No desks paired yet. Pair with a desk (Alt+P) from its identity file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pair with a desk…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;name…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;voke</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bundles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export to desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync: changes since the last bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handover: one case, whole</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary for my supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bundle kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include &amp;names for supervision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include names for supervision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summaries carry no names unless you tick this; it is recorded. People who must not be disclosed are never included.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case reference, e.g. C-7K3QM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case to hand over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only what changed since a date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything since date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export bundle…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I&amp;mport bundle…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A supervisor&apos;s desk sends no bundles: workers send it their summaries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summaries are received, not sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Or drop a bundle file anywhere on this page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflicts to review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same field was changed on two desks before they synced. Every desk shows the same standing value; confirm it or choose. Your choice travels with the next sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No conflicts to review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep &amp;mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take &amp;theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bundle history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No bundles made or imported yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FSW Desk identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity exported: give the file to the other desk. It holds public keys only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pair with a desk: the other desk&apos;s identity file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop trusting {desk}? Its bundles will be refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FSW Desk bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary of {cases} cases, {bytes} bytes, encrypted for {desk}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Names were included, as you chose; this is recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No names, addresses or notes are in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bundle exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{changes} changes, {bytes} bytes, encrypted for the chosen desk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported: see the Team page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This summary was imported before. Nothing changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This bundle was imported before. Nothing changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From {desk}: {added} added, {updated} updated, {conflicts} new conflicts to review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bundle imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>among the people from {desk}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value for {field}:</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{status} · overbooked</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n visitor, lead visitor {lead}|%n visitors, lead visitor {lead}</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>First visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FIRST VISIT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ref</source>
        <translation type="unfinished">Cyfeirnod</translation>
    </message>
    <message>
        <source>Monday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Friday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>◀ &amp;Previous week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;This week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next &amp;week ▶</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Book a visit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New session &amp;template…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xtra session…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>B&amp;lock date…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rules…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week of visit sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a session to see its bookings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Travel claim</source>
        <translation>Hawliad costau teithio</translation>
    </message>
    <message>
        <source>Bookings in the session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a session in the week above to see its bookings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change &amp;status…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record &amp;outcome…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record outcomes for the se&amp;ssion…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Visitor: ban or closed visits…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Travel &amp;claim…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L&amp;etter…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark the selected visit&apos;s travel claim made or not claiming</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open flags</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>⚑ %n open flag|⚑ %n open flags</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Fl&amp;agged bookings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolve fla&amp;g…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prisoner &amp;moved or released…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flagged: {cause}. {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No booking is flagged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flagged bookings: {count}. Choose one and Resolve flag.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolve flag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a flagged booking first (Flagged bookings lists them).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prisoner moved or released</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a booking; its prisoner is used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: moved or released</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transferred to another establishment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;establishment (for a transfer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every future visit and family-day place of this prisoner is checked again; any that no longer pass are flagged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No open flags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week of {monday} – {sunday}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BLOCKED: {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open {open_booked}/{open_places} · Closed {closed_booked}/{closed_places}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No bookings in this session yet. Book a visit with Ctrl+B.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{date}: {count} booking(s), %n first-time family|{date}: {count} booking(s), %n first-time families</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>{date}: {count} booking(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a booking first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Booked: reference {ref}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{ref} has an outcome ({outcome}): its status is final. Record a different outcome if that one is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{ref} is {status}: that is final.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the prisoner from the list as you type, or choose &quot;Not on file yet&quot; and give the name and number below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Route</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledge by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Respond by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Led to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note (internal)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History of {ref}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every change of status, oldest first. Notes are internal: they never go on the slip.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal notes: {notes}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No history recorded for this application.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type part of a name or prison number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue or due today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show</source>
        <comment>which applications</comment>
        <translation type="unfinished">Dangos</translation>
    </message>
    <message>
        <source>Search: name, number, what was asked…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search applications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows the applications whose prisoner, prison number, type, route, status or reference hold every word typed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New application…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Respond…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print response s&amp;lip…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>H&amp;istory…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le&amp;tter…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One step &amp;onward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One step onward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a referral, book a visit or request a family-day place from this application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a &amp;referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request a &amp;family-day place…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fig&amp;ures…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update &amp;bank holidays…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bank holidays warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No application matches &quot;{searched}&quot;. Clear the search to see them all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No applications yet. Log one with New application (Alt+N) when it comes in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to show under &quot;{shown}&quot;. Choose All to see every application.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{shown} shown, {overdue} overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an application in the list first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an application first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the reply the prisoner will read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not on file yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Received on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At (HH:MM)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Route</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Asks for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Prisoner (type to search)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name (if not on file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prison number (if not on file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the prisoner&apos;s &amp;words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{ref} is {status}: nothing follows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now {status}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To mark it responded, use Respond: it records what was done and the outcome for the slip.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change status of {ref}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note (internal)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forwarded to (department)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{ref} stays {status}; the response goes on its slip.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Respond to {ref}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What we &amp;did (the prisoner reads this)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The &amp;outcome, in plain words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Bad news: give it in person, privately, with support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response slip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Respond first: the slip says what was done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response slip {ref}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This application is already linked to a case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referral {ref} opened from application {application}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This prisoner is not on file yet: open a referral first, then add their family to the case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family-day place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No family day is planned: add one on Family days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family-day place from {ref}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family &amp;day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The prisoner&apos;s family who may visit are put forward; children outside the day&apos;s ages are left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applications: figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From (received on or after)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;To (received on or before)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figures count the applications received in the period, both dates included.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{start} to {end}: {total} applications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledged: median {median} working days, 90th percentile {p90}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responded: median {median} working days, 90th percentile {p90}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered on time: {on_time} of {considered} ({share})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By what was asked:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By route:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applications: figures, {start} to {end}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bank holidays file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bank holidays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now {status}. Every change keeps its reason in the booking&apos;s history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visitor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a booking; its visitors are offered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visitor: ban or closed visits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Visitor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ban from visiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lift a ban</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed visits only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lift closed-visits restriction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdraw approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason (for a ban)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ban &amp;until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New session template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Afternoon visits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Weekdays (MO TU WE TH FR SA SU)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main visits hall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid &amp;from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid &amp;to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Repeats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every other week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open places</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Closed places</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counts as an adult from age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Most visitors per booking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Most adults per booking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Most children per booking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Least notice (days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Most notice (days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visiting orders per month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Establishment rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The establishment&apos;s own rules for visit bookings. They apply to every booking checked from now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a booking in the list first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened at {ref}?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record outcomes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a session in the week above first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extra session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Block a date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All &amp;sessions that day</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why this rank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allocate places</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allocate places: {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposed allocation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proposed allocation, by need (never by incentive level). Nothing is saved until you confirm. Move a family between allocated and waiting if you must: the reason is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Totals against places</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Families in rank order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Move to waiting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move between allocated and waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Confirm allocation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm allocation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Give a place…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Form message</source>
        <translation>Neges y ffurflen</translation>
    </message>
    <message>
        <source>No priority points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved by staff: {reason} · was {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ALLOCATED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allocated: {families} of {capacity_families} families, {people} of {capacity_people} people · Waiting: {waiting} families</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OVER THE PLACES: move a family to waiting before confirming</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n moved by staff</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Why should {name} be waiting? (kept with the family&apos;s priority)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why should {name} be allocated? (kept with the family&apos;s priority)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move a family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why the family is moved: the reason is kept.</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{date}, overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next supervision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discussed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreed actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next</source>
        <comment>the next supervision&apos;s date</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import workers&apos; summaries on the Team page: each worker whose summary is on this desk is listed here, with their supervision notes, agreed actions and the date of their next supervision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No summaries yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Workers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workers</source>
        <translation>Gweithwyr</translation>
    </message>
    <message>
        <source>Each worker whose summary is on this desk, with their next supervision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chosen worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New note…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a supervision session with this worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit note…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the selected note (or press Enter on it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected note, after asking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervision notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No supervision notes for this worker yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Newest first. Enter or double-click edits a note; Delete removes it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected supervision note</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n worker|%n workers</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overdue for supervision</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with no next date set</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>{workers}, {overdue}, {unset}.</source>
        <comment>the team: workers, overdue, no next date</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{workers}, {overdue}.</source>
        <comment>the team: workers, overdue</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{workers}, {unset}.</source>
        <comment>the team: workers, no next date</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{workers}.</source>
        <comment>the team: workers</comment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n note|%n notes</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>no notes yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervision with {worker} · {desk} ({notes})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervision with {worker} ({notes})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No supervision notes with {worker} yet. Choose {button} to record one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New note…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervision on {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next supervision:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was discussed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervision note: {worker}, {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New supervision note: {worker}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was d&amp;iscussed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Agreed actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next supervision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick Set and choose the date agreed for the next supervision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept only on this desk: supervision notes never leave in a bundle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete supervision note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the note of the supervision with {worker} on {date}?

It cannot be brought back.</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Others</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>improved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>worse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcomes: first score to latest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open cases by stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title} (no data: {workers})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcomes across the team: first score to latest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Children by age band</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>children</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Children by gender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Children by ethnicity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referral sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>referrals</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{title}: the {shown} highest of %n workers</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more workers in the table, which sorts by any column</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{place} (%n worker)|{place} (%n workers)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Open cases per worker by establishment (average), against 40</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open cases per worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>40 per worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue reviews and waiting list by establishment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reviews overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting for first contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open cases</source>
        <translation>Achosion agored</translation>
    </message>
    <message>
        <source>Referral to first contact (median days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>median days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applications answered on time by establishment (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>answered on time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visits held and attended by establishment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>attended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family days held by establishment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>family days held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open cases per worker, against 40</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue reviews and waiting list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applications answered on time (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visits held and attended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family days: families attending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>families attended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applications, visits and family days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applications received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered on time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visits held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visits attended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family days held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Families attended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{open} (target {target})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referred in period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed in period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviews overdue</source>
        <translation>Adolygiadau yn hwyr</translation>
    </message>
    <message>
        <source>Waiting for first contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{waiting} (longest %n days)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Referral to first contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>median {days} days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Children in cases worked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applications answered on time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{share} ({answered} of {considered})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visits held / attended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family days held / families</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Travel claims made / missed</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This quarter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last quarter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This financial year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chosen dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <comment>between two dates</comment>
        <translation type="unfinished">hyd at</translation>
    </message>
    <message>
        <source>Case {reference} — {worker}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closure reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{area} ({nature}, {term} term)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>← &amp;Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Supervision notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervision notes for this worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No open cases. Start one with New referral (Ctrl+N), or bring in a spreadsheet with File → Import caseload.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No cases match. Clear the search, or choose All cases and Any stage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search by name, case reference or prison number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search caseload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case status filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New</source>
        <comment>case stage</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessed</source>
        <comment>case stage</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned</source>
        <comment>case stage</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <comment>case stage</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review due</source>
        <comment>case stage</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caseload table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log contact for the selected case</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n case|%n cases</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Cases in this worker&apos;s summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, {count} earlier kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>names included</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import summaries…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import summaries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workers&apos; summary bundles: choose several at once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No workers&apos; summaries yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pair with each worker&apos;s desk: the worker saves an identity file with “Export my identity…” on their Sync page; on this desk&apos;s Sync page choose “Pair with a desk…”, pick that file and compare the fingerprint with the worker.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The worker sends a summary: on their Sync page, To: this desk, Kind: “Summary for my supervisor”, then “Export bundle…”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Here, choose “Import summaries…” and pick the summary files (several at once if you like).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No worker matches the filter: clear it to see the whole team.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click or press Enter to see a worker&apos;s figures and cases; click a heading to sort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter workers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by worker, desk or establishment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filte&amp;r</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{shown} of {all} shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All establishments ({workers} workers)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{workers} workers in {places} establishments · newest summary {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{workers} workers · newest summary {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import workers&apos; summaries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FSW bundles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing summaries</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n summary imported|%n summaries imported</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>{imported}; {count} imported before, nothing changed</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ex-partner</source>
        <comment>relationship</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>child</source>
        <comment>relationship</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step-parent</source>
        <comment>relationship</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>grandparent carer</source>
        <comment>relationship</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sibling</source>
        <comment>relationship</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new partner</source>
        <comment>relationship</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>other</source>
        <comment>relationship</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} ({relationship})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} ({relationship}, {age})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Book a visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visit date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visitors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead visitor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visit type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local-authority assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who will support the parent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Prisoner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Visitors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a &amp;new visitor…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a new visitor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lead visitor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visit &amp;type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LA assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support for parent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Booking check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Book</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Waiting list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Overbook…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{starts}–{ends} {room}: open {booked_open}/{open_capacity}, closed {booked_closed}/{closed_capacity} — BLOCKED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{starts}–{ends} {room}: open {booked_open}/{open_capacity}, closed {booked_closed}/{closed_capacity}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No session on this day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BANNED: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closed visits only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{visitor} — {flags}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New visitor</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for the new visitor: they may already be on this desk</source>
        <comment>follows: N likely duplicates / No likely duplicates</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{visitor} — new visitor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a prisoner and a session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✔ Can be booked: {adults} adult(s), {children} child(ren), closed visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✔ Can be booked: {adults} adult(s), {children} child(ren), open visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{can_be_booked} — session FULL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First visit for this family: the visitor centre will be told.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why does this visit need a place in a full session?</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letters and slips go out in this language; Welsh letters can be printed bilingually.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language note (for an interpreter)</source>
        <translation type="unfinished"></translation>
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
        <source>Prisoner</source>
        <translation>Carcharor</translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to the wing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Caniatâd</translation>
    </message>
    <message>
        <source>Legitimate interests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal obligation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vital interests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>prisoner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lead visitor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>visitor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} ({role}) · DO NOT DISCLOSE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} ({role})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is under {adult}: write to the adult who cares for them, who can share it with them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No such booking.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>booking {ref}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>booking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{ref} is flagged ({cause}): resolve the flag (Visits page, Resolve flag) before confirming the visit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{ref} is on the waiting list: only a booked visit is confirmed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{ref} is {status}: only a booked visit is confirmed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No such family-day place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>family-day place {ref}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>family-day place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No such application.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{ref} is from a prisoner not yet on file: add them first, then write the slip.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>application {ref}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>respond to the application first (Applications page, Respond)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No such case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>case {ref}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write it from a visit booking (Visits page, or the case&apos;s Visits tab)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write it from a family-day place (Family days page)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write it from the application (Applications page)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>type it in the letter dialog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write it from a visit booking or a family-day place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no prisoner is recorded here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no prison number is recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no wing is recorded for the prisoner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the prisoner has no case on this desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the family day has no clearance deadline recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose who the letter is for from the people on this {what}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No address is recorded for {name}: give the letter by hand, or add their address on the case first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A letter to {name} goes {ways}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> or </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} has a contact restriction in force ({kind}). No letter from this desk goes to them; talk to your supervisor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address used is also recorded for {name} ({ref}), who has a contact restriction in force ({kind}). Do not post it there: give the letter by hand, or check the address with your supervisor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} has a contact restriction in force ({kind}). Check this letter does not go to the person it protects.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is marked do not disclose: this letter is for them alone. Never give it, or a copy, to the prisoner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A bilingual letter needs this letter in Welsh and in English: there is no {language} template of this kind. Add one (File &gt; Edit lists &gt; Letter templates), or print it in one language.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This place is {status}, not allocated: an invitation goes once the place is allocated (Allocate places).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the lawful basis for sending it: {bases}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why the letter is sent (for example: to confirm the visit booked on the phone).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reason is too long ({most} characters at most): say why in a few lines.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A letter is written from a case, a booking, a family-day place or an application.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This letter&apos;s text is not on this desk: it was printed on another desk (its text stays there), or someone it named was erased.</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add families</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add families: {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add families to the family day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick each family to add and, on the right, who goes. Anyone who cannot come to this day (banned, not approved, closed visits only, outside the day&apos;s ages) cannot be ticked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search families by name or prison number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search families</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Families: tick to add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who goes: choose a family.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who goes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A relationship to &amp;repair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A relationship to repair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Places asked against places</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add ticked families</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add ticked families</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{family}  (already asked: {ref})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who goes: {family}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{family}: no family on record. Add family members to the case first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>family</source>
        <comment>a relationship not recorded</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{member}: {why_not}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking: {families} families, {people} people · Places: {capacity_families} families, {capacity_people} people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{totals} · more than the places: the rest will wait, by need</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>… and %n more, marked in red in the list (hover for the reason).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Problem</source>
        <comment>a line of the dry run</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <comment>a line of the dry run</comment>
        <translation type="unfinished">Nodyn</translation>
    </message>
    <message>
        <source>Merge with the person already there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip this row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the spreadsheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A .csv or .xlsx file with one row per person. Nothing is written until the last step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>caseload.xlsx</source>
        <comment>an example file name</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse for the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spreadsheets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be opened ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Match the columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For each of your headings, choose the template&apos;s column it holds. Headings that match are filled in; so is what you chose last time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your heading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Our column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remember this mapping for next time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remember this mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mapping message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Our column for {heading}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an unnamed column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(ignore this column)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dry run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every row was checked. Nothing has been written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dry run summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nearest accepted value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dry run report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns ignored: {columns}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{rows} rows: {families} families, {people} people, {assessments} assessments, {scores} scores.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n people are already in the profile: choose what to do next.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s): put them right in the file, then choose it again. Nothing has been written.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>People already in the profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose for each: merge (the person already there is updated from the file) or skip the row. Nobody is added twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already in the profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Merge all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Skip all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicates message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} ({ref} in case {case})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} ({ref})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choice for row {row}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose merge or skip for every row first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These choices cannot be imported: {problems}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <comment>the wizard&apos;s last page</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press Import to write everything in one go: all rows or none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready to import {families} families and {people} people, with {assessments} assessments and {scores} scores.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{merge} will be merged with people already in the profile and {skip} skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n note(s) in the dry run are worth a look.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Import caseload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing the caseload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>among the people just imported (with everyone on this desk)</source>
        <comment>follows: N likely duplicates / No likely duplicates</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{message} Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet or N/A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes, in place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Within three months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Within six months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quality statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan</source>
        <comment>a work plan&apos;s horizon</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished">Gweithred</translation>
    </message>
    <message>
        <source>Evidence and comments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead</source>
        <comment>who leads an action</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completion date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{in_place} of {total} in place, {in_progress} in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{in_place} of {total} in place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Self-assessment at a glance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print self-assessment and work plan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the self-assessment and the work plan as a PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quality statements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Assess item…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the selected checklist item&apos;s status and evidence (or press Enter on it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xpand all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Collapse all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter or double-click on an item to assess it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statement and checklist item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quality statements and checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each statement with its checklist items; Enter assesses an item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected statement or item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Self-assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add action…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an action to the work plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit action…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the selected action (or press Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected action, after asking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No work plan items yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions by statement and when; Enter edits, Delete removes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Work plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;{in_place} of {total}&lt;/b&gt; checklist items in place, {in_progress} in progress, {not_yet} not yet or not applicable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n action in the work plan.|%n actions in the work plan.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n action|%n actions</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a statement or a checklist item to see it in full, with suggestions for evidence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How can we evidence what we do? Some suggestions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assess item {item}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What shows this is in place or under way: records, plans, training logs, feedback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work plan: edit action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work plan: new action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quality statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Plan</source>
        <comment>a work plan&apos;s horizon</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Action</source>
        <translation type="unfinished">&amp;Gweithred</translation>
    </message>
    <message>
        <source>E&amp;vidence and comments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lead</source>
        <comment>who leads an action</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Completion date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose actions from the statements&apos; checklists that you wish to prioritise.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete this action from the work plan?

{action}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quality statements: self-assessment and work plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{desk}. Printed {date}. i-HOP Quality Statements and Toolkit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{in_place} of {total} checklist items in place, {in_progress} in progress, {not_yet} not yet or not applicable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Self-assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What can we do?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No actions in the work plan yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept on this desk only. Statuses: {statuses}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Self-assessment and work plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print self-assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{visitors} (lead {lead})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session, booking or family day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today and tomorrow in the visits hall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{date} · today {today}, tomorrow {tomorrow} ({booked} booked) · {waiting} waiting for approval · double-click a row (or press Enter) to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n session|%n sessions</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Tomorrow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bookings for “{text}” ({count})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No bookings from the last four weeks on for that name, prison number or reference.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{day}, {date}: no visit sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{when} — BLOCKED: {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{booked} of {places} booked, {left} left</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n visitors</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n first-time family|%n first-time families</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n on the waiting list</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>FIRST VISIT: meet them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{kind} · CLOSED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flagged: no longer pass their rules ({count})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for approval or clearance ({bookings} bookings, {visitors} family-day visitors not cleared)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>asked, not yet booked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing waiting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family days in the next eight weeks ({count})</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Clearance by {date} (%n days)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Clearance by {date} (today)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clearance by {date} (PASSED)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{allocated} of {places} allocated, {waiting} waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} to allocate</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n visitors not cleared yet</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No family days planned in the next eight weeks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Did not attend: visitor did not arrive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Did not attend: prisoner refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Did not attend: failed security</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled by the establishment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attended: ended early</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record outcomes: {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record outcomes for the session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened at each booking. Saved together; a booking&apos;s status follows its outcome.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead visitor (visitors)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bookings and their outcomes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome of {ref}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No booked visits in this session to record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark the rest &amp;attended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark the rest attended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not recorded (English)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welsh (Cymraeg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another language (say which, for an interpreter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the person&apos;s language from the list: English, Welsh, or another language.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say the language in a few words ({most} characters at most), e.g. &quot;Polish: interpreter needed&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say which language, so an interpreter can be found (e.g. &quot;Polish&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welsh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bilingual (Welsh first, then English)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>visit confirmation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>family-day invitation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>appointment letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>application response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No such letter template.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the template a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A template&apos;s name is {most} characters at most.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A letter is one of: {kinds}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A template is written in English or in Welsh.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a template called &apos;{name}&apos;. Choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This template was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter agencies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark &amp;checked today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Possible d&amp;uplicate people…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People typed twice with small differences: review, merge or keep apart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agencies table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No agencies yet. Add one with Add agency (Alt+A).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No agencies match. Clear the filter, or add one with Add agency (Alt+A).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save PDF report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save CSV figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The preview is what the PDF holds. Files you save are not encrypted: keep them where your service&apos;s policy says.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working out the figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{start} to {end}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team report</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{period} · %n worker, from their latest summaries|{period} · %n workers, from their latest summaries</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Desk report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{period} · this desk&apos;s own figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No workers&apos; summaries yet: import them on the Team page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no figures to print yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no figures to save yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n week|%n weeks</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overdue or due today</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n visit or family day today|%n visits or family days today</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n due soon</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n when you can</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Summary of today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today&apos;s work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Most urgent first. Enter opens the line where the work is done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{heading}: applications, tasks within {days} days, releases within {weeks}</source>
        <translation type="unfinished"></translation>
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
