<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>ApiCall</name>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message numerus="yes">
        <source>Too many failed sign-in attempts. The server blocks this computer for %n more second.</source>
        <translation>
            <numerusform>Zu viele fehlgeschlagene Anmeldeversuche. Der Server sperrt diesen Computer noch %n Sekunde.</numerusform>
            <numerusform>Zu viele fehlgeschlagene Anmeldeversuche. Der Server sperrt diesen Computer noch %n Sekunden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Too many failed sign-in attempts. The server blocks this computer for %n more seconds.</source>
        <translation>
            <numerusform>Zu viele fehlgeschlagene Anmeldeversuche. Der Server sperrt diesen Computer noch %n Sekunde.</numerusform>
            <numerusform>Zu viele fehlgeschlagene Anmeldeversuche. Der Server sperrt diesen Computer noch %n Sekunden.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ApiReply</name>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
</context>
<context>
    <name>CellState</name>
    <message>
        <source>Saved on this computer; not sent to the server yet.</source>
        <translation>Auf diesem Computer gespeichert, noch nicht an den Server gesendet.</translation>
    </message>
    <message>
        <source>Conflict: the value on the server changed since this edit.</source>
        <translation>Konflikt: Der Wert auf dem Server hat sich seit dieser Änderung geändert.</translation>
    </message>
    <message>
        <source>The server refused this change.</source>
        <translation>Der Server hat diese Änderung abgelehnt.</translation>
    </message>
</context>
<context>
    <name>DemoServer</name>
    <message>
        <source>The demo server is already running.</source>
        <translation>Der Demo-Server läuft bereits.</translation>
    </message>
    <message>
        <source>The demo server could not listen on the loopback interface.</source>
        <translation>Der Demo-Server konnte nicht auf der Loopback-Schnittstelle lauschen.</translation>
    </message>
</context>
<context>
    <name>EntityReplay</name>
    <message>
        <source>its parent could not be created</source>
        <translation>das übergeordnete Element konnte nicht angelegt werden</translation>
    </message>
    <message>
        <source>it was never created</source>
        <translation>es wurde nie angelegt</translation>
    </message>
</context>
<context>
    <name>InstanceGuard</name>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Der Ordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Cannot create the lock file %1.</source>
        <translation>Die Sperrdatei %1 kann nicht angelegt werden.</translation>
    </message>
</context>
<context>
    <name>ServerAddress</name>
    <message>
        <source>Enter the address of your actiTIME server.</source>
        <translation>Geben Sie die Adresse Ihres actiTIME-Servers ein.</translation>
    </message>
    <message>
        <source>This is not a valid server address. Example: https://actitime.example.com</source>
        <translation>Das ist keine gültige Serveradresse. Beispiel: https://actitime.example.com</translation>
    </message>
    <message>
        <source>The server address must start with https:// or http://.</source>
        <translation>Die Serveradresse muss mit https:// oder http:// beginnen.</translation>
    </message>
    <message>
        <source>Plain http would send your password unencrypted. Use the server&apos;s https:// address.</source>
        <translation>Mit unverschlüsseltem http würde Ihr Passwort im Klartext gesendet. Verwenden Sie die https://-Adresse des Servers.</translation>
    </message>
