<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="cy_GB">
<context>
    <name></name>
    <message>
        <source>Family support worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visitor centre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <comment>an entry&apos;s kind in the audit trail</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only my &amp;entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only my entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <comment>from one date to another</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From</source>
        <comment>a date</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Action</source>
        <comment>an entry&apos;s kind in the audit trail</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No entries in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counts by action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The trail is append-only and names records by reference, never by what they hold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In this period: {counts}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In this period: nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This window keeps its words until FSW Desk is next unlocked; new dialogs and the lock screen use the language you chose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Possible duplicates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Likeness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The other</source>
        <comment>record</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why they look alike</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge two records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep which record? Everything linked to the other (its case, visits, bookings, applications, restrictions, consents) moves to the one you keep, details it lacks are copied over, and the other record is removed on this desk and, at the next sync, on paired desks. The merge is kept in the audit trail and the case history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep &amp;1: {name} ({detail})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep &amp;2: {name} ({detail})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is listed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Possible duplicate people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No likely duplicates. People marked as different are not offered again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge with Alt+M; mark as different people with Alt+D.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Merge…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge the selected pair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Different people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark the selected pair as different people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Likeness is out of 100. Check the records before merging: a merge cannot be undone with a button, though the audit trail and case history keep what it did.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking for possible duplicates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>among everyone on this desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n likely duplicate pair {where}.|%n likely duplicate pairs {where}.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No likely duplicates {where}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a pair first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} ({ref}) and {other_name} ({other_ref}) are marked as different people and will not be offered again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for the people of the new referral {ref}: they may already be on this desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FSW Desk — locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FSW Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This profile is locked. Enter your passphrase to continue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show</source>
        <comment>the passphrase</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show or hide the passphrase (Alt+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore from &amp;backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Forgotten your passphrase?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forgotten your passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New passphrase set. Unlock with it now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide</source>
        <comment>the passphrase</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type your passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlocking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{message}… {percent}%</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>That passphrase was wrong %n time. Try again.|That passphrase was wrong %n times. Try again.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>That passphrase was wrong %n time. You can try again in {seconds} s.|That passphrase was wrong %n times. You can try again in {seconds} s.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Change passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New passphrase again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Current</source>
        <comment>the passphrase</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New</source>
        <comment>the passphrase</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also &amp;re-encrypt the whole profile (if someone may have seen the old passphrase)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also re-encrypt the whole profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Takes longer. The recovery key and the passphrases of earlier backups stop opening this profile; make a new recovery key afterwards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anyone with this recovery key can set a new passphrase and read every record in this profile. Keep it like a door key: written down or printed, locked away, never on this computer. Making a new recovery key (File &gt; Make a recovery key) stops this one working.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FSW Desk recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Desk: {desk}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made: {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forgotten your passphrase?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If the passphrase is forgotten: on the lock screen choose {button}, type this key and choose a new passphrase. All the data stays.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write this recovery key down or print it now. It is shown only once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saves a one-page PDF to print (delete it once printed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I have &amp;kept it safe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the PDF now, then delete it: anyone who finds that file can open this profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new recovery key replaces any earlier one, which then stops working. Make one now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the recovery key made for this profile (in the setup or later from the File menu) and choose a new passphrase. All your data stays as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Set new passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setting the new passphrase…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <comment>of record</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ref</source>
        <comment>a record&apos;s reference</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep records for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> months</source>
        <comment>after a number of months kept</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{kind}: months kept {clock}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records due for deletion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is due for deletion under the current policy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleting removes the record and everything that belongs only to it, on this desk and, at the next sync, on paired desks. Names and notes are overwritten, including in the change history, and the file is compacted. This cannot be undone; backups made before still hold the records until they are replaced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select &amp;all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select all due records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete selected…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete selected records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due for deletion</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n due.</source>
        <comment>records due for deletion</comment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing is due for deletion.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the records to delete first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete {records} and everything that belongs only to them?

This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compacting the database file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleting records</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n item(s), {records} records in all.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Kept, because other records still point at them: {people}. They will be due once those records go.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock after idle (minutes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lock after idle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review every (months)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Review every</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flag no contact after (weeks)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flag &amp;no contact after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warn of release within (weeks)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warn of &amp;release within</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Text size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of the desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Menus, pages and dialogs in Welsh or English, switched at once. Letters follow each person&apos;s own language.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lan&amp;guage / Iaith</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window layout, text size and language are kept outside the encrypted profile; nothing personal is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase protection: the older kind (moves to Argon2id at the next unlock)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Passphrase protection: Argon2id, {memory} of memory, %n iteration|Passphrase protection: Argon2id, {memory} of memory, %n iterations</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No recovery key: if the passphrase is forgotten, every record in this profile is lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A recovery key exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A recovery key exists, made {day} at {time}. Making a new one stops it working.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase protection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time for one unlock: measured when you re-tune.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time for one unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-t&amp;une for this computer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-tune the passphrase protection for this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About a second of work per unlock here, with at least 64 MiB of memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a new recovery &amp;key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a new recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-tune for this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type your passphrase. Its protection is measured again on this computer
(about a second of work per unlock); the passphrase stays the same.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time for one unlock on this computer: {seconds} s (just measured).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-tuned. {cost}; one unlock takes {seconds} s here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referral sources, one per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcomes: group, outcome and scoring guidance per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Referral sources
(one per line)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Outcomes
(Group | Outcome | guidance)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application types: type and working days to respond, one per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application &amp;types
(type | working days
to respond)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removing an outcome keeps the scores already recorded against it. The eight standard application types always stay; you may change their days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Letter templates…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter templates</source>
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
        <source>Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject access and erasure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name, reference or prison number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find a person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search by name or prison number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export everything held about the person as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;rase person…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erase the person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export leaves out other people: family members, visitors and prisoners are third parties, and a do-not-disclose family member never appears in a prisoner&apos;s export. Erasure blanks the person everywhere, on paired desks too at the next sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the person first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save subject access export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erase person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erase now? This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erasing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erasure refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the person cannot be erased</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{ref} cannot be erased:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visit {ref}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{visit} on {date}, {starts}–{ends}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{visit} on {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{who} · visit {status}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Travel claim for {ref}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Travel claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claim marked so far</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claim &amp;made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Not claiming</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claim made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not claiming</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;After the visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In ad&amp;vance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claimed after the visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claimed in advance, before the visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up to 28 days before the visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <comment>the claim was made</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date the claim was made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the family is not claiming</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. a friend drove them; no cost to claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Form message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This family is not marked as eligible for help with travel costs. Mark them eligible on their case (Help with travel costs) first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marked made on {date} (in advance).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marked made on {date}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marked not claiming on {date}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marked not claiming.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visit status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Help with travel costs: {family}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Help with travel costs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Families on a low income can claim the cost of travel to a prison visit under the assisted prison visits scheme: within 28 days after the visit, or up to 28 days before it in advance. Each attended visit of an eligible family is on Today until its claim is marked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eligibility of {family} ({ref})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Eligible: the family is claiming help with travel costs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eligible for help with travel costs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eligible since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eligible &amp;since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Travel claims of this family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visits and their travel claims</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No attended visits yet, and none booked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter or double-click marks the claim for a visit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark &amp;claim…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark claim for the selected visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark the selected visit&apos;s claim made or not claiming</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;eligibility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save eligibility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a visit in the list first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved: eligible since {date}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About this desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These details stay inside the encrypted profile on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Desk name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Family support desk, B wing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Establishment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. HMP Northfield</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your &amp;name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Desk name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Establishment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Four or more unrelated words is easy to remember and hard to guess. There is no way to recover the data without it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase strength</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase feedback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrases match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a passphrase: four or more words, or at least 12 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>They match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>They do not match yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If the passphrase is ever forgotten, this key sets a new one and keeps all the data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write it down or print it now: it is shown only once. Anyone holding it can open this profile, so keep it like a door key, locked away from the computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Skip the recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip the recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without a recovery key, a forgotten passphrase loses every record in this profile for good. You can make one later from the File menu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(skipped)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set up FSW Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First-run setup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select All</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>Show Details...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide Details...</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Don&apos;t Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close without Saving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy &amp;Link Location</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QWizard</name>
    <message>
        <source>&lt; &amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
