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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You had an unsaved “{form}” open when FSW Desk locked at {time}. Restore it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FSW Desk backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase of the backup:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restoring replaces everything in this profile with the backup. Continue?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restoring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored. Unlock with the backup&apos;s passphrase.</source>
        <translation type="unfinished"></translation>
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
        <source>Change passphrase</source>
        <translation>Newid y cyfrinymadrodd</translation>
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
        <source>Print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview of {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the folder the PDF was saved in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Argraffu…</translation>
    </message>
    <message>
        <source>Print on a printer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as a PDF file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the printer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent to {where}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved to {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the folder the file was saved in</source>
        <translation type="unfinished"></translation>
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
        <source>Letter templates</source>
        <translation>Templedi llythyrau</translation>
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
        <source>Case</source>
        <translation>Achos</translation>
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
        <source>Travel claim</source>
        <translation>Hawliad costau teithio</translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessment kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessment date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scores are for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessment notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scores &amp;for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Need: {area}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{area}: practical or emotional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{term} term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{area}: short or long term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome scores (1 = greatest need, 5 = no concern)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not scored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score: {outcome}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Form message</source>
        <translation>Neges y ffurflen</translation>
    </message>
    <message numerus="yes">
        <source>%n of {total} outcomes not scored yet.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Every outcome scored.</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Why it is corrected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct contact {ref}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was first written stays in the case&apos;s History beside the correction.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete contact {ref}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Why it is deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the {kind} of {date}? Only for a contact logged in error (wrong case, twice). It leaves the contacts list; the History and the audit trail keep that it was deleted, and why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact {ref}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Dyddiad</translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{kind} (did not reach the family)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n minutes</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who was present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linked goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No note.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Correct…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put this contact right; the original stays in the History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished">Dileu</translation>
    </message>
    <message>
        <source>Delete a contact logged in error, with a reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open cases, stages, overdue reviews and the waiting list are as on the day each summary was made. Applications, visits and family days are counted by whole calendar month, every month the period touches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Establishment</source>
        <translation>Sefydliad</translation>
    </message>
    <message>
        <source>Worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviews overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days to first contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applications on time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcomes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each child&apos;s first score against their latest in the period, per outcome (as in the i-HOP evaluation&apos;s Table 4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Improved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scored twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Improved %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One score only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made by FSW Desk from workers&apos; summaries. Summaries carry no names unless a worker chose to include them for supervision; people who must not be disclosed are never included.</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>partly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;uration (minutes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Who was present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Support given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Linked goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Given name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Family name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Relationship to prisoner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Is the &amp;prisoner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of &amp;birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ethnicity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Supported directly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do &amp;not disclose to the prisoner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide this person&apos;s involvement from the prisoner, e.g. in domestic abuse cases.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>School (child)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>School contact (child)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cared for by (child)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Told where the parent is (child)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Child&apos;s own views</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the child agrees may be shared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prison number (prisoner)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Establishment (prisoner)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wing (prisoner)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sentence type (prisoner)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offence category (prisoner)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sentence length, months (prisoner)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected release (prisoner)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offender Manager (prisoner)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Probation provider (prisoner)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Involvement with the service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lead professional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;CAF/TAF in place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead professional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What &amp;happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Onward referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Planned closure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick when the ending was planned with the family. {reasons} is never planned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A final assessment with outcome scores is needed first, unless contact was lost. Tick Planned closure only for an ending planned with the family.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopen case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation type="unfinished">&amp;O</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Appeal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact restriction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Concern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Escalated to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalated &amp;on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safeguarding concern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any / purpose only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pu&amp;rpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Given on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;How</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Single point of &amp;contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;rea</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What they &amp;offer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;ligibility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details last checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flag on {ref}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolve a flag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{booking} on {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the booking is flagged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel the visit (the visiting order is given back)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel the visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Decline the family-day place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Move to another session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep as it is (do not change), because:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session to move to</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{date} {starts}–{ends} {room} (%n open places)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Why the booking is kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Security agreed this visit goes ahead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prepare &amp;handover to {desk}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prepare handover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No worker desk at {establishment} is paired with this desk, so the case cannot be handed over from here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Resolve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the {field}: tick Set and choose the date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard changes?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This form has changes that are not saved. Save them, discard them, or go back to the form?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem: {field}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n thing to put right, marked below its field.|%n things to put right, marked below their fields.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>New referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If there is no phone: where letters reach them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the referrer: any risks to the family, to staff, or from contact?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referral date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referral source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referrer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referrer contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prisoner given name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prisoner family name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prison number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family contact given name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family contact family name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relationship to prisoner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family contact phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family contact address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reasons for referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Referrer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referrer &amp;contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prisoner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prison &amp;number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family contact (needed: a name, and a phone or an address)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Given name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reasons, risk and consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong ({name}). Your data is safe: everything saved before this is kept. Try again; if it keeps happening, lock FSW Desk and unlock it, or restart it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong ({error}). Nothing was changed.</source>
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