</context>
<context>
    <name>actidesk</name>
    <message>
        <source>Cannot reach %1: %2. Check the address and your connection.</source>
        <translation>%1 ist nicht erreichbar: %2. Prüfen Sie die Adresse und Ihre Verbindung.</translation>
    </message>
    <message>
        <source>the server stopped answering</source>
        <translation>der Server antwortet nicht mehr</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted: %1. Check the address; if your company uses its own certificate authority, ask your administrator for it.</source>
        <translation>Dem Zertifikat des Servers wird nicht vertraut: %1. Prüfen Sie die Adresse; wenn Ihre Firma eine eigene Zertifizierungsstelle verwendet, fragen Sie Ihren Administrator danach.</translation>
    </message>
    <message>
        <source>Wrong login or password. Note: three failed attempts block sign-in from this computer for a minute.</source>
        <translation>Anmeldename oder Passwort falsch. Hinweis: Nach drei Fehlversuchen ist die Anmeldung von diesem Computer für eine Minute gesperrt.</translation>
    </message>
    <message>
        <source>This account may not use actiTIME from ActiDesk (%1). Ask your actiTIME administrator.</source>
        <translation>Dieses Konto darf actiTIME nicht über ActiDesk nutzen (%1). Wenden Sie sich an Ihren actiTIME-Administrator.</translation>
    </message>
    <message>
        <source>This address answers, but not as an actiTIME server. Check the URL (for example https://company.actitime.com).</source>
        <translation>Unter dieser Adresse antwortet ein Server, aber kein actiTIME-Server. Prüfen Sie die URL (zum Beispiel https://company.actitime.com).</translation>
    </message>
    <message>
        <source>The server refused to sign in: %1</source>
        <translation>Der Server hat die Anmeldung abgelehnt: %1</translation>
    </message>
    <message>
        <source>The server had an internal error (HTTP %1). Try again later; if it persists, tell your administrator.</source>
        <translation>Auf dem Server ist ein interner Fehler aufgetreten (HTTP %1). Versuchen Sie es später erneut; wenn er bestehen bleibt, informieren Sie Ihren Administrator.</translation>
    </message>
</context>
<context>
    <name>actidesk::AboutDialog</name>
    <message>
        <source>About ActiDesk</source>
        <translation>Über ActiDesk</translation>
    </message>
    <message>
        <source>ActiDesk %1</source>
        <translation>ActiDesk %1</translation>
    </message>
    <message>
        <source>A fast, keyboard-first desktop client for actiTIME that keeps working offline.</source>
        <translation>Ein schneller, auf die Tastatur ausgelegter Desktop-Client für actiTIME, der auch offline weiterarbeitet.</translation>
    </message>
    <message>
        <source>Licence: proprietary. © 2026 The ActiDesk developers, all rights reserved; distributed under the terms agreed with its developers. actiTIME is a trademark of its owner; ActiDesk is not affiliated with it.</source>
        <translation>Lizenz: proprietär. © 2026 Die ActiDesk-Entwickler, alle Rechte vorbehalten; vertrieben zu den mit den Entwicklern vereinbarten Bedingungen. actiTIME ist eine Marke ihres Inhabers; ActiDesk ist nicht mit ihm verbunden.</translation>
    </message>
    <message>
        <source>Qt %1 (built with Qt %2).</source>
        <translation>Qt %1 (erstellt mit Qt %2).</translation>
    </message>
    <message>
        <source>Server: not signed in.</source>
        <translation>Server: nicht angemeldet.</translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation>Server: %1</translation>
    </message>
    <message>
        <source>Company: %1</source>
        <translation>Firma: %1</translation>
    </message>
    <message>
        <source>Server ID: %1</source>
        <translation>Server-ID: %1</translation>
    </message>
    <message>
        <source>Server version: not reported by the server (the actiTIME API has no version field).</source>
        <translation>Serverversion: vom Server nicht gemeldet (die actiTIME-API hat kein Versionsfeld).</translation>
    </message>
    <message>
        <source>The server&apos;s settings were not read yet.</source>
        <translation>Die Einstellungen des Servers wurden noch nicht gelesen.</translation>
    </message>
</context>
<context>
    <name>actidesk::AccountSession</name>
    <message>
        <source>rate limit</source>
        <translation>Anfragelimit</translation>
    </message>
    <message>
        <source>too many failed sign-ins</source>
        <translation>zu viele fehlgeschlagene Anmeldungen</translation>
    </message>
    <message>
        <source>ActiDesk cannot open its offline cache for this account: %1</source>
        <translation>ActiDesk kann den Offline-Cache dieses Kontos nicht öffnen: %1</translation>
    </message>
</context>
<context>
    <name>actidesk::AccountWorkspace</name>
    <message>
        <source>Signing in…</source>
        <translation>Anmeldung läuft…</translation>
    </message>
    <message>
        <source>Not signed in: changes wait on this computer until you sign in.</source>
        <translation>Nicht angemeldet: Änderungen warten auf diesem Computer, bis Sie sich anmelden.</translation>
    </message>
    <message>
        <source>Offline: the comments are fetched when the server can be reached.</source>
        <translation>Offline: Die Kommentare werden abgerufen, sobald der Server erreichbar ist.</translation>
    </message>
    <message>
        <source>The cache of this account is not open.</source>
        <translation>Der Cache dieses Kontos ist nicht geöffnet.</translation>
    </message>
</context>
<context>
    <name>actidesk::AccountsPanel</name>
    <message>
        <source>Accounts on this &amp;computer:</source>
        <translation>Konten auf diesem &amp;Computer:</translation>
    </message>
    <message>
        <source>Accounts on this computer</source>
        <translation>Konten auf diesem Computer</translation>
    </message>
    <message>
        <source>A&amp;dd Account…</source>
        <translation>Konto hin&amp;zufügen…</translation>
    </message>
    <message>
        <source>Re&amp;move Account…</source>
        <translation>Konto ent&amp;fernen…</translation>
    </message>
    <message>
        <source>Offline cache</source>
        <translation>Offline-Cache</translation>
    </message>
    <message>
        <source>Clearing the cache deletes the copy of the server&apos;s data kept on this computer; it is downloaded again. Changes not yet sent stay and are sent as usual.</source>
        <translation>Beim Leeren des Caches wird die Kopie der Serverdaten auf diesem Computer gelöscht; sie wird erneut heruntergeladen. Ausstehende Änderungen bleiben erhalten und werden wie gewohnt gesendet.</translation>
    </message>
    <message>
        <source>C&amp;lear Cache…</source>
        <translation>Cache &amp;leeren…</translation>
    </message>
    <message>
        <source>%1 (%2) on %3 — in use</source>
        <translation>%1 (%2) auf %3 – in Verwendung</translation>
    </message>
    <message>
        <source>%1 (%2) on %3</source>
        <translation>%1 (%2) auf %3</translation>
    </message>
    <message>
        <source>No accounts yet: add one to sign in.</source>
        <translation>Noch keine Konten: Fügen Sie eines hinzu, um sich anzumelden.</translation>
    </message>
    <message>
        <source>No account is open.</source>
        <translation>Kein Konto ist geöffnet.</translation>
    </message>
    <message>
        <source>The account in use: %1 on %2</source>
        <translation>Das verwendete Konto: %1 auf %2</translation>
    </message>
    <message numerus="yes">
        <source>Size on disk: %1 · %n change not sent yet</source>
        <translation>
            <numerusform>Größe auf der Festplatte: %1 · %n ausstehende Änderung</numerusform>
            <numerusform>Größe auf der Festplatte: %1 · %n ausstehende Änderungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Size on disk: %1 · %n changes not sent yet</source>
        <translation>
            <numerusform>Größe auf der Festplatte: %1 · %n ausstehende Änderung</numerusform>
            <numerusform>Größe auf der Festplatte: %1 · %n ausstehende Änderungen</numerusform>
        </translation>
    </message>
    <message>
        <source>Size on disk: %1</source>
        <translation>Größe auf der Festplatte: %1</translation>
    </message>
    <message>
        <source>Remove Account</source>
        <translation>Konto entfernen</translation>
    </message>
    <message>
        <source>Remove %1 on %2 from ActiDesk?</source>
        <translation>%1 auf %2 aus ActiDesk entfernen?</translation>
    </message>
    <message>
        <source>You are signed out of it first.</source>
        <translation>Sie werden zuerst davon abgemeldet.</translation>
    </message>
    <message>
        <source>Its saved password is removed from the keychain.</source>
        <translation>Das gespeicherte Passwort wird aus dem Schlüsselbund entfernt.</translation>
    </message>
    <message>
        <source>Its cache on this computer cannot be read, so it is kept in case it holds changes not sent yet.</source>
        <translation>Sein Cache auf diesem Computer ist nicht lesbar; er bleibt erhalten, falls er ausstehende Änderungen enthält.</translation>
    </message>
    <message>
        <source>&amp;Remove and Keep the Cache</source>
        <translation>Entfernen und Cache &amp;behalten</translation>
    </message>
    <message numerus="yes">
        <source>%n change of this account has not been sent yet. It stays on this computer with the account&apos;s cache and is sent when you sign in to this account again.</source>
        <translation>
            <numerusform>%n Änderung dieses Kontos wurde noch nicht gesendet. Sie bleibt mit dem Cache des Kontos auf diesem Computer und wird gesendet, wenn Sie sich wieder bei diesem Konto anmelden.</numerusform>
            <numerusform>%n Änderungen dieses Kontos wurden noch nicht gesendet. Sie bleiben mit dem Cache des Kontos auf diesem Computer und werden gesendet, wenn Sie sich wieder bei diesem Konto anmelden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changes of this account have not been sent yet. They stay on this computer with the account&apos;s cache and are sent when you sign in to this account again.</source>
        <translation>
            <numerusform>%n Änderung dieses Kontos wurde noch nicht gesendet. Sie bleibt mit dem Cache des Kontos auf diesem Computer und wird gesendet, wenn Sie sich wieder bei diesem Konto anmelden.</numerusform>
            <numerusform>%n Änderungen dieses Kontos wurden noch nicht gesendet. Sie bleiben mit dem Cache des Kontos auf diesem Computer und werden gesendet, wenn Sie sich wieder bei diesem Konto anmelden.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Remove and Keep Unsent Changes</source>
        <translation>Entfernen, ausstehende Änderungen &amp;behalten</translation>
    </message>
    <message>
        <source>Its cache (%1) is deleted from this computer: nothing in it waits to be sent.</source>
        <translation>Sein Cache (%1) wird von diesem Computer gelöscht: Darin wartet nichts auf das Senden.</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>%1 was removed with its cache.</source>
        <translation>%1 wurde mit seinem Cache entfernt.</translation>
    </message>
    <message>
        <source>%1 was removed; its cache with the changes not yet sent stays on this computer.</source>
        <translation>%1 wurde entfernt; sein Cache mit den ausstehenden Änderungen bleibt auf diesem Computer.</translation>
    </message>
    <message>
        <source>Clear Cache</source>
        <translation>Cache leeren</translation>
    </message>
    <message>
        <source>Clear the cache of %1 on %2?</source>
        <translation>Cache von %1 auf %2 leeren?</translation>
    </message>
    <message>
        <source>The server&apos;s data is deleted from this computer and downloaded again.</source>
        <translation>Die Daten des Servers werden von diesem Computer gelöscht und erneut heruntergeladen.</translation>
    </message>
    <message numerus="yes">
        <source>The server&apos;s data is deleted from this computer and downloaded again. The %n change not yet sent stays and is sent as usual.</source>
        <translation>
            <numerusform>Die Daten des Servers werden von diesem Computer gelöscht und erneut heruntergeladen. Die %n ausstehende Änderung bleibt erhalten und wird wie gewohnt gesendet.</numerusform>
            <numerusform>Die Daten des Servers werden von diesem Computer gelöscht und erneut heruntergeladen. Die %n ausstehenden Änderungen bleiben erhalten und werden wie gewohnt gesendet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The server&apos;s data is deleted from this computer and downloaded again. The %n changes not yet sent stay and are sent as usual.</source>
        <translation>
            <numerusform>Die Daten des Servers werden von diesem Computer gelöscht und erneut heruntergeladen. Die %n ausstehende Änderung bleibt erhalten und wird wie gewohnt gesendet.</numerusform>
            <numerusform>Die Daten des Servers werden von diesem Computer gelöscht und erneut heruntergeladen. Die %n ausstehenden Änderungen bleiben erhalten und werden wie gewohnt gesendet.</numerusform>
        </translation>
    </message>
    <message>
        <source>C&amp;lear Cache</source>
        <translation>Cache &amp;leeren</translation>
    </message>
    <message>
        <source>The cache was cleared; the data is downloaded again.</source>
        <translation>Der Cache wurde geleert; die Daten werden erneut heruntergeladen.</translation>
    </message>
</context>
<context>
    <name>actidesk::ApiError</name>
    <message>
        <source>The request was cancelled.</source>
        <translation>Die Anfrage wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The server cannot be reached. Check the server address and your network connection. (%1)</source>
        <translation>Der Server ist nicht erreichbar. Prüfen Sie die Serveradresse und Ihre Netzwerkverbindung. (%1)</translation>
    </message>
    <message>
        <source>The server stopped answering. Try again later.</source>
        <translation>Der Server antwortet nicht mehr. Versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>The secure connection to the server could not be verified: %1. If the server uses a private certificate authority, add its certificate in the account settings.</source>
        <translation>Die sichere Verbindung zum Server konnte nicht überprüft werden: %1. Wenn der Server eine eigene Zertifizierungsstelle verwendet, fügen Sie deren Zertifikat in den Kontoeinstellungen hinzu.</translation>
    </message>
    <message>
        <source>The address uses plain http, which would send your password unencrypted. Use the server&apos;s https:// address.</source>
        <translation>Die Adresse verwendet unverschlüsseltes http, damit würde Ihr Passwort im Klartext gesendet. Verwenden Sie die https://-Adresse des Servers.</translation>
    </message>
    <message>
        <source>The login or password is wrong, or the account cannot sign in (disabled or not yet active). Note: three failed attempts block sign-in for a minute.</source>
        <translation>Anmeldename oder Passwort sind falsch, oder das Konto kann sich nicht anmelden (deaktiviert oder noch nicht aktiv). Hinweis: Nach drei Fehlversuchen ist die Anmeldung für eine Minute gesperrt.</translation>
    </message>
    <message>
        <source>You do not have permission to do this in actiTIME. (%1)</source>
        <translation>Dazu fehlt Ihnen in actiTIME die Berechtigung. (%1)</translation>
    </message>
    <message>
        <source>The item no longer exists on the server. (%1)</source>
        <translation>Das Element existiert auf dem Server nicht mehr. (%1)</translation>
    </message>
    <message>
        <source>The server is busy with too many requests. Try again in %1 seconds.</source>
        <translation>Der Server ist mit zu vielen Anfragen ausgelastet. Versuchen Sie es in %1 Sekunden erneut.</translation>
    </message>
    <message>
        <source>The server refused the change: %1</source>
        <translation>Der Server hat die Änderung abgelehnt: %1</translation>
    </message>
    <message>
        <source>The server had an internal error (%1). Try again later.</source>
        <translation>Auf dem Server ist ein interner Fehler aufgetreten (%1). Versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>The server sent an answer ActiDesk does not understand: %1</source>
        <translation>Der Server hat eine Antwort gesendet, die ActiDesk nicht versteht: %1</translation>
    </message>
</context>
<context>
    <name>actidesk::Autostart</name>
    <message>
        <source>ActiDesk cannot stop starting at login: %1 cannot be removed.</source>
        <translation>ActiDesk kann den Start bei der Anmeldung nicht abschalten: %1 kann nicht entfernt werden.</translation>
    </message>
    <message>
        <source>ActiDesk cannot start at login: the folder %1 cannot be created.</source>
        <translation>ActiDesk kann nicht bei der Anmeldung starten: Der Ordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>ActiDesk cannot start at login: %1</source>
        <translation>ActiDesk kann nicht bei der Anmeldung starten: %1</translation>
    </message>
</context>
<context>
    <name>actidesk::Backup</name>
    <message>
        <source>The backup was cancelled; run it again to continue.</source>
        <translation>Die Sicherung wurde abgebrochen; führen Sie sie erneut aus, um fortzufahren.</translation>
    </message>
    <message>
        <source>The server no longer accepts this account&apos;s password.</source>
        <translation>Der Server akzeptiert das Passwort dieses Kontos nicht mehr.</translation>
    </message>
    <message>
        <source>The server refused %1 (HTTP %2%3).</source>
        <translation>Der Server hat %1 abgelehnt (HTTP %2%3).</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>actidesk::CellMenu</name>
    <message>
        <source>Keep Mine (empty)</source>
        <translation>Meinen Wert behalten (leer)</translation>
    </message>
    <message>
        <source>Keep Mine (%1)</source>
        <translation>Meinen Wert behalten (%1)</translation>
    </message>
    <message>
        <source>Take the Server&apos;s (empty)</source>
        <translation>Wert des Servers übernehmen (leer)</translation>
    </message>
    <message>
        <source>Take the Server&apos;s (%1)</source>
        <translation>Wert des Servers übernehmen (%1)</translation>
    </message>
    <message>
        <source>Discard My Change</source>
        <translation>Meine Änderung verwerfen</translation>
    </message>
    <message>
        <source>Stop Timer</source>
        <translation>Timer stoppen</translation>
    </message>
    <message>
        <source>Start Timer on This Task</source>
        <translation>Timer für diese Aufgabe starten</translation>
    </message>
</context>
<context>
    <name>actidesk::CommentPanel</name>
    <message>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <source>Saved when you leave the field or press Ctrl+Enter.</source>
        <translation>Wird gespeichert, wenn Sie das Feld verlassen oder Strg+Eingabe drücken.</translation>
    </message>
    <message>
        <source>What did you work on?</source>
        <translation>Woran haben Sie gearbeitet?</translation>
    </message>
    <message>
        <source>A comment needs time on this day: enter the time first, then write its comment.</source>
        <translation>Ein Kommentar braucht Zeit an diesem Tag: Tragen Sie zuerst die Zeit ein und schreiben Sie dann den Kommentar.</translation>
    </message>
    <message>
        <source>No cell selected</source>
        <translation>Keine Zelle ausgewählt</translation>
    </message>
    <message>
        <source>Select a day of a task to see or write its comment.</source>
        <translation>Wählen Sie einen Tag einer Aufgabe, um dessen Kommentar zu sehen oder zu schreiben.</translation>
    </message>
</context>
<context>
    <name>actidesk::CopyWeekDialog</name>
    <message>
        <source>Copy Previous Week</source>
        <translation>Vorwoche kopieren</translation>
    </message>
    <message>
        <source>Include &amp;hours</source>
        <translation>&amp;Stunden übernehmen</translation>
    </message>
    <message>
        <source>Also copy each day&apos;s time. Days that are approved, locked, non-working or already have time are left as they are.</source>
        <translation>Auch die Zeit jedes Tages kopieren. Genehmigte, gesperrte und arbeitsfreie Tage sowie Tage, die schon Zeit haben, bleiben unverändert.</translation>
    </message>
    <message>
        <source>Task / day</source>
        <translation>Aufgabe / Tag</translation>
    </message>
    <message>
        <source>Last week</source>
        <translation>Vorwoche</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Jetzt</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Kopiert</translation>
    </message>
    <message>
        <source>After the copy</source>
        <translation>Nach dem Kopieren</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Soll</translation>
    </message>
    <message>
        <source>Day totals after the copy</source>
        <translation>Tagessummen nach dem Kopieren</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Copy rows from the week of %1 to this week (%2).</source>
        <translation>Zeilen aus der Woche vom %1 in diese Woche (%2) kopieren.</translation>
    </message>
    <message>
        <source>Reading last week from the server…</source>
        <translation>Vorwoche wird vom Server gelesen…</translation>
    </message>
    <message>
        <source>Checking last week on the server…</source>
        <translation>Vorwoche wird auf dem Server geprüft…</translation>
    </message>
    <message>
        <source>Last week is not available offline: it has not been read from the server on this computer, and the server could not be reached now (%1). Try again when you are online.</source>
        <translation>Die Vorwoche ist offline nicht verfügbar: Sie wurde auf diesem Computer noch nicht vom Server gelesen, und der Server ist gerade nicht erreichbar (%1). Versuchen Sie es erneut, wenn Sie online sind.</translation>
    </message>
    <message>
        <source>Last week could not be checked on the server (%1); the preview shows it as it was last read.</source>
        <translation>Die Vorwoche konnte nicht auf dem Server geprüft werden (%1); die Vorschau zeigt sie so, wie sie zuletzt gelesen wurde.</translation>
    </message>
    <message numerus="yes">
        <source>%n new row</source>
        <translation>
            <numerusform>%n neue Zeile</numerusform>
            <numerusform>%n neue Zeilen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new rows</source>
        <translation>
            <numerusform>%n neue Zeile</numerusform>
            <numerusform>%n neue Zeilen</numerusform>
        </translation>
    </message>
    <message>
        <source>Skipped: %1</source>
        <translation>Übersprungen: %1</translation>
    </message>
    <message>
        <source>Already on this week</source>
        <translation>Schon in dieser Woche</translation>
    </message>
    <message>
        <source>Row added</source>
        <translation>Zeile hinzugefügt</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Last week has no time to copy.</source>
        <translation>Die Vorwoche enthält keine Zeit zum Kopieren.</translation>
    </message>
    <message>
        <source>To be copied: %1 and %2; %3.</source>
        <translation>Wird kopiert: %1 und %2; %3.</translation>
    </message>
    <message numerus="yes">
        <source>%n day of time</source>
        <translation>
            <numerusform>%n Tag mit Zeit</numerusform>
            <numerusform>%n Tage mit Zeit</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days of time</source>
        <translation>
            <numerusform>%n Tag mit Zeit</numerusform>
            <numerusform>%n Tage mit Zeit</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day skipped</source>
        <translation>
            <numerusform>%n Tag übersprungen</numerusform>
            <numerusform>%n Tage übersprungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days skipped</source>
        <translation>
            <numerusform>%n Tag übersprungen</numerusform>
            <numerusform>%n Tage übersprungen</numerusform>
        </translation>
    </message>
    <message>
        <source>To be added without hours: %1.</source>
        <translation>Wird ohne Stunden hinzugefügt: %1.</translation>
    </message>
    <message>
        <source>%1 + %2 leave</source>
        <translation>%1 + %2 Abwesenheit</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>%1 over the schedule</source>
        <translation>%1 über dem Soll</translation>
    </message>
</context>
<context>
    <name>actidesk::CredentialStore</name>
    <message>
        <source>No keychain is available. Install and start a Secret Service provider such as GNOME Keyring or KWallet, or sign in without remembering the password.</source>
        <translation>Kein Schlüsselbund verfügbar. Installieren und starten Sie einen Secret-Service-Anbieter wie GNOME Keyring oder KWallet, oder melden Sie sich an, ohne das Passwort zu speichern.</translation>
    </message>
    <message>
        <source>No keychain is available on this system. Sign in without remembering the password.</source>
        <translation>Auf diesem System ist kein Schlüsselbund verfügbar. Melden Sie sich an, ohne das Passwort zu speichern.</translation>
    </message>
    <message>
        <source>The keychain refused access. Unlock your keyring or allow ActiDesk to use it, then try again, or sign in without remembering the password.</source>
        <translation>Der Schlüsselbund hat den Zugriff verweigert. Entsperren Sie ihn oder erlauben Sie ActiDesk den Zugriff und versuchen Sie es erneut, oder melden Sie sich an, ohne das Passwort zu speichern.</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 auf %2</translation>
    </message>
    <message>
        <source>No password is saved for %1. Enter it to sign in.</source>
        <translation>Für %1 ist kein Passwort gespeichert. Geben Sie es zum Anmelden ein.</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>unbekannter Fehler</translation>
    </message>
    <message>
        <source>The password could not be saved in the keychain (%1). You can still sign in, but you will have to enter the password next time.</source>
        <translation>Das Passwort konnte nicht im Schlüsselbund gespeichert werden (%1). Sie können sich trotzdem anmelden, müssen das Passwort aber beim nächsten Mal erneut eingeben.</translation>
    </message>
    <message>
        <source>The saved password could not be read from the keychain (%1). Enter the password to sign in.</source>
        <translation>Das gespeicherte Passwort konnte nicht aus dem Schlüsselbund gelesen werden (%1). Geben Sie das Passwort zum Anmelden ein.</translation>
    </message>
    <message>
        <source>The saved password could not be removed from the keychain (%1). Remove the entry “%2” with your keyring manager, for example Seahorse or KWalletManager.</source>
        <translation>Das gespeicherte Passwort konnte nicht aus dem Schlüsselbund entfernt werden (%1). Entfernen Sie den Eintrag „%2“ mit Ihrer Schlüsselbundverwaltung, zum Beispiel Seahorse oder KWalletManager.</translation>
    </message>
    <message>
        <source>The password is empty, so it was not saved. Enter the password and try again.</source>
        <translation>Das Passwort ist leer und wurde daher nicht gespeichert. Geben Sie das Passwort ein und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The account is incomplete: it needs a server address and a login name.</source>
        <translation>Das Konto ist unvollständig: Es braucht eine Serveradresse und einen Anmeldenamen.</translation>
    </message>
</context>
<context>
    <name>actidesk::DayGridModel</name>
    <message>
        <source>Total</source>
        <translation>Summe</translation>
    </message>
    <message>
        <source>Only the days of a row can be edited.</source>
        <translation>Nur die Tage einer Zeile können bearbeitet werden.</translation>
    </message>
    <message>
        <source>This cell has no conflict or refused change to settle.</source>
        <translation>Diese Zelle hat keinen Konflikt und keine abgelehnte Änderung zu klären.</translation>
    </message>
    <message>
        <source>Changed on the server to %1 after your edit. Right-click to keep yours or take the server&apos;s.</source>
        <translation>Nach Ihrer Änderung auf dem Server in %1 geändert. Rechtsklick, um Ihren Wert zu behalten oder den des Servers zu übernehmen.</translation>
    </message>
    <message>
        <source>The totals count the server&apos;s value (%1) while it refuses this one. Right-click to discard your change.</source>
        <translation>Die Summen zählen den Wert des Servers (%1), solange er diesen ablehnt. Rechtsklick, um Ihre Änderung zu verwerfen.</translation>
    </message>
    <message>
        <source>total</source>
        <translation>Summe</translation>
    </message>
    <message>
        <source>no time</source>
        <translation>keine Zeit</translation>
    </message>
    <message>
        <source>waiting to be sent</source>
        <translation>wartet auf das Senden</translation>
    </message>
    <message>
        <source>in conflict with the server&apos;s %1</source>
        <translation>im Konflikt mit %1 auf dem Server</translation>
    </message>
    <message>
        <source>refused by the server</source>
        <translation>vom Server abgelehnt</translation>
    </message>
    <message>
        <source>locked</source>
        <translation>gesperrt</translation>
    </message>
    <message>
        <source>with a comment</source>
        <translation>mit Kommentar</translation>
    </message>
    <message>
        <source>%1, today</source>
        <translation>%1, heute</translation>
    </message>
</context>
<context>
    <name>actidesk::DesktopCompanion</name>
    <message>
        <source>Nothing is tracked for today yet.</source>
        <translation>Für heute ist noch nichts erfasst.</translation>
    </message>
    <message>
        <source>Today: %1 tracked of %2 scheduled.</source>
        <translation>Heute: %1 erfasst von %2 Soll.</translation>
    </message>
    <message>
        <source>This week so far: %1 tracked of %2 scheduled.</source>
        <translation>Diese Woche bisher: %1 erfasst von %2 Soll.</translation>
    </message>
    <message>
        <source>Your timesheet is missing time</source>
        <translation>In Ihrem Stundenzettel fehlt Zeit</translation>
    </message>
    <message>
        <source>Open Timesheet</source>
        <translation>Stundenzettel öffnen</translation>
    </message>
</context>
<context>
    <name>actidesk::DurationDelegate</name>
    <message>
        <source>The value was not accepted.</source>
        <translation>Der Wert wurde nicht angenommen.</translation>
    </message>
    <message>
        <source>worked · against schedule</source>
        <translation>gearbeitet · gegenüber Soll</translation>
    </message>
    <message>
        <source>%1 · completed</source>
        <translation>%1 · abgeschlossen</translation>
    </message>
</context>
<context>
    <name>actidesk::DurationFormat</name>
    <message>
        <source>Type hours as 8 or 1.5, hours and minutes as 1:30 or 1h 30m, or minutes as 90m.</source>
        <translation>Geben Sie Stunden als 8 oder 1,5 ein, Stunden und Minuten als 1:30 oder 1h 30m, oder Minuten als 90m.</translation>
    </message>
    <message>
        <source>A duration cannot be negative. %1</source>
        <translation>Eine Dauer kann nicht negativ sein. %1</translation>
    </message>
    <message>
        <source>“%1” is not a duration. %2</source>
        <translation>„%1“ ist keine Dauer. %2</translation>
    </message>
    <message>
        <source>%1 is more than a day (24:00). A number without a unit means hours; type 45m for minutes.</source>
        <translation>%1 ist mehr als ein Tag (24:00). Eine Zahl ohne Einheit bedeutet Stunden; tippen Sie 45m für Minuten.</translation>
    </message>
    <message>
        <source>A day&apos;s time must be between 0:00 and 24:00.</source>
        <translation>Die Zeit eines Tages muss zwischen 0:00 und 24:00 liegen.</translation>
    </message>
</context>
<context>
    <name>actidesk::ExportDialog</name>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>My timesheet</source>
        <translation>Mein Stundenzettel</translation>
    </message>
    <message>
        <source>Review of my team</source>
        <translation>Prüfung meines Teams</translation>
    </message>
    <message>
        <source>Task list</source>
        <translation>Aufgabenliste</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Diese Woche</translation>
    </message>
    <message>
        <source>Last week</source>
        <translation>Vorwoche</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Dieser Monat</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>Letzter Monat</translation>
    </message>
    <message>
        <source>Custom range</source>
        <translation>Eigener Zeitraum</translation>
    </message>
    <message>
        <source>CSV (spreadsheets)</source>
        <translation>CSV (Tabellenkalkulation)</translation>
    </message>
    <message>
        <source>iCalendar (calendars)</source>
        <translation>iCalendar (Kalender)</translation>
    </message>
    <message>
        <source>Point (2.50)</source>
        <translation>Punkt (2.50)</translation>
    </message>
    <message>
        <source>This computer&apos;s (%1)</source>
        <translation>Wie auf diesem Computer (%1)</translation>
    </message>
    <message>
        <source>Of the hours column; with a comma the fields are separated by semicolons, as spreadsheets of such languages expect</source>
        <translation>Für die Stundenspalte; mit Komma werden die Felder durch Semikolons getrennt, wie es Tabellenkalkulationen solcher Sprachen erwarten</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>&amp;What:</source>
        <translation>&amp;Was:</translation>
    </message>
    <message>
        <source>Pe&amp;riod:</source>
        <translation>&amp;Zeitraum:</translation>
    </message>
    <message>
        <source>First da&amp;y:</source>
        <translation>Erster Ta&amp;g:</translation>
    </message>
    <message>
        <source>La&amp;st day:</source>
        <translation>&amp;Letzter Tag:</translation>
    </message>
    <message>
        <source>F&amp;ormat:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <source>Decima&amp;l separator:</source>
        <translation>Dezimal&amp;trennzeichen:</translation>
    </message>
    <message>
        <source>Fil&amp;e:</source>
        <translation>D&amp;atei:</translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation>E&amp;xportieren</translation>
    </message>
    <message>
        <source>iCalendar files (*.ics)</source>
        <translation>iCalendar-Dateien (*.ics)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>Exportieren nach</translation>
    </message>
    <message>
        <source>Choose the file to write.</source>
        <translation>Wählen Sie die Datei, die geschrieben werden soll.</translation>
    </message>
    <message>
        <source>The period&apos;s last day is before its first.</source>
        <translation>Der letzte Tag des Zeitraums liegt vor dem ersten.</translation>
    </message>
    <message>
        <source>%1 is a folder: choose a file.</source>
        <translation>%1 ist ein Ordner: Wählen Sie eine Datei.</translation>
    </message>
    <message>
        <source>%1 exists. Replace it?</source>
        <translation>%1 existiert bereits. Ersetzen?</translation>
    </message>
    <message>
        <source>Fetching what this computer does not hold yet…</source>
        <translation>Was dieser Computer noch nicht hat, wird abgerufen…</translation>
    </message>
    <message numerus="yes">
        <source>%n record written to %1.</source>
        <translation>
            <numerusform>%n Eintrag nach %1 geschrieben.</numerusform>
            <numerusform>%n Einträge nach %1 geschrieben.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n records written to %1.</source>
        <translation>
            <numerusform>%n Eintrag nach %1 geschrieben.</numerusform>
            <numerusform>%n Einträge nach %1 geschrieben.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export cancelled: no file was written.</source>
        <translation>Export abgebrochen: Es wurde keine Datei geschrieben.</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Wird exportiert…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>actidesk::ExportJob</name>
    <message>
        <source>The account&apos;s data cannot be opened on this computer.</source>
        <translation>Die Daten des Kontos lassen sich auf diesem Computer nicht öffnen.</translation>
    </message>
    <message>
        <source>The period&apos;s last day is before its first.</source>
        <translation>Der letzte Tag des Zeitraums liegt vor dem ersten.</translation>
    </message>
    <message>
        <source>This account reviews nobody&apos;s time.</source>
        <translation>Dieses Konto prüft niemandes Zeit.</translation>
    </message>
    <message>
        <source>This account never signed in on this computer: sign in once.</source>
        <translation>Dieses Konto hat sich auf diesem Computer nie angemeldet: Melden Sie sich einmal an.</translation>
    </message>
    <message>
        <source>The task list was never fetched from the server: the file has what this computer holds.</source>
        <translation>Die Aufgabenliste wurde nie vom Server abgerufen: Die Datei enthält, was dieser Computer hat.</translation>
    </message>
    <message>
        <source>Some days of %1 were never fetched from the server: the file has what this computer holds.</source>
        <translation>Einige Tage von %1 wurden nie vom Server abgerufen: Die Datei enthält, was dieser Computer hat.</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>The task list could not be fetched; the file has the cached one.</source>
        <translation>Die Aufgabenliste konnte nicht abgerufen werden; die Datei enthält die zwischengespeicherte.</translation>
    </message>
</context>
<context>
    <name>actidesk::IdleTimeDialog</name>
    <message>
        <source>You Were Away</source>
        <translation>Sie waren abwesend</translation>
    </message>
    <message>
        <source>The timer on “%1” ran while nobody used the computer: from %2 to %3 (%4).</source>
        <translation>Der Timer für „%1“ lief, während niemand den Computer benutzt hat: von %2 bis %3 (%4).</translation>
    </message>
    <message>
        <source>Task to book the idle time on</source>
        <translation>Aufgabe, auf die die Leerlaufzeit gebucht wird</translation>
    </message>
    <message>
        <source>Other task:</source>
        <translation>Andere Aufgabe:</translation>
    </message>
    <message>
        <source>&amp;Keep on This Task</source>
        <translation>Bei dieser Aufgabe &amp;behalten</translation>
    </message>
    <message>
        <source>&amp;Discard Idle Time</source>
        <translation>Leerlaufzeit &amp;verwerfen</translation>
    </message>
    <message>
        <source>&amp;Book on Other Task</source>
        <translation>&amp;Auf andere Aufgabe buchen</translation>
    </message>
    <message>
        <source>No other recent task</source>
        <translation>Keine andere kürzlich verwendete Aufgabe</translation>
    </message>
</context>
<context>
    <name>actidesk::LeaveBalance</name>
    <message>
        <source>Paid time off</source>
        <translation>Bezahlter Urlaub</translation>
    </message>
    <message>
        <source>Sick days</source>
        <translation>Krankheitstage</translation>
    </message>
    <message>
        <source>No balance</source>
        <translation>Kein Kontingent</translation>
    </message>
</context>
<context>
    <name>actidesk::LeaveCellDelegate</name>
    <message>
        <source>The value could not be saved.</source>
        <translation>Der Wert konnte nicht gespeichert werden.</translation>
    </message>
</context>
<context>
    <name>actidesk::LeaveDays</name>
    <message>
        <source>Leave type #%1</source>
        <translation>Abwesenheitsart Nr. %1</translation>
    </message>
    <message>
        <source>%1d</source>
        <translation>%1 T</translation>
    </message>
    <message>
        <source>%1h</source>
        <translation>%1 Std.</translation>
    </message>
    <message>
        <source>%1m</source>
        <translation>%1 Min.</translation>
    </message>
</context>
<context>
    <name>actidesk::LeaveModel</name>
    <message>
        <source>The leave type is already shown.</source>
        <translation>Die Abwesenheitsart wird bereits angezeigt.</translation>
    </message>
    <message>
        <source>The leave type is not known here yet; refresh and try again.</source>
        <translation>Die Abwesenheitsart ist hier noch nicht bekannt; aktualisieren Sie und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The leave type “%1” is archived.</source>
        <translation>Die Abwesenheitsart „%1“ ist archiviert.</translation>
    </message>
    <message>
        <source>Leave type #%1</source>
        <translation>Abwesenheitsart Nr. %1</translation>
    </message>
    <message>
        <source>This leave type is not cached yet; it appears after the next refresh.</source>
        <translation>Diese Abwesenheitsart ist noch nicht zwischengespeichert; sie erscheint nach der nächsten Aktualisierung.</translation>
    </message>
    <message>
        <source>Counts against the PTO balance.</source>
        <translation>Wird vom Urlaubskontingent abgezogen.</translation>
    </message>
    <message>
        <source>Counts against the sick days balance.</source>
        <translation>Wird vom Krankheitstage-Kontingent abgezogen.</translation>
    </message>
    <message>
        <source>Does not count against a balance.</source>
        <translation>Wird von keinem Kontingent abgezogen.</translation>
    </message>
    <message>
        <source>Scheduled: %1</source>
        <translation>Soll: %1</translation>
    </message>
    <message>
        <source>Leave time is turned off on this server.</source>
        <translation>Abwesenheitszeiten sind auf diesem Server ausgeschaltet.</translation>
    </message>
    <message>
        <source>You are not allowed to enter leave time.</source>
        <translation>Sie dürfen keine Abwesenheitszeiten eintragen.</translation>
    </message>
    <message>
        <source>The leave type “%1” is archived; its leave can no longer be changed.</source>
        <translation>Die Abwesenheitsart „%1“ ist archiviert; ihre Abwesenheiten können nicht mehr geändert werden.</translation>
    </message>
    <message>
        <source>This day is approved; its leave can no longer be changed.</source>
        <translation>Dieser Tag ist genehmigt; seine Abwesenheit kann nicht mehr geändert werden.</translation>
    </message>
    <message>
        <source>The server refused a change on this day as locked (“%1”); its leave can no longer be changed.</source>
        <translation>Der Server hat eine Änderung an diesem Tag als gesperrt abgelehnt („%1“); seine Abwesenheit kann nicht mehr geändert werden.</translation>
    </message>
    <message>
        <source>Leave type</source>
        <translation>Abwesenheitsart</translation>
    </message>
    <message>
        <source>Only the days of a leave type can be edited.</source>
        <translation>Nur die Tage einer Abwesenheitsart können bearbeitet werden.</translation>
    </message>
</context>
<context>
    <name>actidesk::LeavePage</name>
    <message>
        <source>&amp;Week</source>
        <translation>&amp;Woche</translation>
    </message>
    <message>
        <source>&amp;Month</source>
        <translation>&amp;Monat</translation>
    </message>
    <message>
        <source>Show one week</source>
        <translation>Eine Woche anzeigen</translation>
    </message>
    <message>
        <source>Show a calendar month</source>
        <translation>Einen Kalendermonat anzeigen</translation>
    </message>
    <message>
        <source>&amp;Add leave…</source>
        <translation>Abwesenheit &amp;eintragen…</translation>
    </message>
    <message>
        <source>Enter leave for one day or a range of days (Ctrl+L)</source>
        <translation>Abwesenheit für einen Tag oder mehrere Tage eintragen (Strg+L)</translation>
    </message>
    <message>
        <source>Loading this period from the server…</source>
        <translation>Dieser Zeitraum wird vom Server geladen…</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>No leave types are known here yet.</source>
        <translation>Hier sind noch keine Abwesenheitsarten bekannt.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Diese Woche</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Dieser Monat</translation>
    </message>
    <message>
        <source>none known</source>
        <translation>keine bekannt</translation>
    </message>
    <message>
        <source>at least %1</source>
        <translation>mindestens %1</translation>
    </message>
    <message>
        <source>So far in %1</source>
        <translation>Bisher in %1</translation>
    </message>
    <message>
        <source>Leave taken, from the leave on this computer; actiTIME does not share balances. A day here is 8 hours.</source>
        <translation>Genommene Abwesenheit laut den Abwesenheiten auf diesem Computer; actiTIME gibt keine Kontingente heraus. Ein Tag sind hier 8 Stunden.</translation>
    </message>
    <message>
        <source>Not all of this year is on this computer yet, so the year&apos;s totals may be higher.</source>
        <translation>Noch nicht das ganze Jahr ist auf diesem Computer, daher können die Jahressummen höher sein.</translation>
    </message>
    <message>
        <source>Leave</source>
        <translation>Abwesenheit</translation>
    </message>
</context>
<context>
    <name>actidesk::LeavePlan</name>
    <message>
        <source>Choose a first day on or before the last day.</source>
        <translation>Wählen Sie einen ersten Tag, der nicht nach dem letzten Tag liegt.</translation>
    </message>
    <message numerus="yes">
        <source>A range can cover at most %n days; split it into shorter ranges.</source>
        <translation>
            <numerusform>Ein Zeitraum kann höchstens %n Tag umfassen; teilen Sie ihn in kürzere Zeiträume auf.</numerusform>
            <numerusform>Ein Zeitraum kann höchstens %n Tage umfassen; teilen Sie ihn in kürzere Zeiträume auf.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a leave type.</source>
        <translation>Wählen Sie eine Abwesenheitsart.</translation>
    </message>
    <message>
        <source>The time per day must be more than 0:00 and at most 24:00.</source>
        <translation>Die Zeit pro Tag muss mehr als 0:00 und höchstens 24:00 betragen.</translation>
    </message>
    <message>
        <source>Approved — cannot change</source>
        <translation>Genehmigt – nicht änderbar</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Gesperrt</translation>
    </message>
    <message>
        <source>Schedule not known for this day</source>
        <translation>Arbeitszeitplan für diesen Tag unbekannt</translation>
    </message>
    <message>
        <source>Already entered</source>
        <translation>Bereits eingetragen</translation>
    </message>
    <message>
        <source>Holiday</source>
        <translation>Feiertag</translation>
    </message>
    <message>
        <source>Non-working day</source>
        <translation>Arbeitsfreier Tag</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>Time is already tracked on %n day: %1. The leave is added beside it: check that the day&apos;s total is what you mean.</source>
        <translation>
            <numerusform>An %n Tag ist bereits Zeit erfasst: %1. Die Abwesenheit kommt hinzu: Prüfen Sie, ob die Tagessumme stimmt.</numerusform>
            <numerusform>An %n Tagen ist bereits Zeit erfasst: %1. Die Abwesenheit kommt hinzu: Prüfen Sie, ob die Tagessummen stimmen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Time is already tracked on %n days: %1. The leave is added beside it: check that the days&apos; totals are what you mean.</source>
        <translation>
            <numerusform>An %n Tag ist bereits Zeit erfasst: %1. Die Abwesenheit kommt hinzu: Prüfen Sie, ob die Tagessumme stimmt.</numerusform>
            <numerusform>An %n Tagen ist bereits Zeit erfasst: %1. Die Abwesenheit kommt hinzu: Prüfen Sie, ob die Tagessummen stimmen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>actidesk::LeaveRangeDialog</name>
    <message>
        <source>Add leave</source>
        <translation>Abwesenheit eintragen</translation>
    </message>
    <message>
        <source>&amp;Full scheduled day</source>
        <translation>&amp;Ganzer Tag laut Arbeitszeitplan</translation>
    </message>
    <message>
        <source>F&amp;ixed time per day:</source>
        <translation>&amp;Feste Zeit pro Tag:</translation>
    </message>
    <message>
        <source>e.g. 4 or 4:30</source>
        <translation>z. B. 4 oder 4:30</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>What happens</source>
        <translation>Was geschieht</translation>
    </message>
    <message>
        <source>&amp;Add leave</source>
        <translation>Abwesenheit &amp;eintragen</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>&amp;Leave type:</source>
        <translation>Abwesenheits&amp;art:</translation>
    </message>
    <message>
        <source>&amp;Days:</source>
        <translation>&amp;Tage:</translation>
    </message>
    <message>
        <source>Time:</source>
        <translation>Zeit:</translation>
    </message>
    <message>
        <source>Preview:</source>
        <translation>Vorschau:</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Enter the time to take off each day.</source>
        <translation>Geben Sie die Zeit ein, die Sie pro Tag frei nehmen.</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Replace %1</source>
        <translation>%1 ersetzen</translation>
    </message>
    <message>
        <source>Skip — %1</source>
        <translation>Überspringen – %1</translation>
    </message>
    <message>
        <source>%1 (%2 of time tracked already)</source>
        <translation>%1 (%2 Zeit bereits erfasst)</translation>
    </message>
    <message>
        <source>No leave types are known here yet; refresh and try again.</source>
        <translation>Hier sind noch keine Abwesenheitsarten bekannt; aktualisieren Sie und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Days to enter: %1 (%2 in all). Days skipped: %3.</source>
        <translation>Einzutragende Tage: %1 (insgesamt %2). Übersprungene Tage: %3.</translation>
    </message>
    <message>
        <source>The work schedule of some of these days is not on this computer yet; it is being fetched, and the preview updates when it arrives.</source>
        <translation>Der Arbeitszeitplan einiger dieser Tage ist noch nicht auf diesem Computer; er wird abgerufen, und die Vorschau aktualisiert sich, sobald er da ist.</translation>
    </message>
    <message>
        <source>Days saved: %1. %2 could not be saved: %3</source>
        <translation>Gespeicherte Tage: %1. %2 konnte nicht gespeichert werden: %3</translation>
    </message>
</context>
<context>
    <name>actidesk::LoadingOverlay</name>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
</context>
<context>
    <name>actidesk::MainWindow</name>
    <message>
        <source>ActiDesk</source>
        <translation>ActiDesk</translation>
    </message>
    <message>
        <source>That change is not on a timesheet or leave cell.</source>
        <translation>Diese Änderung betrifft keine Zelle des Stundenzettels oder der Abwesenheiten.</translation>
    </message>
    <message>
        <source>Opening…</source>
        <translation>Wird geöffnet…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>Sign &amp;In to Another Account…</source>
        <translation>Bei weiterem Konto &amp;anmelden…</translation>
    </message>
    <message>
        <source>S&amp;witch Account</source>
        <translation>Konto &amp;wechseln</translation>
    </message>
    <message>
        <source>Sign &amp;Out…</source>
        <translation>Ab&amp;melden…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Timesheet</source>
        <translation>&amp;Stundenzettel</translation>
    </message>
    <message>
        <source>&amp;Leave</source>
        <translation>&amp;Abwesenheit</translation>
    </message>
    <message>
        <source>T&amp;asks</source>
        <translation>Au&amp;fgaben</translation>
    </message>
    <message>
        <source>&amp;Review</source>
        <translation>&amp;Prüfung</translation>
    </message>
    <message>
        <source>&amp;Directory</source>
        <translation>Ver&amp;zeichnis</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>A&amp;ktualisieren</translation>
    </message>
    <message>
        <source>&amp;Demo</source>
        <translation>De&amp;mo</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>&amp;About ActiDesk</source>
        <translation>Über &amp;ActiDesk</translation>
    </message>
    <message>
        <source>Timesheet</source>
        <translation>Stundenzettel</translation>
    </message>
    <message>
        <source>Leave</source>
        <translation>Abwesenheit</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Aufgaben</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>Directory</source>
        <translation>Verzeichnis</translation>
    </message>
    <message>
        <source>No saved accounts</source>
        <translation>Keine gespeicherten Konten</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 auf %2</translation>
    </message>
    <message>
        <source>Sign In as %1</source>
        <translation>Als %1 anmelden</translation>
    </message>
    <message>
        <source>The data of %1 cannot be opened on this computer.</source>
        <translation>Die Daten von %1 können auf diesem Computer nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>Signing in to %1…</source>
        <translation>Anmeldung bei %1…</translation>
    </message>
    <message>
        <source>Switching account…</source>
        <translation>Konto wird gewechselt…</translation>
    </message>
    <message>
        <source>Sign Out</source>
        <translation>Abmelden</translation>
    </message>
    <message>
        <source>Sign out of %1?</source>
        <translation>Von %1 abmelden?</translation>
    </message>
    <message>
        <source>Changes not yet sent stay on this computer and are sent the next time you sign in to this account.</source>
        <translation>Noch nicht gesendete Änderungen bleiben auf diesem Computer und werden bei der nächsten Anmeldung an diesem Konto gesendet.</translation>
    </message>
    <message>
        <source>Also forget the saved password</source>
        <translation>Auch das gespeicherte Passwort vergessen</translation>
    </message>
    <message>
        <source>You signed out of %1. Changes not yet sent stay on this computer and are sent the next time you sign in.</source>
        <translation>Sie haben sich von %1 abgemeldet. Noch nicht gesendete Änderungen bleiben auf diesem Computer und werden bei der nächsten Anmeldung gesendet.</translation>
    </message>
    <message>
        <source>You signed out.</source>
        <translation>Sie haben sich abgemeldet.</translation>
    </message>
    <message numerus="yes">
        <source>%n change will be sent next time.</source>
        <translation>
            <numerusform>%n Änderung wird beim nächsten Mal gesendet.</numerusform>
            <numerusform>%n Änderungen werden beim nächsten Mal gesendet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changes will be sent next time.</source>
        <translation>
            <numerusform>%n Änderung wird beim nächsten Mal gesendet.</numerusform>
            <numerusform>%n Änderungen werden beim nächsten Mal gesendet.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — ActiDesk</source>
        <translation>%1 — ActiDesk</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Nicht angemeldet</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>T&amp;imer</source>
        <translation>T&amp;imer</translation>
    </message>
    <message>
        <source>&amp;Start Timer on This Task</source>
        <translation>Timer für diese Aufgabe &amp;starten</translation>
    </message>
    <message>
        <source>Time the task of the timesheet&apos;s current row; stopping adds the minutes to its cell of the day</source>
        <translation>Die Aufgabe der aktuellen Zeile des Stundenzettels timen; beim Stoppen kommen die Minuten in ihre Zelle des Tages</translation>
    </message>
    <message>
        <source>Choose a task row of the timesheet to time.</source>
        <translation>Wählen Sie eine Aufgabenzeile des Stundenzettels für den Timer.</translation>
    </message>
    <message>
        <source>Timer</source>
        <translation>Timer</translation>
    </message>
    <message>
        <source>S&amp;top Timer</source>
        <translation>Timer s&amp;toppen</translation>
    </message>
    <message>
        <source>No timer running</source>
        <translation>Kein Timer läuft</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>E&amp;xportieren…</translation>
    </message>
    <message>
        <source>Write the timesheet, the review or the task list to a CSV or iCalendar file</source>
        <translation>Den Stundenzettel, die Prüfung oder die Aufgabenliste in eine CSV- oder iCalendar-Datei schreiben</translation>
    </message>
    <message>
        <source>&amp;User Guide</source>
        <translation>&amp;Benutzerhandbuch</translation>
    </message>
    <message>
        <source>Open Timesheet</source>
        <translation>Stundenzettel öffnen</translation>
    </message>
</context>
<context>
    <name>actidesk::MemberTimesheetDialog</name>
    <message>
        <source>%1 · %2 – %3</source>
        <translation>%1 · %2 – %3</translation>
    </message>
    <message>
        <source>Timesheet of %1</source>
        <translation>Stundenzettel von %1</translation>
    </message>
    <message>
        <source>Your corrections are sent to the server as on your own timesheet; a change the server refuses or that collides with another is marked on its cell.</source>
        <translation>Ihre Korrekturen werden wie auf Ihrem eigenen Stundenzettel an den Server gesendet; eine Änderung, die der Server ablehnt oder die mit einer anderen kollidiert, wird an ihrer Zelle markiert.</translation>
    </message>
    <message>
        <source>Read-only: %1</source>
        <translation>Schreibgeschützt: %1</translation>
    </message>
    <message>
        <source>No time this week.</source>
        <translation>Keine Zeit in dieser Woche.</translation>
    </message>
</context>
<context>
    <name>actidesk::NetworkPreferences</name>
    <message>
        <source>The CA certificate file %1 cannot be read: %2</source>
        <translation>Die CA-Zertifikatsdatei %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 holds no certificate (PEM or DER).</source>
        <translation>%1 enthält kein Zertifikat (PEM oder DER).</translation>
    </message>
    <message>
        <source>Enter the proxy&apos;s host name, or choose no proxy or the system&apos;s.</source>
        <translation>Geben Sie den Hostnamen des Proxys ein, oder wählen Sie keinen Proxy oder den des Systems.</translation>
    </message>
    <message>
        <source>The proxy port must be between 1 and 65535.</source>
        <translation>Der Proxy-Port muss zwischen 1 und 65535 liegen.</translation>
    </message>
</context>
<context>
    <name>actidesk::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>&amp;Allgemein</translation>
    </message>
    <message>
        <source>T&amp;imer</source>
        <translation>T&amp;imer</translation>
    </message>
    <message>
        <source>R&amp;eminders</source>
        <translation>Erinnerun&amp;gen</translation>
    </message>
    <message>
        <source>&amp;Network</source>
        <translation>Netz&amp;werk</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>Wie das System</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>Sprac&amp;he:</translation>
    </message>
    <message>
        <source>The new language is used from the next start.</source>
        <translation>Die neue Sprache gilt ab dem nächsten Start.</translation>
    </message>
    <message>
        <source>Timesheet</source>
        <translation>Stundenzettel</translation>
    </message>
    <message>
        <source>Leave</source>
        <translation>Abwesenheit</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Aufgaben</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>Page shown at start</source>
        <translation>Seite beim Start</translation>
    </message>
    <message>
        <source>&amp;Start on:</source>
        <translation>Start&amp;seite:</translation>
    </message>
    <message>
        <source>Start ActiDesk when I l&amp;og in</source>
        <translation>ActiDesk beim An&amp;melden starten</translation>
    </message>
    <message>
        <source>Show the timer in the s&amp;ystem tray</source>
        <translation>Timer im S&amp;ystembereich anzeigen</translation>
    </message>
    <message>
        <source>Exact minutes</source>
        <translation>Minutengenau</translation>
    </message>
    <message numerus="yes">
        <source>%n minutes</source>
        <translation>
            <numerusform>%n Minute</numerusform>
            <numerusform>%n Minuten</numerusform>
        </translation>
    </message>
    <message>
        <source>Round the timer&apos;s time to</source>
        <translation>Die Zeit des Timers runden auf</translation>
    </message>
    <message>
        <source>&amp;Round to:</source>
        <translation>&amp;Runden auf:</translation>
    </message>
    <message>
        <source>Nearest</source>
        <translation>Kaufmännisch</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Aufrunden</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Abrunden</translation>
    </message>
    <message>
        <source>Rounding direction</source>
        <translation>Rundungsrichtung</translation>
    </message>
    <message>
        <source>Rounding &amp;direction:</source>
        <translation>Rundungsr&amp;ichtung:</translation>
    </message>
    <message>
        <source>As&amp;k what to do with idle time</source>
        <translation>&amp;Fragen, was mit Leerlaufzeit geschehen soll</translation>
    </message>
    <message>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <source>Idle after minutes</source>
        <translation>Leerlauf nach Minuten</translation>
    </message>
    <message>
        <source>Idle &amp;after:</source>
        <translation>Leerlauf &amp;nach:</translation>
    </message>
    <message>
        <source>This desktop offers no way to tell idle time (no idle monitor on D-Bus and no X11 screen-saver extension), so the timer cannot ask.</source>
        <translation>Dieser Desktop bietet keine Möglichkeit, Leerlaufzeit zu erkennen (kein Leerlaufmonitor über D-Bus und keine X11-Bildschirmschoner-Erweiterung), daher kann der Timer nicht nachfragen.</translation>
    </message>
    <message>
        <source>Idle time comes from %1.</source>
        <translation>Die Leerlaufzeit kommt von %1.</translation>
    </message>
    <message>
        <source>Re&amp;mind me when time is missing</source>
        <translation>&amp;Erinnern, wenn Zeit fehlt</translation>
    </message>
    <message>
        <source>Reminder time</source>
        <translation>Erinnerungszeit</translation>
    </message>
    <message>
        <source>On working days a&amp;t:</source>
        <translation>An Arbeitstagen &amp;um:</translation>
    </message>
    <message>
        <source>Today&apos;s time</source>
        <translation>Die Zeit von heute</translation>
    </message>
    <message>
        <source>The week so far</source>
        <translation>Die Woche bisher</translation>
    </message>
    <message>
        <source>Compare against the schedule</source>
        <translation>Mit dem Soll vergleichen</translation>
    </message>
    <message>
        <source>&amp;Compare:</source>
        <translation>&amp;Vergleichen:</translation>
    </message>
    <message>
        <source>The system&apos;s proxy settings</source>
        <translation>Die Proxy-Einstellungen des Systems</translation>
    </message>
    <message>
        <source>No proxy</source>
        <translation>Kein Proxy</translation>
    </message>
    <message>
        <source>This HTTP proxy</source>
        <translation>Dieser HTTP-Proxy</translation>
    </message>
    <message>
        <source>Proxy</source>
        <translation>Proxy</translation>
    </message>
    <message>
        <source>&amp;Proxy:</source>
        <translation>&amp;Proxy:</translation>
    </message>
    <message>
        <source>proxy.example.com</source>
        <translation>proxy.example.com</translation>
    </message>
    <message>
        <source>Proxy host</source>
        <translation>Proxy-Host</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <source>Proxy port</source>
        <translation>Proxy-Port</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>P&amp;ort:</translation>
    </message>
    <message>
        <source>Only the system&apos;s certificate authorities</source>
        <translation>Nur die Zertifizierungsstellen des Systems</translation>
    </message>
    <message>
        <source>Extra CA certificate file</source>
        <translation>Zusätzliche CA-Zertifikatsdatei</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>Trust the Certificate Authority in</source>
        <translation>Der Zertifizierungsstelle vertrauen in</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer *.der);;All files (*)</source>
        <translation>Zertifikate (*.pem *.crt *.cer *.der);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Also &amp;trust CA:</source>
        <translation>Auch dieser &amp;Zertifizierungsstelle vertrauen:</translation>
    </message>
    <message>
        <source>As the server shows it</source>
        <translation>Wie auf dem Server</translation>
    </message>
    <message>
        <source>Hours and minutes (1:30)</source>
        <translation>Stunden und Minuten (1:30)</translation>
    </message>
    <message>
        <source>Decimal hours (%1)</source>
        <translation>Dezimalstunden (%1)</translation>
    </message>
    <message>
        <source>Time display</source>
        <translation>Zeitanzeige</translation>
    </message>
    <message>
        <source>Show &amp;times as:</source>
        <translation>&amp;Zeiten anzeigen als:</translation>
    </message>
    <message>
        <source>Acco&amp;unts</source>
        <translation>K&amp;onten</translation>
    </message>
</context>
<context>
    <name>actidesk::ReferenceListModel</name>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Ein</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Aus</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Departments</source>
        <translation>Abteilungen</translation>
    </message>
    <message>
        <source>Time-zone groups</source>
        <translation>Zeitzonengruppen</translation>
    </message>
    <message>
        <source>Leave types</source>
        <translation>Abwesenheitsarten</translation>
    </message>
    <message>
        <source>Types of work</source>
        <translation>Arbeitsarten</translation>
    </message>
    <message>
        <source>Workflow statuses</source>
        <translation>Workflow-Status</translation>
    </message>
    <message>
        <source>User rates</source>
        <translation>Stundensätze der Benutzer</translation>
    </message>
    <message>
        <source>Server settings</source>
        <translation>Servereinstellungen</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Abteilung</translation>
    </message>
    <message>
        <source>Time-zone group</source>
        <translation>Zeitzonengruppe</translation>
    </message>
    <message>
        <source>Hired</source>
        <translation>Eingestellt</translation>
    </message>
    <message>
        <source>Released</source>
        <translation>Ausgeschieden</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zeitzone</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Kontingent</translation>
    </message>
    <message>
        <source>Rate factor</source>
        <translation>Stundensatzfaktor</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archiviert</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Stundensatz</translation>
    </message>
    <message>
        <source>Billable</source>
        <translation>Abrechenbar</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Gültig ab</translation>
    </message>
    <message>
        <source>Regular rate</source>
        <translation>Regulärer Stundensatz</translation>
    </message>
    <message>
        <source>Overtime rate</source>
        <translation>Überstundensatz</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Einstellung</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>No department</source>
        <translation>Keine Abteilung</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>User rates are not available to your account.</source>
        <translation>Die Stundensätze der Benutzer sind für Ihr Konto nicht verfügbar.</translation>
    </message>
    <message>
        <source>User %1</source>
        <translation>Benutzer %1</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>First day of week</source>
        <translation>Erster Wochentag</translation>
    </message>
    <message>
        <source>Time format</source>
        <translation>Zeitformat</translation>
    </message>
    <message>
        <source>Decimal hours (1.5)</source>
        <translation>Dezimalstunden (1,5)</translation>
    </message>
    <message>
        <source>Hours and minutes (1:30)</source>
        <translation>Stunden und Minuten (1:30)</translation>
    </message>
    <message>
        <source>Clock</source>
        <translation>Uhr</translation>
    </message>
    <message>
        <source>12-hour</source>
        <translation>12 Stunden</translation>
    </message>
    <message>
        <source>24-hour</source>
        <translation>24 Stunden</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <source>Decimal separator</source>
        <translation>Dezimaltrennzeichen</translation>
    </message>
    <message>
        <source>Leave registration</source>
        <translation>Abwesenheitserfassung</translation>
    </message>
    <message>
        <source>Overtime registration</source>
        <translation>Überstundenerfassung</translation>
    </message>
    <message>
        <source>Task workflow</source>
        <translation>Aufgaben-Workflow</translation>
    </message>
    <message>
        <source>Task estimates</source>
        <translation>Aufgabenschätzungen</translation>
    </message>
    <message>
        <source>Work assignments</source>
        <translation>Arbeitszuweisungen</translation>
    </message>
    <message>
        <source>Largest batch</source>
        <translation>Max. Stapelgröße</translation>
    </message>
    <message>
        <source>Largest page</source>
        <translation>Max. Seitengröße</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Waiting to be sent</source>
        <translation>Wartet auf das Senden</translation>
    </message>
    <message>
        <source>The server refused the change: %1</source>
        <translation>Der Server hat die Änderung abgelehnt: %1</translation>
    </message>
</context>
<context>
    <name>actidesk::ReferencePage</name>
    <message>
        <source>List</source>
        <translation>Liste</translation>
    </message>
    <message>
        <source>&amp;List:</source>
        <translation>&amp;Liste:</translation>
    </message>
    <message>
        <source>Search by words</source>
        <translation>Nach Wörtern suchen</translation>
    </message>
    <message>
        <source>Search the list</source>
        <translation>Die Liste durchsuchen</translation>
    </message>
    <message>
        <source>Search List</source>
        <translation>Liste durchsuchen</translation>
    </message>
    <message>
        <source>List entries</source>
        <translation>Listeneinträge</translation>
    </message>
    <message>
        <source>Loading from the server…</source>
        <translation>Wird vom Server geladen…</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>Nothing cached yet for this list. It arrives with the next refresh (F5).</source>
        <translation>Für diese Liste ist noch nichts zwischengespeichert. Sie kommt mit der nächsten Aktualisierung (F5).</translation>
    </message>
    <message numerus="yes">
        <source>%n entry</source>
        <translation>
            <numerusform>%n Eintrag</numerusform>
            <numerusform>%n Einträge</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n Eintrag</numerusform>
            <numerusform>%n Einträge</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n entry match</source>
        <translation>
            <numerusform>%1 von %n Eintrag gefunden</numerusform>
            <numerusform>%1 von %n Einträgen gefunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n entries match</source>
        <translation>
            <numerusform>%1 von %n Eintrag gefunden</numerusform>
            <numerusform>%1 von %n Einträgen gefunden</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Neu…</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>&amp;Umbenennen…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>New workflow status (Ins)</source>
        <translation>Neuer Workflow-Status (Einfg)</translation>
    </message>
    <message>
        <source>Rename the workflow status or change its type (F2)</source>
        <translation>Den Workflow-Status umbenennen oder seine Art ändern (F2)</translation>
    </message>
    <message>
        <source>Delete the workflow status (Del)</source>
        <translation>Den Workflow-Status löschen (Entf)</translation>
    </message>
    <message>
        <source>Select a workflow status first.</source>
        <translation>Wählen Sie zuerst einen Workflow-Status.</translation>
    </message>
    <message>
        <source>Delete the workflow status “%1”?</source>
        <translation>Den Workflow-Status „%1“ löschen?</translation>
    </message>
    <message>
        <source>The server deletes only a status no task uses and not the last of its type; otherwise it refuses, and the list says so.</source>
        <translation>Der Server löscht nur einen Status, den keine Aufgabe verwendet und der nicht der letzte seiner Art ist; sonst lehnt er ab, und die Liste zeigt es.</translation>
    </message>
    <message>
        <source>Dis&amp;card Refused Change</source>
        <translation>Abgelehnte Änderung &amp;verwerfen</translation>
    </message>
    <message>
        <source>Give up the change the server refused; the list shows the server&apos;s status again.</source>
        <translation>Die vom Server abgelehnte Änderung aufgeben; die Liste zeigt wieder den Status des Servers.</translation>
    </message>
</context>
<context>
    <name>actidesk::RequestQueue</name>
    <message>
        <source>Cannot read the certificate file %1: %2</source>
        <translation>Die Zertifikatsdatei %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 holds no certificate (PEM or DER expected).</source>
        <translation>%1 enthält kein Zertifikat (PEM oder DER erwartet).</translation>
    </message>
    <message>
        <source>the server redirected the request to another server (%1)</source>
        <translation>der Server hat die Anfrage an einen anderen Server umgeleitet (%1)</translation>
    </message>
    <message>
        <source>the server redirected the request in a loop</source>
        <translation>der Server hat die Anfrage im Kreis umgeleitet</translation>
    </message>
    <message>
        <source>the server&apos;s answer is too large (over %1 MB)</source>
        <translation>die Antwort des Servers ist zu groß (über %1 MB)</translation>
    </message>
    <message>
        <source>the server did not finish its answer in time</source>
        <translation>der Server hat seine Antwort nicht rechtzeitig beendet</translation>
    </message>
    <message>
        <source>the server answered with a redirect (HTTP %1) that cannot be followed</source>
        <translation>der Server hat mit einer Umleitung (HTTP %1) geantwortet, der nicht gefolgt werden kann</translation>
    </message>
    <message>
        <source>the server answered with HTTP %1, which is no final answer</source>
        <translation>der Server hat mit HTTP %1 geantwortet, was keine endgültige Antwort ist</translation>
    </message>
</context>
<context>
    <name>actidesk::ReviewCharts</name>
    <message>
        <source>Hours</source>
        <translation>Stunden</translation>
    </message>
    <message>
        <source>Others</source>
        <translation>Sonstige</translation>
    </message>
    <message>
        <source>Team Charts</source>
        <translation>Team-Diagramme</translation>
    </message>
    <message>
        <source>Hours per project</source>
        <translation>Stunden pro Projekt</translation>
    </message>
    <message>
        <source>Tracked</source>
        <translation>Erfasst</translation>
    </message>
    <message>
        <source>&amp;Projects</source>
        <translation>&amp;Projekte</translation>
    </message>
    <message>
        <source>Hours per customer</source>
        <translation>Stunden pro Kunde</translation>
    </message>
    <message>
        <source>&amp;Customers</source>
        <translation>&amp;Kunden</translation>
    </message>
    <message>
        <source>Hours per member</source>
        <translation>Stunden pro Mitglied</translation>
    </message>
    <message>
        <source>&amp;Members</source>
        <translation>&amp;Mitglieder</translation>
    </message>
    <message>
        <source>Tracked against scheduled (most undertime first)</source>
        <translation>Erfasst gegenüber Soll (größte Unterzeit zuerst)</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Soll</translation>
    </message>
    <message>
        <source>&amp;Tracked vs Scheduled</source>
        <translation>&amp;Erfasst gegenüber Soll</translation>
    </message>
</context>
<context>
    <name>actidesk::ReviewModel</name>
    <message>
        <source>User %1</source>
        <translation>Benutzer %1</translation>
    </message>
    <message>
        <source>No department</source>
        <translation>Keine Abteilung</translation>
    </message>
    <message>
        <source>Leave</source>
        <translation>Abwesenheit</translation>
    </message>
    <message>
        <source>Task %1</source>
        <translation>Aufgabe %1</translation>
    </message>
    <message>
        <source>Unknown customer</source>
        <translation>Unbekannter Kunde</translation>
    </message>
    <message>
        <source>The schedule of this period is not cached yet.</source>
        <translation>Der Arbeitszeitplan dieses Zeitraums ist noch nicht zwischengespeichert.</translation>
    </message>
    <message>
        <source>Tracked time and leave against the schedule, up to today (overtime is positive, undertime negative)</source>
        <translation>Erfasste Zeit und Abwesenheit gegenüber dem Soll bis heute (Überstunden positiv, Unterzeit negativ)</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n day with time approved</source>
        <translation>
            <numerusform>%1 von %n Tag mit Zeit genehmigt</numerusform>
            <numerusform>%1 von %n Tagen mit Zeit genehmigt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n days with time approved</source>
        <translation>
            <numerusform>%1 von %n Tag mit Zeit genehmigt</numerusform>
            <numerusform>%1 von %n Tagen mit Zeit genehmigt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n working day up to today misses time</source>
        <translation>
            <numerusform>%n Arbeitstag bis heute ohne Zeit</numerusform>
            <numerusform>%n Arbeitstage bis heute ohne Zeit</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n working days up to today miss time</source>
        <translation>
            <numerusform>%n Arbeitstag bis heute ohne Zeit</numerusform>
            <numerusform>%n Arbeitstage bis heute ohne Zeit</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 +L</source>
        <translation>%1 +A</translation>
    </message>
    <message>
        <source>L %1</source>
        <translation>A %1</translation>
    </message>
    <message>
        <source>Not fetched yet</source>
        <translation>Noch nicht abgerufen</translation>
    </message>
    <message>
        <source>Tracked: %1</source>
        <translation>Erfasst: %1</translation>
    </message>
    <message>
        <source>Leave: %1</source>
        <translation>Abwesenheit: %1</translation>
    </message>
    <message>
        <source>Scheduled: %1</source>
        <translation>Soll: %1</translation>
    </message>
    <message>
        <source>Schedule not cached</source>
        <translation>Soll nicht zwischengespeichert</translation>
    </message>
    <message>
        <source>Difference: %1</source>
        <translation>Differenz: %1</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Genehmigt</translation>
    </message>
    <message>
        <source>Missing time against the schedule</source>
        <translation>Fehlende Zeit gegenüber dem Soll</translation>
    </message>
    <message>
        <source>Team member</source>
        <translation>Teammitglied</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Abteilung</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zeitzone</translation>
    </message>
    <message>
        <source>Tracked</source>
        <translation>Erfasst</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Soll</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Differenz</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Fehlend</translation>
    </message>
    <message>
        <source>the account of %1 is disabled, so the server takes no time for them.</source>
        <translation>das Konto von %1 ist deaktiviert, daher nimmt der Server keine Zeit für diese Person an.</translation>
    </message>
    <message>
        <source>the server does not let your account change the time of %1 (it takes the permission to modify and approve this user&apos;s time-track).</source>
        <translation>der Server erlaubt Ihrem Konto nicht, die Zeit von %1 zu ändern (dafür ist die Berechtigung nötig, die Zeiterfassung dieser Person zu ändern und zu genehmigen).</translation>
    </message>
</context>
<context>
    <name>actidesk::ReviewPage</name>
    <message>
        <source>Team · %1 – %2</source>
        <translation>Team · %1 – %2</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Woche</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <source>%v of %m</source>
        <translation>%v von %m</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Stop fetching the team&apos;s time (what is cached stays shown)</source>
        <translation>Abruf der Teamzeit beenden (Zwischengespeichertes bleibt sichtbar)</translation>
    </message>
    <message>
        <source>Search by name (Ctrl+F)</source>
        <translation>Nach Namen suchen (Strg+F)</translation>
    </message>
    <message>
        <source>Search team members</source>
        <translation>Teammitglieder durchsuchen</translation>
    </message>
    <message>
        <source>Search Team Members</source>
        <translation>Teammitglieder durchsuchen</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Abteilung</translation>
    </message>
    <message>
        <source>Time zone group</source>
        <translation>Zeitzonengruppe</translation>
    </message>
    <message>
        <source>Only people with &amp;missing time</source>
        <translation>Nur Personen mit &amp;fehlender Zeit</translation>
    </message>
    <message>
        <source>De&amp;partment:</source>
        <translation>&amp;Abteilung:</translation>
    </message>
    <message>
        <source>Time &amp;zone:</source>
        <translation>&amp;Zeitzone:</translation>
    </message>
    <message>
        <source>Enter or double-click opens the member&apos;s timesheet</source>
        <translation>Eingabe oder Doppelklick öffnet den Stundenzettel des Mitglieds</translation>
    </message>
    <message>
        <source>Loading the team’s time from the server…</source>
        <translation>Die Zeit des Teams wird vom Server geladen…</translation>
    </message>
    <message>
        <source>No team time is cached for this period yet. It is fetched when you are online.</source>
        <translation>Für diesen Zeitraum ist noch keine Teamzeit zwischengespeichert. Sie wird abgerufen, sobald Sie online sind.</translation>
    </message>
    <message>
        <source>&amp;Lock…</source>
        <translation>&amp;Sperren…</translation>
    </message>
    <message>
        <source>Lock the period&apos;s time-track and leave of the selected members</source>
        <translation>Zeiterfassung und Abwesenheit des Zeitraums für die ausgewählten Mitglieder sperren</translation>
    </message>
    <message>
        <source>&amp;Unlock…</source>
        <translation>&amp;Entsperren…</translation>
    </message>
    <message>
        <source>Unlock the period for the selected members</source>
        <translation>Den Zeitraum für die ausgewählten Mitglieder entsperren</translation>
    </message>
    <message>
        <source>&amp;Open in actiTIME</source>
        <translation>In actiTIME &amp;öffnen</translation>
    </message>
    <message>
        <source>Time is approved in actiTIME&apos;s web interface (the API cannot approve): opens it in the browser</source>
        <translation>Zeit wird in der Weboberfläche von actiTIME genehmigt (die API kann nicht genehmigen): öffnet sie im Browser</translation>
    </message>
    <message>
        <source>&amp;Charts…</source>
        <translation>Dia&amp;gramme…</translation>
    </message>
    <message>
        <source>Hours per project, customer and member, and tracked against scheduled, of the members shown</source>
        <translation>Stunden pro Projekt, Kunde und Mitglied sowie Erfasst gegenüber Soll der angezeigten Mitglieder</translation>
    </message>
    <message>
        <source>Fetching the team&apos;s time was cancelled; the cached figures are shown.</source>
        <translation>Der Abruf der Teamzeit wurde abgebrochen; die zwischengespeicherten Zahlen werden angezeigt.</translation>
    </message>
    <message>
        <source>Team · %1</source>
        <translation>Team · %1</translation>
    </message>
    <message>
        <source>As of %1</source>
        <translation>Stand %1</translation>
    </message>
    <message>
        <source>Not fetched yet</source>
        <translation>Noch nicht abgerufen</translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <translation>(ohne Namen)</translation>
    </message>
    <message>
        <source>All departments</source>
        <translation>Alle Abteilungen</translation>
    </message>
    <message>
        <source>All time zones</source>
        <translation>Alle Zeitzonen</translation>
    </message>
    <message>
        <source>Select the team members first.</source>
        <translation>Wählen Sie zuerst die Teammitglieder aus.</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message numerus="yes">
        <source>Lock the time-track and leave of %n member for %1? Nobody can change it until it is unlocked.</source>
        <translation>
            <numerusform>Zeiterfassung und Abwesenheit von %n Mitglied für %1 sperren? Niemand kann sie ändern, bis sie entsperrt werden.</numerusform>
            <numerusform>Zeiterfassung und Abwesenheit von %n Mitgliedern für %1 sperren? Niemand kann sie ändern, bis sie entsperrt werden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Lock the time-track and leave of %n members for %1? Nobody can change it until it is unlocked.</source>
        <translation>
            <numerusform>Zeiterfassung und Abwesenheit von %n Mitglied für %1 sperren? Niemand kann sie ändern, bis sie entsperrt werden.</numerusform>
            <numerusform>Zeiterfassung und Abwesenheit von %n Mitgliedern für %1 sperren? Niemand kann sie ändern, bis sie entsperrt werden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Unlock the time-track and leave of %n member for %1?</source>
        <translation>
            <numerusform>Zeiterfassung und Abwesenheit von %n Mitglied für %1 entsperren?</numerusform>
            <numerusform>Zeiterfassung und Abwesenheit von %n Mitgliedern für %1 entsperren?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Unlock the time-track and leave of %n members for %1?</source>
        <translation>
            <numerusform>Zeiterfassung und Abwesenheit von %n Mitglied für %1 entsperren?</numerusform>
            <numerusform>Zeiterfassung und Abwesenheit von %n Mitgliedern für %1 entsperren?</numerusform>
        </translation>
    </message>
    <message>
        <source>Lock Time</source>
        <translation>Zeit sperren</translation>
    </message>
    <message>
        <source>Unlock Time</source>
        <translation>Zeit entsperren</translation>
    </message>
    <message>
        <source>The server did not lock the time: %1</source>
        <translation>Der Server hat die Zeit nicht gesperrt: %1</translation>
    </message>
    <message>
        <source>The server did not unlock the time: %1</source>
        <translation>Der Server hat die Zeit nicht entsperrt: %1</translation>
    </message>
    <message>
        <source>Locked. Nobody can change the locked days until they are unlocked.</source>
        <translation>Gesperrt. Niemand kann die gesperrten Tage ändern, bis sie entsperrt werden.</translation>
    </message>
    <message>
        <source>Unlocked.</source>
        <translation>Entsperrt.</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <source>Only the members who tracked time on this project in the period</source>
        <translation>Nur die Mitglieder, die im Zeitraum Zeit auf dieses Projekt gebucht haben</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Only the members who tracked time for this customer in the period</source>
        <translation>Nur die Mitglieder, die im Zeitraum Zeit für diesen Kunden gebucht haben</translation>
    </message>
    <message>
        <source>All projects</source>
        <translation>Alle Projekte</translation>
    </message>
    <message>
        <source>All customers</source>
        <translation>Alle Kunden</translation>
    </message>
    <message>
        <source>Pro&amp;ject:</source>
        <translation>Pro&amp;jekt:</translation>
    </message>
    <message>
        <source>Cu&amp;stomer:</source>
        <translation>&amp;Kunde:</translation>
    </message>
    <message>
        <source>Team&apos;s time</source>
        <translation>Zeit des Teams</translation>
    </message>
    <message>
        <source>(no time in this period)</source>
        <translation>(keine Zeit in diesem Zeitraum)</translation>
    </message>
</context>
<context>
    <name>actidesk::ScopeEditor</name>
    <message>
        <source>Your account may not create customers.</source>
        <translation>Ihr Konto darf keine Kunden anlegen.</translation>
    </message>
    <message>
        <source>This customer is not in the cache.</source>
        <translation>Dieser Kunde ist nicht im Cache.</translation>
    </message>
    <message>
        <source>This project is not in the cache.</source>
        <translation>Dieses Projekt ist nicht im Cache.</translation>
    </message>
    <message>
        <source>This task is not in the cache.</source>
        <translation>Diese Aufgabe ist nicht im Cache.</translation>
    </message>
    <message>
        <source>Tasks have no children: select a project to add a task.</source>
        <translation>Aufgaben haben keine Unterelemente: Wählen Sie ein Projekt, um eine Aufgabe hinzuzufügen.</translation>
    </message>
    <message>
        <source>Your account may not add to “%1”.</source>
        <translation>Ihr Konto darf zu „%1“ nichts hinzufügen.</translation>
    </message>
    <message>
        <source>“%1” is archived: restore it first.</source>
        <translation>„%1“ ist archiviert: Stellen Sie es zuerst wieder her.</translation>
    </message>
    <message>
        <source>Only tasks are completed; customers and projects are archived.</source>
        <translation>Nur Aufgaben werden abgeschlossen; Kunden und Projekte werden archiviert.</translation>
    </message>
    <message>
        <source>Only tasks can be moved to another project.</source>
        <translation>Nur Aufgaben können in ein anderes Projekt verschoben werden.</translation>
    </message>
    <message>
        <source>Your account may not move this task.</source>
        <translation>Ihr Konto darf diese Aufgabe nicht verschieben.</translation>
    </message>
    <message>
        <source>Type a name.</source>
        <translation>Geben Sie einen Namen ein.</translation>
    </message>
    <message>
        <source>The name is too long: at most 255 characters.</source>
        <translation>Der Name ist zu lang: höchstens 255 Zeichen.</translation>
    </message>
    <message>
        <source>The task is in this project already.</source>
        <translation>Die Aufgabe ist bereits in diesem Projekt.</translation>
    </message>
    <message>
        <source>Your account may not change this customer.</source>
        <translation>Ihr Konto darf diesen Kunden nicht ändern.</translation>
    </message>
    <message>
        <source>Your account may not change this project.</source>
        <translation>Ihr Konto darf dieses Projekt nicht ändern.</translation>
    </message>
    <message>
        <source>Your account may not change this task.</source>
        <translation>Ihr Konto darf diese Aufgabe nicht ändern.</translation>
    </message>
    <message>
        <source>Your account may not delete this customer.</source>
        <translation>Ihr Konto darf diesen Kunden nicht löschen.</translation>
    </message>
    <message>
        <source>Your account may not delete this project.</source>
        <translation>Ihr Konto darf dieses Projekt nicht löschen.</translation>
    </message>
    <message>
        <source>Your account may not delete this task.</source>
        <translation>Ihr Konto darf diese Aufgabe nicht löschen.</translation>
    </message>
    <message>
        <source>A customer named “%1” already exists.</source>
        <translation>Es gibt bereits einen Kunden namens „%1“.</translation>
    </message>
    <message>
        <source>A project named “%1” already exists in this customer.</source>
        <translation>Dieser Kunde hat bereits ein Projekt namens „%1“.</translation>
    </message>
    <message>
        <source>A task named “%1” already exists in this project.</source>
        <translation>Dieses Projekt hat bereits eine Aufgabe namens „%1“.</translation>
    </message>
    <message>
        <source>The server refused no change of this customer.</source>
        <translation>Der Server hat keine Änderung an diesem Kunden abgelehnt.</translation>
    </message>
    <message>
        <source>The server refused no change of this project.</source>
        <translation>Der Server hat keine Änderung an diesem Projekt abgelehnt.</translation>
    </message>
    <message>
        <source>The server refused no change of this task.</source>
        <translation>Der Server hat keine Änderung an dieser Aufgabe abgelehnt.</translation>
    </message>
</context>
<context>
    <name>actidesk::ScopeItemDialog</name>
    <message>
        <source>New Customer</source>
        <translation>Neuer Kunde</translation>
    </message>
    <message>
        <source>Edit Customer</source>
        <translation>Kunde bearbeiten</translation>
    </message>
    <message>
        <source>New Project</source>
        <translation>Neues Projekt</translation>
    </message>
    <message>
        <source>Edit Project</source>
        <translation>Projekt bearbeiten</translation>
    </message>
    <message>
        <source>New Task</source>
        <translation>Neue Aufgabe</translation>
    </message>
    <message>
        <source>Edit Task</source>
        <translation>Aufgabe bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Beschreibung:</translation>
    </message>
    <message>
        <source>D&amp;eadline:</source>
        <translation>&amp;Frist:</translation>
    </message>
    <message>
        <source>e.g. 12:30 or 12.5 (hours)</source>
        <translation>z. B. 12:30 oder 12,5 (Stunden)</translation>
    </message>
    <message>
        <source>E&amp;stimate:</source>
        <translation>&amp;Schätzung:</translation>
    </message>
    <message>
        <source>(server default)</source>
        <translation>(Standard des Servers)</translation>
    </message>
    <message>
        <source>&amp;Type of work:</source>
        <translation>&amp;Arbeitsart:</translation>
    </message>
    <message>
        <source>%1 (completed)</source>
        <translation>%1 (abgeschlossen)</translation>
    </message>
    <message>
        <source>&amp;Workflow status:</source>
        <translation>&amp;Workflow-Status:</translation>
    </message>
    <message>
        <source>&amp;Archived</source>
        <translation>A&amp;rchiviert</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Anlegen</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Umbenennen</translation>
    </message>
    <message>
        <source>Type a name.</source>
        <translation>Geben Sie einen Namen ein.</translation>
    </message>
    <message>
        <source>The estimate is not understood: type hours and minutes (12:30) or hours (12.5).</source>
        <translation>Die Schätzung ist nicht verständlich: Geben Sie Stunden und Minuten (12:30) oder Stunden (12,5) ein.</translation>
    </message>
</context>
<context>
    <name>actidesk::ScopePropertiesPanel</name>
    <message>
        <source>Select a customer, project or task to see its details.</source>
        <translation>Wählen Sie einen Kunden, ein Projekt oder eine Aufgabe, um die Details zu sehen.</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>Not yet on the server</source>
        <translation>Noch nicht auf dem Server</translation>
    </message>
    <message>
        <source>Open in actiTIME</source>
        <translation>In actiTIME öffnen</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archiviert</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Projekte</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Aufgaben</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Workflow status</source>
        <translation>Workflow-Status</translation>
    </message>
    <message>
        <source>Type of work</source>
        <translation>Arbeitsart</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Frist</translation>
    </message>
    <message>
        <source>Estimate</source>
        <translation>Schätzung</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Link</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Angelegt</translation>
    </message>
    <message>
        <source>The server refused the last change: %1</source>
        <translation>Der Server hat die letzte Änderung abgelehnt: %1</translation>
    </message>
    <message>
        <source>Changes wait to be sent to the server.</source>
        <translation>Änderungen warten darauf, an den Server gesendet zu werden.</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Kommentare</translation>
    </message>
    <message>
        <source>None in the weeks cached here</source>
        <translation>Keine in den hier zwischengespeicherten Wochen</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %2 estimated (%3%), by %n user, in the weeks cached here</source>
        <translation>
            <numerusform>%1 von %2 geschätzt (%3 %), von %n Benutzer, in den hier zwischengespeicherten Wochen</numerusform>
            <numerusform>%1 von %2 geschätzt (%3 %), von %n Benutzern, in den hier zwischengespeicherten Wochen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %2 estimated (%3%), by %n users, in the weeks cached here</source>
        <translation>
            <numerusform>%1 von %2 geschätzt (%3 %), von %n Benutzer, in den hier zwischengespeicherten Wochen</numerusform>
            <numerusform>%1 von %2 geschätzt (%3 %), von %n Benutzern, in den hier zwischengespeicherten Wochen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 by %n user in the weeks cached here</source>
        <translation>
            <numerusform>%1 von %n Benutzer in den hier zwischengespeicherten Wochen</numerusform>
            <numerusform>%1 von %n Benutzern in den hier zwischengespeicherten Wochen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 by %n users in the weeks cached here</source>
        <translation>
            <numerusform>%1 von %n Benutzer in den hier zwischengespeicherten Wochen</numerusform>
            <numerusform>%1 von %n Benutzern in den hier zwischengespeicherten Wochen</numerusform>
        </translation>
    </message>
    <message>
        <source>Tracked</source>
        <translation>Erfasst</translation>
    </message>
    <message>
        <source>The server gives no total for a task: this is the sum of the time cached here (the weeks this app fetched).</source>
        <translation>Der Server nennt keine Summe für eine Aufgabe: Dies ist die Summe der hier zwischengespeicherten Zeit (der Wochen, die diese App abgerufen hat).</translation>
    </message>
    <message>
        <source>The server gives no total for a task: this is the sum of the time cached here, %1 to %2.</source>
        <translation>Der Server nennt keine Summe für eine Aufgabe: Dies ist die Summe der hier zwischengespeicherten Zeit, %1 bis %2.</translation>
    </message>
    <message>
        <source>No comments.</source>
        <translation>Keine Kommentare.</translation>
    </message>
    <message>
        <source>%1, %2:</source>
        <translation>%1, %2:</translation>
    </message>
    <message>
        <source>As fetched on %1; they could not be fetched again: %2</source>
        <translation>Stand vom %1; sie konnten nicht erneut abgerufen werden: %2</translation>
    </message>
    <message>
        <source>The comments could not be fetched: %1</source>
        <translation>Die Kommentare konnten nicht abgerufen werden: %1</translation>
    </message>
    <message>
        <source>Fetching the comments…</source>
        <translation>Die Kommentare werden abgerufen…</translation>
    </message>
    <message>
        <source>None: not on the server yet.</source>
        <translation>Keine: noch nicht auf dem Server.</translation>
    </message>
</context>
<context>
    <name>actidesk::ScopeTreeModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Frist</translation>
    </message>
    <message>
        <source>Estimate</source>
        <translation>Schätzung</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archiviert</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Changed on the server too; your change waits for your decision.</source>
        <translation>Auch auf dem Server geändert; Ihre Änderung wartet auf Ihre Entscheidung.</translation>
    </message>
    <message>
        <source>The server refused the last change: %1</source>
        <translation>Der Server hat die letzte Änderung abgelehnt: %1</translation>
    </message>
    <message>
        <source>Waiting to be sent to the server</source>
        <translation>Wartet darauf, an den Server gesendet zu werden</translation>
    </message>
    <message>
        <source>User %1</source>
        <translation>Benutzer %1</translation>
    </message>
</context>
<context>
    <name>actidesk::SessionView</name>
    <message>
        <source>Views</source>
        <translation>Ansichten</translation>
    </message>
    <message>
        <source>Timesheet</source>
        <translation>Stundenzettel</translation>
    </message>
    <message>
        <source>Leave</source>
        <translation>Abwesenheit</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Aufgaben</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>Directory</source>
        <translation>Verzeichnis</translation>
    </message>
    <message>
        <source>Your week&apos;s time (Ctrl+1)</source>
        <translation>Ihre Zeit dieser Woche (Strg+1)</translation>
    </message>
    <message>
        <source>Your leave time (Ctrl+2)</source>
        <translation>Ihre Abwesenheiten (Strg+2)</translation>
    </message>
    <message>
        <source>Customers, projects and tasks (Ctrl+3)</source>
        <translation>Kunden, Projekte und Aufgaben (Strg+3)</translation>
    </message>
    <message>
        <source>Your team&apos;s week (Ctrl+4)</source>
        <translation>Die Woche Ihres Teams (Strg+4)</translation>
    </message>
    <message>
        <source>Users, departments, leave types and the server&apos;s settings (Ctrl+5)</source>
        <translation>Benutzer, Abteilungen, Abwesenheitsarten und die Einstellungen des Servers (Strg+5)</translation>
    </message>
    <message>
        <source>Timer</source>
        <translation>Timer</translation>
    </message>
</context>
<context>
    <name>actidesk::ShortcutsDialog</name>
    <message>
        <source>Timesheet grid</source>
        <translation>Stundenzettel-Tabelle</translation>
    </message>
    <message>
        <source>Leave grid</source>
        <translation>Abwesenheitstabelle</translation>
    </message>
    <message>
        <source>Type a duration to edit the cell</source>
        <translation>Eine Dauer tippen, um die Zelle zu bearbeiten</translation>
    </message>
    <message>
        <source>0–9</source>
        <translation>0–9</translation>
    </message>
    <message>
        <source>Edit the cell</source>
        <translation>Die Zelle bearbeiten</translation>
    </message>
    <message>
        <source>Save and move down / up</source>
        <translation>Speichern und nach unten / oben gehen</translation>
    </message>
    <message>
        <source>Next / previous day cell</source>
        <translation>Nächste / vorherige Tageszelle</translation>
    </message>
    <message>
        <source>Cancel the edit</source>
        <translation>Bearbeitung abbrechen</translation>
    </message>
    <message>
        <source>Clear the selected cells</source>
        <translation>Ausgewählte Zellen leeren</translation>
    </message>
    <message>
        <source>Edit the cell&apos;s comment</source>
        <translation>Den Kommentar der Zelle bearbeiten</translation>
    </message>
    <message>
        <source>Copy / paste cells (tab-separated, as spreadsheets do)</source>
        <translation>Zellen kopieren / einfügen (tabulatorgetrennt, wie in Tabellenkalkulationen)</translation>
    </message>
    <message>
        <source>The cell&apos;s menu</source>
        <translation>Das Menü der Zelle</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Fenster</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
</context>
<context>
    <name>actidesk::SignInDialog</name>
    <message>
        <source>Sign in to actiTIME</source>
        <translation>Bei actiTIME anmelden</translation>
    </message>
    <message>
        <source>Use the address, login and password you use for actiTIME in your browser.</source>
        <translation>Verwenden Sie die Adresse, den Anmeldenamen und das Passwort, die Sie für actiTIME im Browser verwenden.</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Serveradresse</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Anmeldename</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>&amp;Remember password in the system keychain</source>
        <translation>Passwort im System-Schlüsselbund &amp;merken</translation>
    </message>
    <message>
        <source>ActiDesk then signs in by itself when it starts. The password is kept only in the system keychain, never in a file.</source>
        <translation>ActiDesk meldet sich dann beim Start selbst an. Das Passwort liegt nur im System-Schlüsselbund, nie in einer Datei.</translation>
    </message>
    <message>
        <source>Allow plain &amp;http for this server</source>
        <translation>Unverschlüsseltes &amp;http für diesen Server erlauben</translation>
    </message>
    <message>
        <source>Without https your password and your data travel unencrypted. Only for a server on a network you trust.</source>
        <translation>Ohne https werden Ihr Passwort und Ihre Daten unverschlüsselt übertragen. Nur für einen Server in einem Netzwerk, dem Sie vertrauen.</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>&amp;Anmeldename:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>Sign-in problem</source>
        <translation>Anmeldeproblem</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Anmeldung läuft…</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <source>Allow plain http?</source>
        <translation>Unverschlüsseltes http erlauben?</translation>
    </message>
    <message>
        <source>Allow plain http for %1?</source>
        <translation>Unverschlüsseltes http für %1 erlauben?</translation>
    </message>
    <message>
        <source>Your password and your time data will travel unencrypted: anyone on the network between you and the server can read them. Allow this only for a server on a network you trust.</source>
        <translation>Ihr Passwort und Ihre Zeitdaten werden unverschlüsselt übertragen: Jeder im Netzwerk zwischen Ihnen und dem Server kann sie lesen. Erlauben Sie das nur für einen Server in einem Netzwerk, dem Sie vertrauen.</translation>
    </message>
    <message>
        <source>Allow plain http</source>
        <translation>Unverschlüsseltes http erlauben</translation>
    </message>
    <message>
        <source>ActiDesk tried https://. If this server uses plain http, type %1 instead.</source>
        <translation>ActiDesk hat https:// versucht. Wenn dieser Server unverschlüsseltes http verwendet, geben Sie stattdessen %1 ein.</translation>
    </message>
    <message>
        <source>Or, for a server on a network you trust, tick &quot;Allow plain http for this server&quot;.</source>
        <translation>Oder kreuzen Sie für einen Server in einem vertrauenswürdigen Netzwerk „Unverschlüsseltes http für diesen Server erlauben“ an.</translation>
    </message>
    <message>
        <source>Enter your actiTIME login.</source>
        <translation>Geben Sie Ihren actiTIME-Anmeldenamen ein.</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>Geben Sie Ihr Passwort ein.</translation>
    </message>
</context>
<context>
    <name>actidesk::SignInProblem</name>
    <message>
        <source>Too many failed sign-ins from this computer. The server accepts new attempts again now.</source>
        <translation>Zu viele fehlgeschlagene Anmeldungen von diesem Computer. Der Server nimmt jetzt wieder neue Versuche an.</translation>
    </message>
    <message numerus="yes">
        <source>Too many failed sign-ins from this computer. The server accepts new attempts in %n second.</source>
        <translation>
            <numerusform>Zu viele fehlgeschlagene Anmeldungen von diesem Computer. Der Server nimmt in %n Sekunde wieder neue Versuche an.</numerusform>
            <numerusform>Zu viele fehlgeschlagene Anmeldungen von diesem Computer. Der Server nimmt in %n Sekunden wieder neue Versuche an.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Too many failed sign-ins from this computer. The server accepts new attempts in %n seconds.</source>
        <translation>
            <numerusform>Zu viele fehlgeschlagene Anmeldungen von diesem Computer. Der Server nimmt in %n Sekunde wieder neue Versuche an.</numerusform>
            <numerusform>Zu viele fehlgeschlagene Anmeldungen von diesem Computer. Der Server nimmt in %n Sekunden wieder neue Versuche an.</numerusform>
        </translation>
    </message>
    <message>
        <source>The server is busy (too many requests). Try again now.</source>
        <translation>Der Server ist ausgelastet (zu viele Anfragen). Versuchen Sie es jetzt erneut.</translation>
    </message>
    <message numerus="yes">
        <source>The server is busy (too many requests). Try again in %n second.</source>
        <translation>
            <numerusform>Der Server ist ausgelastet (zu viele Anfragen). Versuchen Sie es in %n Sekunde erneut.</numerusform>
            <numerusform>Der Server ist ausgelastet (zu viele Anfragen). Versuchen Sie es in %n Sekunden erneut.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The server is busy (too many requests). Try again in %n seconds.</source>
        <translation>
            <numerusform>Der Server ist ausgelastet (zu viele Anfragen). Versuchen Sie es in %n Sekunde erneut.</numerusform>
            <numerusform>Der Server ist ausgelastet (zu viele Anfragen). Versuchen Sie es in %n Sekunden erneut.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>actidesk::StatusIndicators</name>
    <message>
        <source>%1 on %2</source>
        <translation>%1 auf %2</translation>
    </message>
    <message>
        <source>Signed-in account</source>
        <translation>Angemeldetes Konto</translation>
    </message>
    <message>
        <source>Paused: server asks to wait until %1 (%2)</source>
        <translation>Pausiert: Der Server bittet, bis %1 zu warten (%2)</translation>
    </message>
    <message>
        <source>The server asked ActiDesk to send nothing until then. Edits are kept on this computer and sent afterwards.</source>
        <translation>Der Server hat ActiDesk gebeten, bis dahin nichts zu senden. Änderungen bleiben auf diesem Computer und werden danach gesendet.</translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Synchronisierung…</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Anmeldung läuft…</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>Sign-in needed</source>
        <translation>Anmeldung nötig</translation>
    </message>
    <message>
        <source>Cannot save</source>
        <translation>Speichern nicht möglich</translation>
    </message>
    <message>
        <source>Edits are saved on this computer first and sent when the server is reachable.</source>
        <translation>Änderungen werden zuerst auf diesem Computer gespeichert und gesendet, sobald der Server erreichbar ist.</translation>
    </message>
    <message>
        <source>%1
Click to sign in.</source>
        <translation>%1
Zum Anmelden klicken.</translation>
    </message>
    <message numerus="yes">
        <source>%n request waiting</source>
        <translation>
            <numerusform>%n Anfrage wartet</numerusform>
            <numerusform>%n Anfragen warten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n requests waiting</source>
        <translation>
            <numerusform>%n Anfrage wartet</numerusform>
            <numerusform>%n Anfragen warten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change to send</source>
        <translation>
            <numerusform>%n ausstehende Änderung</numerusform>
            <numerusform>%n ausstehende Änderungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changes to send</source>
        <translation>
            <numerusform>%n ausstehende Änderung</numerusform>
            <numerusform>%n ausstehende Änderungen</numerusform>
        </translation>
    </message>
    <message>
        <source>Changes made here that the server has not confirmed yet. Click to go to the first one.</source>
        <translation>Hier gemachte Änderungen, die der Server noch nicht bestätigt hat. Klicken, um zur ersten zu gehen.</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict</source>
        <translation>
            <numerusform>%n Konflikt</numerusform>
            <numerusform>%n Konflikte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflicts</source>
        <translation>
            <numerusform>%n Konflikt</numerusform>
            <numerusform>%n Konflikte</numerusform>
        </translation>
    </message>
    <message>
        <source>Cells changed here and on the server: right-click one (or Shift+F10) to settle it. Click to go to the first one.</source>
        <translation>Hier und auf dem Server geänderte Zellen: Rechtsklick auf eine (oder Umschalt+F10), um sie zu klären. Klicken, um zur ersten zu gehen.</translation>
    </message>
    <message numerus="yes">
        <source>%n refused</source>
        <translation>
            <numerusform>%n abgelehnt</numerusform>
            <numerusform>%n abgelehnt</numerusform>
        </translation>
    </message>
    <message>
        <source>Changes the server refused: they are marked in the timesheet with the reason. Click to go to the first one.</source>
        <translation>Vom Server abgelehnte Änderungen: Sie sind im Stundenzettel mit dem Grund markiert. Klicken, um zur ersten zu gehen.</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>Noch nicht synchronisiert</translation>
    </message>
    <message>
        <source>Data as of %1</source>
        <translation>Datenstand %1</translation>
    </message>
</context>
<context>
    <name>actidesk::Store</name>
    <message>
        <source>The offline cache cannot be written. Check the permissions of ActiDesk&apos;s data folder.</source>
        <translation>Der Offline-Cache kann nicht geschrieben werden. Prüfen Sie die Berechtigungen des Datenordners von ActiDesk.</translation>
    </message>
    <message>
        <source>the file does not belong to ActiDesk</source>
        <translation>die Datei gehört nicht zu ActiDesk</translation>
    </message>
    <message>
        <source>it was written by a newer version of ActiDesk</source>
        <translation>sie wurde von einer neueren Version von ActiDesk geschrieben</translation>
    </message>
    <message>
        <source>it is damaged</source>
        <translation>sie ist beschädigt</translation>
    </message>
    <message numerus="yes">
        <source>%n change not yet sent was kept; others could not be read.</source>
        <translation>
            <numerusform>%n noch nicht gesendete Änderung wurde behalten; andere konnten nicht gelesen werden.</numerusform>
            <numerusform>%n noch nicht gesendete Änderungen wurden behalten; andere konnten nicht gelesen werden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changes not yet sent were kept; others could not be read.</source>
        <translation>
            <numerusform>%n noch nicht gesendete Änderung wurde behalten; andere konnten nicht gelesen werden.</numerusform>
            <numerusform>%n noch nicht gesendete Änderungen wurden behalten; andere konnten nicht gelesen werden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change not yet sent was kept and will be sent.</source>
        <translation>
            <numerusform>%n noch nicht gesendete Änderung wurde behalten und wird gesendet.</numerusform>
            <numerusform>%n noch nicht gesendete Änderungen wurden behalten und werden gesendet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changes not yet sent were kept and will be sent.</source>
        <translation>
            <numerusform>%n noch nicht gesendete Änderung wurde behalten und wird gesendet.</numerusform>
            <numerusform>%n noch nicht gesendete Änderungen wurden behalten und werden gesendet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Changes that had not been sent yet could not be kept.</source>
        <translation>Noch nicht gesendete Änderungen konnten nicht behalten werden.</translation>
    </message>
    <message>
        <source>No change was waiting to be sent.</source>
        <translation>Es wartete keine Änderung auf das Senden.</translation>
    </message>
    <message>
        <source>The offline cache %1 could not be opened. %2</source>
        <translation>Der Offline-Cache %1 konnte nicht geöffnet werden. %2</translation>
    </message>
    <message>
        <source>Its folder cannot be created.</source>
        <translation>Sein Ordner kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Something else is in its place.</source>
        <translation>An seiner Stelle liegt etwas anderes.</translation>
    </message>
    <message>
        <source>It is unusable and cannot be moved aside.</source>
        <translation>Er ist unbrauchbar und kann nicht beiseitegelegt werden.</translation>
    </message>
    <message>
        <source>The offline cache could not be used (%1). It was set aside as %2 and a new one was started: your data will be downloaded again from the server.</source>
        <translation>Der Offline-Cache konnte nicht verwendet werden (%1). Er wurde als %2 beiseitegelegt und ein neuer angelegt: Ihre Daten werden erneut vom Server geladen.</translation>
    </message>
    <message>
        <source>Invalid date range.</source>
        <translation>Ungültiger Datumsbereich.</translation>
    </message>
    <message>
        <source>Invalid time-track data.</source>
        <translation>Ungültige Zeiterfassungsdaten.</translation>
    </message>
    <message>
        <source>Invalid schedule.</source>
        <translation>Ungültiger Arbeitszeitplan.</translation>
    </message>
    <message>
        <source>The change was already sent or discarded.</source>
        <translation>Die Änderung wurde bereits gesendet oder verworfen.</translation>
    </message>
    <message>
        <source>Enter a time between 0:00 and 24:00 for a valid day.</source>
        <translation>Geben Sie für einen gültigen Tag eine Zeit zwischen 0:00 und 24:00 ein.</translation>
    </message>
    <message>
        <source>Invalid change.</source>
        <translation>Ungültige Änderung.</translation>
    </message>
    <message>
        <source>The cache cannot be cleared inside another write.</source>
        <translation>Der Cache kann nicht innerhalb eines anderen Schreibvorgangs geleert werden.</translation>
    </message>
</context>
<context>
    <name>actidesk::SyncEngine</name>
    <message>
        <source>Signed out: the comments are not fetched.</source>
        <translation>Abgemeldet: Die Kommentare werden nicht abgerufen.</translation>
    </message>
</context>
<context>
    <name>actidesk::TaskBrowserPage</name>
    <message>
        <source>Search customers, projects and tasks</source>
        <translation>Kunden, Projekte und Aufgaben durchsuchen</translation>
    </message>
    <message>
        <source>Search tasks</source>
        <translation>Aufgaben durchsuchen</translation>
    </message>
    <message>
        <source>Search Tasks</source>
        <translation>Aufgaben durchsuchen</translation>
    </message>
    <message>
        <source>Show completed tasks</source>
        <translation>Abgeschlossene Aufgaben anzeigen</translation>
    </message>
    <message>
        <source>Loading the tasks from the server…</source>
        <translation>Die Aufgaben werden vom Server geladen…</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>No tasks are cached yet. They arrive with the next sync.</source>
        <translation>Noch keine Aufgaben zwischengespeichert. Sie kommen mit der nächsten Synchronisierung.</translation>
    </message>
    <message numerus="yes">
        <source>%n task cached</source>
        <translation>
            <numerusform>%n Aufgabe zwischengespeichert</numerusform>
            <numerusform>%n Aufgaben zwischengespeichert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tasks cached</source>
        <translation>
            <numerusform>%n Aufgabe zwischengespeichert</numerusform>
            <numerusform>%n Aufgaben zwischengespeichert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n project</source>
        <translation>
            <numerusform>%n Projekt</numerusform>
            <numerusform>%n Projekte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n projects</source>
        <translation>
            <numerusform>%n Projekt</numerusform>
            <numerusform>%n Projekte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n task</source>
        <translation>
            <numerusform>%n Aufgabe</numerusform>
            <numerusform>%n Aufgaben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tasks</source>
        <translation>
            <numerusform>%n Aufgabe</numerusform>
            <numerusform>%n Aufgaben</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter or double-click puts a task on the timesheet&apos;s week; Ins adds, F2 renames, Ctrl+Enter edits, Del deletes</source>
        <translation>Eingabe oder Doppelklick setzt eine Aufgabe in die Woche des Stundenzettels; Einfg fügt hinzu, F2 benennt um, Strg+Eingabe bearbeitet, Entf löscht</translation>
    </message>
    <message>
        <source>New…</source>
        <translation>Neu…</translation>
    </message>
    <message>
        <source>New Customer…</source>
        <translation>Neuer Kunde…</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Umbenennen…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>Abschließen</translation>
    </message>
    <message>
        <source>Move to Project…</source>
        <translation>In Projekt verschieben…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Löschen…</translation>
    </message>
    <message>
        <source>Track Time on This</source>
        <translation>Zeit hierauf erfassen</translation>
    </message>
    <message>
        <source>Show archived</source>
        <translation>Archivierte anzeigen</translation>
    </message>
    <message>
        <source>Workflow status</source>
        <translation>Workflow-Status</translation>
    </message>
    <message>
        <source>Type of work</source>
        <translation>Arbeitsart</translation>
    </message>
    <message>
        <source>Any workflow status</source>
        <translation>Beliebiger Workflow-Status</translation>
    </message>
    <message>
        <source>Any type of work</source>
        <translation>Beliebige Arbeitsart</translation>
    </message>
    <message>
        <source>Add a customer (Ins)</source>
        <translation>Einen Kunden hinzufügen (Einfg)</translation>
    </message>
    <message>
        <source>New Project…</source>
        <translation>Neues Projekt…</translation>
    </message>
    <message>
        <source>Add a project to this customer (Ins)</source>
        <translation>Diesem Kunden ein Projekt hinzufügen (Einfg)</translation>
    </message>
    <message>
        <source>New Task…</source>
        <translation>Neue Aufgabe…</translation>
    </message>
    <message>
        <source>Add a task to this project (Ins)</source>
        <translation>Diesem Projekt eine Aufgabe hinzufügen (Einfg)</translation>
    </message>
    <message>
        <source>Add a customer</source>
        <translation>Einen Kunden hinzufügen</translation>
    </message>
    <message>
        <source>Select a customer, project or task first.</source>
        <translation>Wählen Sie zuerst einen Kunden, ein Projekt oder eine Aufgabe.</translation>
    </message>
    <message>
        <source>Rename (F2)</source>
        <translation>Umbenennen (F2)</translation>
    </message>
    <message>
        <source>Edit the description and the other fields (Ctrl+Enter)</source>
        <translation>Die Beschreibung und die anderen Felder bearbeiten (Strg+Eingabe)</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Wieder öffnen</translation>
    </message>
    <message>
        <source>Only tasks are completed; edit a customer or project to archive it.</source>
        <translation>Nur Aufgaben werden abgeschlossen; bearbeiten Sie einen Kunden oder ein Projekt, um es zu archivieren.</translation>
    </message>
    <message>
        <source>Open the task again (Ctrl+K)</source>
        <translation>Die Aufgabe wieder öffnen (Strg+K)</translation>
    </message>
    <message>
        <source>Mark the task completed (Ctrl+K)</source>
        <translation>Die Aufgabe als abgeschlossen markieren (Strg+K)</translation>
    </message>
    <message>
        <source>Only tasks can be moved to another project.</source>
        <translation>Nur Aufgaben können in ein anderes Projekt verschoben werden.</translation>
    </message>
    <message>
        <source>Move the task to another project (Ctrl+M)</source>
        <translation>Die Aufgabe in ein anderes Projekt verschieben (Strg+M)</translation>
    </message>
    <message>
        <source>Delete, after asking (Del)</source>
        <translation>Löschen, nach Rückfrage (Entf)</translation>
    </message>
    <message>
        <source>Show the server&apos;s values again: %1</source>
        <translation>Die Werte des Servers wieder anzeigen: %1</translation>
    </message>
    <message>
        <source>Select a task to track time on it.</source>
        <translation>Wählen Sie eine Aufgabe, um Zeit darauf zu erfassen.</translation>
    </message>
    <message>
        <source>The task is not on the server yet.</source>
        <translation>Die Aufgabe ist noch nicht auf dem Server.</translation>
    </message>
    <message>
        <source>Put the task on the timesheet&apos;s week (Enter)</source>
        <translation>Die Aufgabe in die Woche des Stundenzettels setzen (Eingabe)</translation>
    </message>
    <message>
        <source>Delete the customer “%1” with its %2 and %3?</source>
        <translation>Den Kunden „%1“ mit seinen %2 und %3 löschen?</translation>
    </message>
    <message>
        <source>Delete the project “%1” with its %2?</source>
        <translation>Das Projekt „%1“ mit seinen %2 löschen?</translation>
    </message>
    <message>
        <source>Delete the task “%1”?</source>
        <translation>Die Aufgabe „%1“ löschen?</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>The time tracked on what is deleted is deleted on the server too.</source>
        <translation>Die auf Gelöschtem erfasste Zeit wird auch auf dem Server gelöscht.</translation>
    </message>
    <message>
        <source>There is no other project this task can move to.</source>
        <translation>Es gibt kein anderes Projekt, in das diese Aufgabe verschoben werden kann.</translation>
    </message>
    <message>
        <source>Move to Project</source>
        <translation>In Projekt verschieben</translation>
    </message>
    <message>
        <source>Move “%1” to:</source>
        <translation>„%1“ verschieben nach:</translation>
    </message>
    <message>
        <source>Customers, projects and tasks</source>
        <translation>Kunden, Projekte und Aufgaben</translation>
    </message>
    <message>
        <source>Keep Mine (Send Again)</source>
        <translation>Meine behalten (erneut senden)</translation>
    </message>
    <message>
        <source>Take the Server&apos;s (Discard Mine)</source>
        <translation>Die des Servers übernehmen (meine verwerfen)</translation>
    </message>
    <message>
        <source>Start Timer on This Task</source>
        <translation>Timer für diese Aufgabe starten</translation>
    </message>
    <message>
        <source>Send my change again: %1</source>
        <translation>Meine Änderung erneut senden: %1</translation>
    </message>
    <message>
        <source>Properties of the selected object</source>
        <translation>Eigenschaften des gewählten Objekts</translation>
    </message>
</context>
<context>
    <name>actidesk::TaskPickerDialog</name>
    <message>
        <source>Add Task to the Week</source>
        <translation>Aufgabe zur Woche hinzufügen</translation>
    </message>
    <message>
        <source>Search customer, project or task</source>
        <translation>Kunde, Projekt oder Aufgabe suchen</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>No open tasks are cached yet.</source>
        <translation>Noch keine offenen Aufgaben zwischengespeichert.</translation>
    </message>
    <message>
        <source>No open task matches.</source>
        <translation>Keine offene Aufgabe passt.</translation>
    </message>
    <message numerus="yes">
        <source>%n task</source>
        <translation>
            <numerusform>%n Aufgabe</numerusform>
            <numerusform>%n Aufgaben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tasks</source>
        <translation>
            <numerusform>%n Aufgabe</numerusform>
            <numerusform>%n Aufgaben</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>actidesk::TaskTimer</name>
    <message>
        <source>Task %1</source>
        <translation>Aufgabe %1</translation>
    </message>
</context>
<context>
    <name>actidesk::TimerTray</name>
    <message>
        <source>&amp;Stop Timer</source>
        <translation>Timer &amp;stoppen</translation>
    </message>
    <message>
        <source>Start Timer &amp;On</source>
        <translation>Timer starten &amp;für</translation>
    </message>
    <message>
        <source>Show &amp;ActiDesk</source>
        <translation>&amp;ActiDesk anzeigen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>No timer running</source>
        <translation>Kein Timer läuft</translation>
    </message>
    <message>
        <source>%1 — %2 running</source>
        <translation>%1 — %2 läuft</translation>
    </message>
    <message>
        <source>ActiDesk: %1</source>
        <translation>ActiDesk: %1</translation>
    </message>
    <message>
        <source>No recent tasks — start one from the timesheet</source>
        <translation>Keine kürzlich verwendeten Aufgaben – starten Sie eine aus dem Stundenzettel</translation>
    </message>
</context>
<context>
    <name>actidesk::TimesheetCellCommand</name>
    <message>
        <source>Edit of %1</source>
        <translation>Bearbeitung von %1</translation>
    </message>
</context>
<context>
    <name>actidesk::TimesheetIcal</name>
    <message>
        <source>Timesheet %1 (%2)</source>
        <translation>Stundenzettel %1 (%2)</translation>
    </message>
</context>
<context>
    <name>actidesk::TimesheetModel</name>
    <message>
        <source>Leave #%1</source>
        <translation>Abwesenheit Nr. %1</translation>
    </message>
    <message>
        <source>The task is already on this week&apos;s timesheet.</source>
        <translation>Die Aufgabe steht bereits im Stundenzettel dieser Woche.</translation>
    </message>
    <message>
        <source>The task is not known here yet; refresh and try again.</source>
        <translation>Die Aufgabe ist hier noch nicht bekannt; aktualisieren Sie und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Time cannot be added to the completed task “%1”.</source>
        <translation>Zur abgeschlossenen Aufgabe „%1“ kann keine Zeit hinzugefügt werden.</translation>
    </message>
    <message>
        <source>Task #%1</source>
        <translation>Aufgabe Nr. %1</translation>
    </message>
    <message>
        <source>This task is not cached yet; it appears after the next refresh.</source>
        <translation>Diese Aufgabe ist noch nicht zwischengespeichert; sie erscheint nach der nächsten Aktualisierung.</translation>
    </message>
    <message>
        <source>Scheduled: %1, overtime: %2</source>
        <translation>Soll: %1, Überstunden: %2</translation>
    </message>
    <message>
        <source>Leave: %1 (counts toward the schedule of working days)</source>
        <translation>Abwesenheit: %1 (zählt zum Soll der Arbeitstage)</translation>
    </message>
    <message>
        <source>Refused by the server, not counted: %1 (the server&apos;s values count)</source>
        <translation>Vom Server abgelehnt, nicht gezählt: %1 (die Werte des Servers zählen)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Leave</source>
        <translation>Abwesenheit</translation>
    </message>
    <message>
        <source>Leave is entered on the Leave page.</source>
        <translation>Abwesenheit wird auf der Seite Abwesenheit eingetragen.</translation>
    </message>
    <message>
        <source>Leave taken; it counts toward the schedule of working days. Leave is entered on the Leave page.</source>
        <translation>Genommene Abwesenheit; sie zählt zum Soll der Arbeitstage. Abwesenheit wird auf der Seite Abwesenheit eingetragen.</translation>
    </message>
    <message>
        <source>You are not allowed to submit time-track.</source>
        <translation>Sie dürfen keine Zeiten erfassen.</translation>
    </message>
    <message>
        <source>The task “%1” is completed; its time can no longer be changed.</source>
        <translation>Die Aufgabe „%1“ ist abgeschlossen; ihre Zeit kann nicht mehr geändert werden.</translation>
    </message>
    <message>
        <source>This day is approved; its time can no longer be changed.</source>
        <translation>Dieser Tag ist genehmigt; seine Zeit kann nicht mehr geändert werden.</translation>
    </message>
    <message>
        <source>The server refused a change on this day as locked (“%1”); its time can no longer be changed.</source>
        <translation>Der Server hat eine Änderung an diesem Tag als gesperrt abgelehnt („%1“); seine Zeit kann nicht mehr geändert werden.</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <source>Only the days of a task can be edited.</source>
        <translation>Nur die Tage einer Aufgabe können bearbeitet werden.</translation>
    </message>
    <message>
        <source>Only the days of a task can have a comment.</source>
        <translation>Nur die Tage einer Aufgabe können einen Kommentar haben.</translation>
    </message>
    <message>
        <source>not a task row</source>
        <translation>keine Aufgabenzeile</translation>
    </message>
    <message>
        <source>it has time this week</source>
        <translation>sie hat Zeit in dieser Woche</translation>
    </message>
    <message>
        <source>it has changes not yet sent</source>
        <translation>sie hat noch nicht gesendete Änderungen</translation>
    </message>
    <message>
        <source>The row cannot be removed: %1.</source>
        <translation>Die Zeile kann nicht entfernt werden: %1.</translation>
    </message>
</context>
<context>
    <name>actidesk::TimesheetPage</name>
    <message>
        <source>Loading this week from the server…</source>
        <translation>Diese Woche wird vom Server geladen…</translation>
    </message>
    <message>
        <source>Edit Comment</source>
        <translation>Kommentar bearbeiten</translation>
    </message>
    <message>
        <source>not sent yet</source>
        <translation>noch nicht gesendet</translation>
    </message>
    <message>
        <source>conflict</source>
        <translation>Konflikt</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>abgelehnt</translation>
    </message>
    <message>
        <source>comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <source>&amp;Add Task…</source>
        <translation>Aufgabe &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Copy Previous Week…</source>
        <translation>&amp;Vorwoche kopieren…</translation>
    </message>
    <message>
        <source>Co&amp;mments</source>
        <translation>&amp;Kommentare</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>Re&amp;move Row</source>
        <translation>Zeile &amp;entfernen</translation>
    </message>
    <message>
        <source>No time this week. Press %1 to add a task or copy last week.</source>
        <translation>Keine Zeit in dieser Woche. Drücken Sie %1, um eine Aufgabe hinzuzufügen oder die Vorwoche zu kopieren.</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Week %1 · %2</source>
        <translation>KW %1 · %2</translation>
    </message>
    <message>
        <source>%1 + %2 leave</source>
        <translation>%1 + %2 Abwesenheit</translation>
    </message>
    <message>
        <source>This week %1 · schedule not known yet</source>
        <translation>Diese Woche %1 · Soll noch unbekannt</translation>
    </message>
    <message>
        <source>%1 over</source>
        <translation>%1 darüber</translation>
    </message>
    <message>
        <source>%1 under</source>
        <translation>%1 darunter</translation>
    </message>
    <message>
        <source>on schedule</source>
        <translation>im Soll</translation>
    </message>
    <message>
        <source>This week &lt;b&gt;%1&lt;/b&gt; of %2 scheduled · %3</source>
        <translation>Diese Woche &lt;b&gt;%1&lt;/b&gt; von %2 Soll · %3</translation>
    </message>
    <message>
        <source>Whole week &lt;b&gt;%1&lt;/b&gt; of %2 scheduled · %3</source>
        <translation>Ganze Woche &lt;b&gt;%1&lt;/b&gt; von %2 Soll · %3</translation>
    </message>
    <message>
        <source>nothing due yet</source>
        <translation>noch nichts fällig</translation>
    </message>
    <message>
        <source>So far &lt;b&gt;%1&lt;/b&gt; of %2 scheduled · %3 · whole week %4 of %5 scheduled</source>
        <translation>Bisher &lt;b&gt;%1&lt;/b&gt; von %2 Soll · %3 · ganze Woche %4 von %5 Soll</translation>
    </message>
    <message>
        <source> · %1 refused, not counted</source>
        <translation> · %1 abgelehnt, nicht gezählt</translation>
    </message>
    <message>
        <source>Remove Row (%1)</source>
        <translation>Zeile entfernen (%1)</translation>
    </message>
    <message numerus="yes">
        <source>%n day could not be copied: %1</source>
        <translation>
            <numerusform>%n Tag konnte nicht kopiert werden: %1</numerusform>
            <numerusform>%n Tage konnten nicht kopiert werden: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days could not be copied: %1</source>
        <translation>
            <numerusform>%n Tag konnte nicht kopiert werden: %1</numerusform>
            <numerusform>%n Tage konnten nicht kopiert werden: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Copied from last week: %1 and %2.</source>
        <translation>Aus der Vorwoche kopiert: %1 und %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n new row</source>
        <translation>
            <numerusform>%n neue Zeile</numerusform>
            <numerusform>%n neue Zeilen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new rows</source>
        <translation>
            <numerusform>%n neue Zeile</numerusform>
            <numerusform>%n neue Zeilen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day of time</source>
        <translation>
            <numerusform>%n Tag mit Zeit</numerusform>
            <numerusform>%n Tage mit Zeit</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days of time</source>
        <translation>
            <numerusform>%n Tag mit Zeit</numerusform>
            <numerusform>%n Tage mit Zeit</numerusform>
        </translation>
    </message>
    <message>
        <source>Timesheet</source>
        <translation>Stundenzettel</translation>
    </message>
</context>
<context>
    <name>actidesk::TimesheetRows</name>
    <message>
        <source>User %1</source>
        <translation>Benutzer %1</translation>
    </message>
    <message>
        <source>Task %1</source>
        <translation>Aufgabe %1</translation>
    </message>
</context>
<context>
    <name>actidesk::TimesheetView</name>
    <message>
        <source>No time this week. Press Ctrl+T to add a task or copy last week.</source>
        <translation>Keine Zeit in dieser Woche. Drücken Sie Strg+T, um eine Aufgabe hinzuzufügen oder die Vorwoche zu kopieren.</translation>
    </message>
    <message>
        <source>Clear Cells</source>
        <translation>Zellen leeren</translation>
    </message>
    <message numerus="yes">
        <source>Clear the time of %n cells?</source>
        <translation>
            <numerusform>Die Zeit von %n Zelle löschen?</numerusform>
            <numerusform>Die Zeit von %n Zellen löschen?</numerusform>
        </translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Choose the day of a task to paste into.</source>
        <translation>Wählen Sie den Tag einer Aufgabe, in den eingefügt werden soll.</translation>
    </message>
    <message>
        <source>The clipboard has no values to paste.</source>
        <translation>Die Zwischenablage enthält keine Werte zum Einfügen.</translation>
    </message>
    <message>
        <source>%1 does not fit in the week from this cell.</source>
        <translation>%1 passt ab dieser Zelle nicht in die Woche.</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>Einfügen</translation>
    </message>
    <message>
        <source>Values pasted: %1.</source>
        <translation>Eingefügte Werte: %1.</translation>
    </message>
    <message>
        <source>Values pasted: %1; not pasted: %2. %3</source>
        <translation>Eingefügte Werte: %1; nicht eingefügt: %2. %3</translation>
    </message>
</context>
<context>
    <name>actidesk::UserGuideDialog</name>
    <message>
        <source>ActiDesk User Guide</source>
        <translation>ActiDesk-Benutzerhandbuch</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>Benutzerhandbuch</translation>
    </message>
</context>
<context>
    <name>actidesk::WeekCopyPlan</name>
    <message>
        <source>Task #%1</source>
        <translation>Aufgabe Nr. %1</translation>
    </message>
    <message>
        <source>Completed task</source>
        <translation>Abgeschlossene Aufgabe</translation>
    </message>
    <message>
        <source>Task not known here yet</source>
        <translation>Aufgabe hier noch unbekannt</translation>
    </message>
    <message>
        <source>Approved day</source>
        <translation>Genehmigter Tag</translation>
    </message>
    <message>
        <source>Locked day</source>
        <translation>Gesperrter Tag</translation>
    </message>
    <message>
        <source>Non-working day</source>
        <translation>Arbeitsfreier Tag</translation>
    </message>
    <message>
        <source>Schedule not known</source>
        <translation>Soll unbekannt</translation>
    </message>
    <message>
        <source>Already has time</source>
        <translation>Hat bereits Zeit</translation>
    </message>
    <message>
        <source>%1 + %2 leave</source>
        <translation>%1 + %2 Abwesenheit</translation>
    </message>
    <message>
        <source>%1 %2 of %3 scheduled</source>
        <translation>%1 %2 von %3 Soll</translation>
    </message>
    <message numerus="yes">
        <source>After the copy %n day is over its schedule: %1.</source>
        <translation>
            <numerusform>Nach dem Kopieren liegt %n Tag über dem Soll: %1.</numerusform>
            <numerusform>Nach dem Kopieren liegen %n Tage über dem Soll: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>After the copy %n days are over their schedule: %1.</source>
        <translation>
            <numerusform>Nach dem Kopieren liegt %n Tag über dem Soll: %1.</numerusform>
            <numerusform>Nach dem Kopieren liegen %n Tage über dem Soll: %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>actidesk::WeekNavigator</name>
    <message>
        <source>&amp;Previous Month</source>
        <translation>&amp;Vorheriger Monat</translation>
    </message>
    <message>
        <source>&amp;Previous Week</source>
        <translation>&amp;Vorherige Woche</translation>
    </message>
    <message>
        <source>Show the previous month</source>
        <translation>Den vorherigen Monat anzeigen</translation>
    </message>
    <message>
        <source>Show the previous week</source>
        <translation>Die vorherige Woche anzeigen</translation>
    </message>
    <message>
        <source>&amp;This Month</source>
        <translation>&amp;Dieser Monat</translation>
    </message>
    <message>
        <source>&amp;This Week</source>
        <translation>&amp;Diese Woche</translation>
    </message>
    <message>
        <source>Show the month with today</source>
        <translation>Den Monat mit dem heutigen Tag anzeigen</translation>
    </message>
    <message>
        <source>Show the week with today</source>
        <translation>Die Woche mit dem heutigen Tag anzeigen</translation>
    </message>
    <message>
        <source>This Month</source>
        <translation>Dieser Monat</translation>
    </message>
    <message>
        <source>This Week</source>
        <translation>Diese Woche</translation>
    </message>
    <message>
        <source>&amp;Next Month</source>
        <translation>&amp;Nächster Monat</translation>
    </message>
    <message>
        <source>&amp;Next Week</source>
        <translation>&amp;Nächste Woche</translation>
    </message>
    <message>
        <source>Show the next month</source>
        <translation>Den nächsten Monat anzeigen</translation>
    </message>
    <message>
        <source>Show the next week</source>
        <translation>Die nächste Woche anzeigen</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>actidesk::WelcomePage</name>
    <message>
        <source>&lt;h2&gt;Welcome to ActiDesk&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Willkommen bei ActiDesk&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Sign in to your actiTIME server, or try ActiDesk with the bundled demo data.</source>
        <translation>Melden Sie sich bei Ihrem actiTIME-Server an oder probieren Sie ActiDesk mit den mitgelieferten Demodaten aus.</translation>
    </message>
    <message>
        <source>Sign In…</source>
        <translation>Anmelden…</translation>
    </message>
    <message>
        <source>Try the Demo</source>
        <translation>Demo ausprobieren</translation>
    </message>
</context>
<context>
    <name>actidesk::WorkflowStatusDialog</name>
    <message>
        <source>New Workflow Status</source>
        <translation>Neuer Workflow-Status</translation>
    </message>
    <message>
        <source>Rename Workflow Status</source>
        <translation>Workflow-Status umbenennen</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Anlegen</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Art:</translation>
    </message>
</context>
<context>
    <name>actidesk::WorkflowStatusEditor</name>
    <message>
        <source>Changed on the server too; your change waits for your decision.</source>
        <translation>Auch auf dem Server geändert; Ihre Änderung wartet auf Ihre Entscheidung.</translation>
    </message>
    <message>
        <source>Your account may not create workflow statuses.</source>
        <translation>Ihr Konto darf keine Workflow-Status anlegen.</translation>
    </message>
    <message>
        <source>This workflow status is not in the cache.</source>
        <translation>Dieser Workflow-Status ist nicht im Cache.</translation>
    </message>
    <message>
        <source>Your account may not change this workflow status.</source>
        <translation>Ihr Konto darf diesen Workflow-Status nicht ändern.</translation>
    </message>
    <message>
        <source>This workflow status cannot be deleted: tasks use it, it is the last of its type, or your account may not delete it.</source>
        <translation>Dieser Workflow-Status kann nicht gelöscht werden: Aufgaben verwenden ihn, er ist der letzte seiner Art, oder Ihr Konto darf ihn nicht löschen.</translation>
    </message>
    <message>
        <source>Type a name.</source>
        <translation>Geben Sie einen Namen ein.</translation>
    </message>
    <message>
        <source>The name is too long: at most 255 characters.</source>
        <translation>Der Name ist zu lang: höchstens 255 Zeichen.</translation>
    </message>
    <message>
        <source>A workflow status named “%1” already exists.</source>
        <translation>Ein Workflow-Status namens „%1“ existiert bereits.</translation>
    </message>
    <message>
        <source>The server refused no change of this workflow status.</source>
        <translation>Der Server hat keine Änderung dieses Workflow-Status abgelehnt.</translation>
    </message>
</context>
<context>
    <name>actidesk::cli</name>
    <message>
        <source>Usage: actidesk-cli COMMAND [options]
ActiDesk on the command line: the accounts, keychain and offline cache of the app.

Commands:
</source>
        <translation>Aufruf: actidesk-cli COMMAND [Optionen]
ActiDesk auf der Kommandozeile: die Konten, der Schlüsselbund und der Offline-Cache der App.

Befehle:
</translation>
    </message>
    <message>
        <source>
&apos;actidesk-cli COMMAND --help&apos; describes a command and its options. Every command takes --account ACCOUNT, --password-stdin and --offline.

Exit codes: 0 ok, 1 usage, 2 authentication, 3 network (the server cannot be reached), 4 refused by the server, 5 local (cache or file).
</source>
        <translation>
&apos;actidesk-cli COMMAND --help&apos; beschreibt einen Befehl und seine Optionen. Jeder Befehl akzeptiert --account ACCOUNT, --password-stdin und --offline.

Exit-Codes: 0 ok, 1 Aufruf, 2 Anmeldung, 3 Netzwerk (der Server ist nicht erreichbar), 4 vom Server abgelehnt, 5 lokal (Cache oder Datei).
</translation>
    </message>
    <message>
        <source>actidesk-cli: unknown command &quot;%1&quot; (see actidesk-cli --help)
</source>
        <translation>actidesk-cli: unbekannter Befehl „%1“ (siehe actidesk-cli --help)
</translation>
    </message>
    <message>
        <source>No account yet: sign in with ActiDesk, or add one with &apos;actidesk-cli accounts add SERVER LOGIN&apos;.</source>
        <translation>Noch kein Konto: Melden Sie sich mit ActiDesk an oder fügen Sie eines mit &apos;actidesk-cli accounts add SERVER LOGIN&apos; hinzu.</translation>
    </message>
    <message>
        <source>A login is needed.</source>
        <translation>Ein Anmeldename wird benötigt.</translation>
    </message>
    <message>
        <source>The server did not answer.</source>
        <translation>Der Server hat nicht geantwortet.</translation>
    </message>
    <message>
        <source>The system keychain did not answer.</source>
        <translation>Der System-Schlüsselbund hat nicht geantwortet.</translation>
    </message>
    <message>
        <source>Lists the accounts ActiDesk knows (* = used last), or:
  add SERVER LOGIN   signs in and adds the account (password from the keychain or --password-stdin)
  use ACCOUNT        makes ACCOUNT the one used by default</source>
        <translation>Listet die Konten, die ActiDesk kennt (* = zuletzt verwendet), oder:
  add SERVER LOGIN   meldet sich an und fügt das Konto hinzu (Passwort aus dem Schlüsselbund oder --password-stdin)
  use ACCOUNT        macht ACCOUNT zum standardmäßig verwendeten Konto</translation>
    </message>
    <message>
        <source>Print the list as JSON.</source>
        <translation>Die Liste als JSON ausgeben.</translation>
    </message>
    <message>
        <source>add: save the password in the system keychain.</source>
        <translation>add: das Passwort im System-Schlüsselbund speichern.</translation>
    </message>
    <message>
        <source>add: allow plain http:// to a server that is not this computer.</source>
        <translation>add: unverschlüsseltes http:// zu einem Server erlauben, der nicht dieser Computer ist.</translation>
    </message>
    <message>
        <source>add or use (none: list)</source>
        <translation>add oder use (keine Angabe: Liste)</translation>
    </message>
    <message>
        <source>accounts add needs SERVER and LOGIN.</source>
        <translation>accounts add braucht SERVER und LOGIN.</translation>
    </message>
    <message>
        <source>accounts use needs ACCOUNT.</source>
        <translation>accounts use braucht ACCOUNT.</translation>
    </message>
    <message>
        <source>Unknown action &quot;%1&quot;: add or use.</source>
        <translation>Unbekannte Aktion „%1“: add oder use.</translation>
    </message>
    <message>
        <source>Writes everything this account can read to FILE (JSON, format in docs/backup-format.md): settings, users, departments, time-zone groups, leave types, types of work, workflow statuses, customers, projects, tasks and their comments, rates and work assignments where shown, and the time-track, leave and schedules of a range (default: the last 365 days). Interrupted, it continues where it stopped when run again with the same FILE and range. actitime-emulator --load-backup FILE serves it.</source>
        <translation>Schreibt alles, was dieses Konto lesen kann, nach FILE (JSON, Format in docs/backup-format.md): Einstellungen, Benutzer, Abteilungen, Zeitzonengruppen, Abwesenheitsarten, Arbeitsarten, Workflow-Status, Kunden, Projekte, Aufgaben und ihre Kommentare, Stundensätze und Arbeitszuweisungen, soweit sichtbar, sowie Zeiterfassung, Abwesenheiten und Arbeitszeitpläne eines Zeitraums (Standard: die letzten 365 Tage). Nach einer Unterbrechung setzt ein erneuter Aufruf mit derselben FILE und demselben Zeitraum dort fort, wo er aufgehört hat. actitime-emulator --load-backup FILE stellt sie bereit.</translation>
    </message>
    <message>
        <source>First day of time-track and leave.</source>
        <translation>Erster Tag der Zeiterfassung und Abwesenheit.</translation>
    </message>
    <message>
        <source>Last day (default: today).</source>
        <translation>Letzter Tag (Standard: heute).</translation>
    </message>
    <message>
        <source>Leave out comments (one request per 100 customers, projects or tasks).</source>
        <translation>Kommentare weglassen (eine Anfrage pro 100 Kunden, Projekte oder Aufgaben).</translation>
    </message>
    <message>
        <source>The backup file.</source>
        <translation>Die Sicherungsdatei.</translation>
    </message>
    <message>
        <source>backup needs FILE.</source>
        <translation>backup braucht FILE.</translation>
    </message>
    <message>
        <source>--to is before --from.</source>
        <translation>--to liegt vor --from.</translation>
    </message>
    <message>
        <source>Continued the interrupted backup.</source>
        <translation>Die unterbrochene Sicherung wurde fortgesetzt.</translation>
    </message>
    <message>
        <source>Run the same command again to continue.</source>
        <translation>Führen Sie denselben Befehl erneut aus, um fortzufahren.</translation>
    </message>
    <message>
        <source>%n request; written to %1.</source>
        <translation>%n Anfrage; nach %1 geschrieben.</translation>
    </message>
    <message>
        <source>%n requests; written to %1.</source>
        <translation>%n Anfrage; nach %1 geschrieben.</translation>
    </message>
    <message>
        <source>List the accounts; add one; choose the default</source>
        <translation>Die Konten auflisten; eines hinzufügen; das Standardkonto wählen</translation>
    </message>
    <message>
        <source>The account, the server&apos;s state, changes waiting</source>
        <translation>Das Konto, der Zustand des Servers, wartende Änderungen</translation>
    </message>
    <message>
        <source>Print a week of the timesheet (table or --json)</source>
        <translation>Eine Woche des Stundenzettels ausgeben (Tabelle oder --json)</translation>
    </message>
    <message>
        <source>Log time on a task: log 2:30 --task &quot;words&quot;</source>
        <translation>Zeit auf eine Aufgabe buchen: log 2:30 --task &quot;Wörter&quot;</translation>
    </message>
    <message>
        <source>Send the changes waiting on this computer</source>
        <translation>Die auf diesem Computer wartenden Änderungen senden</translation>
    </message>
    <message>
        <source>Timesheet / review as CSV or iCalendar; tasks as CSV</source>
        <translation>Stundenzettel / Prüfung als CSV oder iCalendar; Aufgaben als CSV</translation>
    </message>
    <message>
        <source>Everything the account can read, to one JSON file</source>
        <translation>Alles, was das Konto lesen kann, in eine JSON-Datei</translation>
    </message>
    <message>
        <source>--month wants YYYY-MM.</source>
        <translation>--month erwartet JJJJ-MM.</translation>
    </message>
    <message>
        <source>Cannot write to standard output.</source>
        <translation>In die Standardausgabe kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>Writes a file from the account&apos;s data:
  timesheet   your time-track records of a period (CSV or iCalendar)
  review      the time of everyone you review (managers), same formats
  tasks       the task list (CSV)
Days of the period not cached yet are fetched first. The file names the account and the period.</source>
        <translation>Schreibt eine Datei aus den Daten des Kontos:
  timesheet   Ihre Zeiterfassung eines Zeitraums (CSV oder iCalendar)
  review      die Zeit aller, die Sie prüfen (Manager), gleiche Formate
  tasks       die Aufgabenliste (CSV)
Tage des Zeitraums, die noch nicht zwischengespeichert sind, werden zuerst abgerufen. Die Datei nennt das Konto und den Zeitraum.</translation>
    </message>
    <message>
        <source>First day (YYYY-MM-DD, today, yesterday).</source>
        <translation>Erster Tag (JJJJ-MM-TT, today, yesterday).</translation>
    </message>
    <message>
        <source>Last day (default: --from).</source>
        <translation>Letzter Tag (Standard: --from).</translation>
    </message>
    <message>
        <source>The week of DATE (the default: this week).</source>
        <translation>Die Woche von DATE (Standard: diese Woche).</translation>
    </message>
    <message>
        <source>A calendar month.</source>
        <translation>Ein Kalendermonat.</translation>
    </message>
    <message>
        <source>csv (default) or ics.</source>
        <translation>csv (Standard) oder ics.</translation>
    </message>
    <message>
        <source>The file (default: standard output).</source>
        <translation>Die Datei (Standard: Standardausgabe).</translation>
    </message>
    <message>
        <source>Of the hours column (default &apos;.&apos;).</source>
        <translation>Der Stundenspalte (Standard &apos;.&apos;).</translation>
    </message>
    <message>
        <source>Use this computer&apos;s locale&apos;s decimal separator for hours; with &apos;,&apos; the fields are separated by &apos;;&apos;.</source>
        <translation>Für Stunden das Dezimaltrennzeichen des Gebietsschemas dieses Computers verwenden; bei &apos;,&apos; werden die Felder durch &apos;;&apos; getrennt.</translation>
    </message>
    <message>
        <source>Between CSV fields (default &apos;,&apos;).</source>
        <translation>Zwischen CSV-Feldern (Standard &apos;,&apos;).</translation>
    </message>
    <message>
        <source>ics: one event per task and day instead of per record.</source>
        <translation>ics: ein Termin pro Aufgabe und Tag statt pro Eintrag.</translation>
    </message>
    <message>
        <source>timesheet, review or tasks</source>
        <translation>timesheet, review oder tasks</translation>
    </message>
    <message>
        <source>export needs what: timesheet, review or tasks.</source>
        <translation>export braucht, was: timesheet, review oder tasks.</translation>
    </message>
    <message>
        <source>--format is csv or ics.</source>
        <translation>--format ist csv oder ics.</translation>
    </message>
    <message>
        <source>The task list is written as CSV.</source>
        <translation>Die Aufgabenliste wird als CSV geschrieben.</translation>
    </message>
    <message>
        <source>--%1 wants one character.</source>
        <translation>--%1 erwartet ein Zeichen.</translation>
    </message>
    <message>
        <source>The delimiter and the decimal separator must differ.</source>
        <translation>Trennzeichen und Dezimaltrennzeichen müssen sich unterscheiden.</translation>
    </message>
    <message>
        <source>This account never signed in on this computer: sign in once (keychain or --password-stdin).</source>
        <translation>Dieses Konto hat sich auf diesem Computer nie angemeldet: Melden Sie sich einmal an (Schlüsselbund oder --password-stdin).</translation>
    </message>
    <message>
        <source>This account reviews nobody&apos;s time.</source>
        <translation>Dieses Konto prüft niemandes Zeit.</translation>
    </message>
    <message>
        <source>%n record written to %1.</source>
        <translation>%n Eintrag nach %1 geschrieben.</translation>
    </message>
    <message>
        <source>%n records written to %1.</source>
        <translation>%n Eintrag nach %1 geschrieben.</translation>
    </message>
    <message>
        <source>The server did not send the time-track in time.</source>
        <translation>Der Server hat die Zeiterfassung nicht rechtzeitig gesendet.</translation>
    </message>
    <message>
        <source>No task %1 in the cache.</source>
        <translation>Keine Aufgabe %1 im Cache.</translation>
    </message>
    <message>
        <source>No open task&apos;s name holds &quot;%1&quot;.</source>
        <translation>Kein Name einer offenen Aufgabe enthält „%1“.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; matches several tasks; add words, or use --task-id:</source>
        <translation>„%1“ passt auf mehrere Aufgaben; fügen Sie Wörter hinzu oder verwenden Sie --task-id:</translation>
    </message>
    <message>
        <source>Logs time on a task: adds DURATION to the day&apos;s time on it (or, with --set, replaces it). DURATION is 2:30, 2.5, 2h 30m or 150m (a bare number is hours). The change goes through the outbox ActiDesk uses: it is sent now when the server answers, else by the next &apos;actidesk-cli sync&apos; or by ActiDesk - exactly once.</source>
        <translation>Bucht Zeit auf eine Aufgabe: addiert DURATION zur Zeit des Tages auf ihr (oder ersetzt sie mit --set). DURATION ist 2:30, 2.5, 2h 30m oder 150m (eine Zahl ohne Einheit sind Stunden). Die Änderung läuft über den Postausgang, den ActiDesk verwendet: Sie wird sofort gesendet, wenn der Server antwortet, sonst beim nächsten &apos;actidesk-cli sync&apos; oder von ActiDesk – genau einmal.</translation>
    </message>
    <message>
        <source>Words of the task&apos;s name (every one must appear).</source>
        <translation>Wörter aus dem Namen der Aufgabe (jedes muss vorkommen).</translation>
    </message>
    <message>
        <source>The task&apos;s id instead of words.</source>
        <translation>Die ID der Aufgabe statt Wörtern.</translation>
    </message>
    <message>
        <source>The day (default: today).</source>
        <translation>Der Tag (Standard: heute).</translation>
    </message>
    <message>
        <source>The day&apos;s comment on the task (default: kept).</source>
        <translation>Der Kommentar des Tages zur Aufgabe (Standard: bleibt).</translation>
    </message>
    <message>
        <source>Replace the day&apos;s time instead of adding to it.</source>
        <translation>Die Zeit des Tages ersetzen, statt zu addieren.</translation>
    </message>
    <message>
        <source>The time, e.g. 2:30.</source>
        <translation>Die Zeit, z. B. 2:30.</translation>
    </message>
    <message>
        <source>log needs one DURATION, e.g. &apos;log 2:30 --task &quot;design&quot;&apos;.</source>
        <translation>log braucht eine DURATION, z. B. &apos;log 2:30 --task &quot;design&quot;&apos;.</translation>
    </message>
    <message>
        <source>Say which task: --task &quot;words of its name&quot; or --task-id.</source>
        <translation>Geben Sie die Aufgabe an: --task &quot;Wörter ihres Namens&quot; oder --task-id.</translation>
    </message>
    <message>
        <source>That makes %1 on one day, more than 24:00.</source>
        <translation>Das ergibt %1 an einem Tag, mehr als 24:00.</translation>
    </message>
    <message>
        <source>Saved on this computer; it is sent by &apos;actidesk-cli sync&apos; or by ActiDesk once the server can be reached.</source>
        <translation>Auf diesem Computer gespeichert; wird von &apos;actidesk-cli sync&apos; oder von ActiDesk gesendet, sobald der Server erreichbar ist.</translation>
    </message>
    <message>
        <source>Saved on this computer; it is sent later.</source>
        <translation>Auf diesem Computer gespeichert; wird später gesendet.</translation>
    </message>
    <message>
        <source>The server&apos;s value changed meanwhile (now %1): open ActiDesk to keep yours or take the server&apos;s.</source>
        <translation>Der Wert des Servers hat sich inzwischen geändert (jetzt %1): Öffnen Sie ActiDesk, um Ihren zu behalten oder den des Servers zu übernehmen.</translation>
    </message>
    <message>
        <source>The server refused it: %1</source>
        <translation>Der Server hat es abgelehnt: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n change waits on this computer.</source>
        <translation>
            <numerusform>%n Änderung wartet auf diesem Computer.</numerusform>
            <numerusform>%n Änderungen warten auf diesem Computer.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changes wait on this computer.</source>
        <translation>
            <numerusform>%n Änderung wartet auf diesem Computer.</numerusform>
            <numerusform>%n Änderungen warten auf diesem Computer.</numerusform>
        </translation>
    </message>
    <message>
        <source>The server cannot be reached.</source>
        <translation>Der Server ist nicht erreichbar.</translation>
    </message>
    <message>
        <source>They are sent by &apos;actidesk-cli sync&apos; or by ActiDesk.</source>
        <translation>Sie werden von &apos;actidesk-cli sync&apos; oder von ActiDesk gesendet.</translation>
    </message>
    <message>
        <source>Shows the account, whether the server answers (signing in with the saved password sends what waits, as ActiDesk does at start) and the changes waiting, in conflict or refused.</source>
        <translation>Zeigt das Konto, ob der Server antwortet (eine Anmeldung mit dem gespeicherten Passwort sendet, was wartet, wie ActiDesk beim Start) und die wartenden, im Konflikt stehenden oder abgelehnten Änderungen.</translation>
    </message>
    <message>
        <source>Print the status as JSON.</source>
        <translation>Den Status als JSON ausgeben.</translation>
    </message>
    <message>
        <source>Account:  </source>
        <translation>Konto:    </translation>
    </message>
    <message>
        <source>Server:   </source>
        <translation>Server:   </translation>
    </message>
    <message>
        <source>Waiting:  </source>
        <translation>Wartend:  </translation>
    </message>
    <message>
        <source>%n change waiting</source>
        <translation>%n ausstehende Änderung</translation>
    </message>
    <message>
        <source>%n changes waiting</source>
        <translation>%n ausstehende Änderungen</translation>
    </message>
    <message>
        <source>%n conflict</source>
        <translation>%n Konflikt</translation>
    </message>
    <message>
        <source>%n conflicts</source>
        <translation>%n Konflikt</translation>
    </message>
    <message>
        <source>%n refused</source>
        <translation>%n abgelehnt</translation>
    </message>
    <message>
        <source>Sends the changes waiting on this computer (the outbox shared with ActiDesk). Exit code 3 when the server cannot be reached, 4 when it refused or a change conflicts.</source>
        <translation>Sendet die auf diesem Computer wartenden Änderungen (den mit ActiDesk geteilten Postausgang). Exit-Code 3, wenn der Server nicht erreichbar ist, 4, wenn er ablehnt oder eine Änderung im Konflikt steht.</translation>
    </message>
    <message numerus="yes">
        <source>%n change sent.</source>
        <translation>
            <numerusform>%n Änderung gesendet.</numerusform>
            <numerusform>%n Änderungen gesendet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changes sent.</source>
        <translation>
            <numerusform>%n Änderung gesendet.</numerusform>
            <numerusform>%n Änderungen gesendet.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 on %2 (task %3): %4</source>
        <translation>%1 am %2 (Aufgabe %3): %4</translation>
    </message>
    <message>
        <source>Conflict with the server&apos;s value</source>
        <translation>Konflikt mit dem Wert des Servers</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Prints one week of your timesheet (the server&apos;s first day of week): the cache, fetched from the server first when it can be reached. * marks a value not yet sent.</source>
        <translation>Gibt eine Woche Ihres Stundenzettels aus (erster Wochentag laut Server): den Cache, vorher vom Server abgerufen, wenn er erreichbar ist. * markiert einen noch nicht gesendeten Wert.</translation>
    </message>
    <message>
        <source>A day of the week (default: today).</source>
        <translation>Ein Tag der Woche (Standard: heute).</translation>
    </message>
    <message>
        <source>Print the week as JSON.</source>
        <translation>Die Woche als JSON ausgeben.</translation>
    </message>
    <message>
        <source>This account never signed in on this computer: nothing is cached. Sign in (keychain or --password-stdin).</source>
        <translation>Dieses Konto hat sich auf diesem Computer nie angemeldet: Nichts ist zwischengespeichert. Melden Sie sich an (Schlüsselbund oder --password-stdin).</translation>
    </message>
    <message>
        <source>Task %1</source>
        <translation>Aufgabe %1</translation>
    </message>
    <message>
        <source>Leave %1</source>
        <translation>Abwesenheit %1</translation>
    </message>
    <message>
        <source>(from the cache)</source>
        <translation>(aus dem Cache)</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Summe</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Soll</translation>
    </message>
    <message>
        <source>Standard output</source>
        <translation>Standardausgabe</translation>
    </message>
    <message>
        <source>The server did not answer in time.</source>
        <translation>Der Server hat nicht rechtzeitig geantwortet.</translation>
    </message>
</context>
<context>
    <name>actidesk::cli::CliContext</name>
    <message>
        <source>The account: its login, login@server or its key (default: the one used last).</source>
        <translation>Das Konto: sein Anmeldename, login@server oder sein Schlüssel (Standard: das zuletzt verwendete).</translation>
    </message>
    <message>
        <source>Read the password from the first line of standard input instead of the system keychain.</source>
        <translation>Das Passwort aus der ersten Zeile der Standardeingabe statt aus dem System-Schlüsselbund lesen.</translation>
    </message>
    <message>
        <source>Do not contact the server: use the cache only.</source>
        <translation>Den Server nicht kontaktieren: nur den Cache verwenden.</translation>
    </message>
    <message>
        <source>See: %1 --help</source>
        <translation>Siehe: %1 --help</translation>
    </message>
    <message>
        <source>No account yet: sign in with ActiDesk, or add one with &apos;actidesk-cli accounts add SERVER LOGIN&apos;.</source>
        <translation>Noch kein Konto: Melden Sie sich mit ActiDesk an oder fügen Sie eines mit &apos;actidesk-cli accounts add SERVER LOGIN&apos; hinzu.</translation>
    </message>
    <message>
        <source>Several accounts and none used last: choose one with --account (see &apos;actidesk-cli accounts&apos;).</source>
        <translation>Mehrere Konten und keines zuletzt verwendet: Wählen Sie eines mit --account (siehe &apos;actidesk-cli accounts&apos;).</translation>
    </message>
    <message>
        <source>No account &quot;%1&quot; (see &apos;actidesk-cli accounts&apos;).</source>
        <translation>Kein Konto „%1“ (siehe &apos;actidesk-cli accounts&apos;).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; names several accounts: write it as login@server.</source>
        <translation>„%1“ bezeichnet mehrere Konten: Schreiben Sie es als login@server.</translation>
    </message>
    <message>
        <source>--password-stdin: standard input held no password.</source>
        <translation>--password-stdin: Die Standardeingabe enthielt kein Passwort.</translation>
    </message>
    <message>
        <source>The system keychain did not answer.</source>
        <translation>Der System-Schlüsselbund hat nicht geantwortet.</translation>
    </message>
    <message>
        <source>No password saved for %1 in the system keychain: pass it with --password-stdin, or sign in with ActiDesk and let it remember it.</source>
        <translation>Für %1 ist kein Passwort im System-Schlüsselbund gespeichert: Übergeben Sie es mit --password-stdin, oder melden Sie sich mit ActiDesk an und lassen Sie es speichern.</translation>
    </message>
    <message>
        <source>Or pass the password on standard input with --password-stdin.</source>
        <translation>Oder übergeben Sie das Passwort mit --password-stdin über die Standardeingabe.</translation>
    </message>
    <message>
        <source>This command needs the server; leave out --offline.</source>
        <translation>Dieser Befehl braucht den Server; lassen Sie --offline weg.</translation>
    </message>
    <message>
        <source>Working from the cache.</source>
        <translation>Arbeite mit dem Cache.</translation>
    </message>
    <message>
        <source>The server did not answer the sign-in.</source>
        <translation>Der Server hat auf die Anmeldung nicht geantwortet.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date: write it as YYYY-MM-DD (or today, yesterday).</source>
        <translation>„%1“ ist kein Datum: Schreiben Sie es als JJJJ-MM-TT (oder today, yesterday).</translation>
    </message>
</context>
<context>
    <name>actidesk::sql</name>
    <message>
        <source>The offline cache is in use by another ActiDesk window. Close it and try again.</source>
        <translation>Der Offline-Cache wird von einem anderen ActiDesk-Fenster verwendet. Schließen Sie es und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The offline cache cannot be written. Check the permissions of ActiDesk&apos;s data folder.</source>
        <translation>Der Offline-Cache kann nicht geschrieben werden. Prüfen Sie die Berechtigungen des Datenordners von ActiDesk.</translation>
    </message>
    <message>
        <source>The disk is full: the change could not be saved. Free some space and try again.</source>
        <translation>Der Datenträger ist voll: Die Änderung konnte nicht gespeichert werden. Geben Sie Speicherplatz frei und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The offline cache is damaged. Restart ActiDesk to rebuild it from the server.</source>
        <translation>Der Offline-Cache ist beschädigt. Starten Sie ActiDesk neu, um ihn vom Server neu aufzubauen.</translation>
    </message>
    <message>
        <source>The offline cache could not be read or written.</source>
        <translation>Der Offline-Cache konnte nicht gelesen oder geschrieben werden.</translation>
    </message>
</context>
<context>
    <name>actidesk::weekRange</name>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Desktop client for actiTIME.

Exit codes: 0 done, 1 error, 2 wrong arguments, 3 already running for this profile (its window is brought to the front).</source>
        <translation>Desktop-Client für actiTIME.

Exit-Codes: 0 fertig, 1 Fehler, 2 falsche Argumente, 3 läuft bereits für dieses Profil (sein Fenster wird in den Vordergrund geholt).</translation>
    </message>
    <message>
        <source>Run against the bundled demo server.</source>
        <translation>Mit dem mitgelieferten Demo-Server arbeiten.</translation>
    </message>
    <message>
        <source>Keep the demo server&apos;s data in FILE.</source>
        <translation>Die Daten des Demo-Servers in FILE aufbewahren.</translation>
    </message>
    <message>
        <source>Sign in to the demo as &apos;employee&apos; (default) or &apos;manager&apos;.</source>
        <translation>Bei der Demo als &apos;employee&apos; (Standard) oder &apos;manager&apos; anmelden.</translation>
    </message>
    <message>
        <source>Save the main window as a PNG image to FILE once the timesheet is loaded (and what it shows to FILE.json), and exit.</source>
        <translation>Das Hauptfenster als PNG-Bild in FILE speichern, sobald der Stundenzettel geladen ist (und seinen Inhalt in FILE.json), dann beenden.</translation>
    </message>
    <message>
        <source>Show the week of DATE (YYYY-MM-DD) as today.</source>
        <translation>Die Woche von DATE (JJJJ-MM-TT) als heute anzeigen.</translation>
    </message>
    <message>
        <source>Print the time to the first painted timesheet and the memory in use, then exit (benchmarks).</source>
        <translation>Die Zeit bis zum ersten gezeichneten Stundenzettel und den belegten Speicher ausgeben, dann beenden (Benchmarks).</translation>
    </message>
    <message>
        <source>Open on PAGE: timesheet, leave, tasks or review.</source>
        <translation>Mit Seite PAGE öffnen: timesheet, leave, tasks oder review.</translation>
    </message>
    <message>
        <source>actidesk: --page is timesheet, leave, tasks or review
</source>
        <translation>actidesk: --page ist timesheet, leave, tasks oder review
</translation>
    </message>
    <message>
        <source>actidesk: --today wants a date like 2026-11-23
</source>
        <translation>actidesk: --today erwartet ein Datum wie 2026-11-23
</translation>
    </message>
    <message>
        <source>actidesk: --demo-user is &apos;employee&apos; or &apos;manager&apos;
</source>
        <translation>actidesk: --demo-user ist &apos;employee&apos; oder &apos;manager&apos;
</translation>
    </message>
    <message>
        <source>actidesk: ActiDesk already runs for this profile (process %1); its window was brought to the front.
</source>
        <translation>actidesk: ActiDesk läuft bereits für dieses Profil (Prozess %1); sein Fenster wurde in den Vordergrund geholt.
</translation>
    </message>
    <message>
        <source>actidesk: ActiDesk already runs for this profile (process %1) but did not answer. Close it, or end that process.
</source>
        <translation>actidesk: ActiDesk läuft bereits für dieses Profil (Prozess %1), hat aber nicht geantwortet. Schließen Sie es oder beenden Sie diesen Prozess.
</translation>
    </message>
    <message>
        <source>ActiDesk</source>
        <translation>ActiDesk</translation>
    </message>
    <message>
        <source>Employee (Emma Wilson)</source>
        <translation>Mitarbeiterin (Emma Wilson)</translation>
    </message>
    <message>
        <source>Manager (Maria Lopez)</source>
        <translation>Managerin (Maria Lopez)</translation>
    </message>
</context>
</TS>
