<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru">
<context>
    <name>ApiCall</name>
    <message>
        <source>cancelled</source>
        <translation>отменено</translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message numerus="yes">
        <source>Too many failed sign-in attempts. The server blocks this computer for %n more second.</source>
        <translation>
            <numerusform>Слишком много неудачных попыток входа. Сервер блокирует этот компьютер ещё на %n секунду.</numerusform>
            <numerusform>Слишком много неудачных попыток входа. Сервер блокирует этот компьютер ещё на %n секунды.</numerusform>
            <numerusform>Слишком много неудачных попыток входа. Сервер блокирует этот компьютер ещё на %n секунд.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Too many failed sign-in attempts. The server blocks this computer for %n more seconds.</source>
        <translation>
            <numerusform>Слишком много неудачных попыток входа. Сервер блокирует этот компьютер ещё на %n секунду.</numerusform>
            <numerusform>Слишком много неудачных попыток входа. Сервер блокирует этот компьютер ещё на %n секунды.</numerusform>
            <numerusform>Слишком много неудачных попыток входа. Сервер блокирует этот компьютер ещё на %n секунд.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ApiReply</name>
    <message>
        <source>cancelled</source>
        <translation>отменено</translation>
    </message>
</context>
<context>
    <name>CellState</name>
    <message>
        <source>Saved on this computer; not sent to the server yet.</source>
        <translation>Сохранено на этом компьютере; ещё не отправлено на сервер.</translation>
    </message>
    <message>
        <source>Conflict: the value on the server changed since this edit.</source>
        <translation>Конфликт: значение на сервере изменилось после этой правки.</translation>
    </message>
    <message>
        <source>The server refused this change.</source>
        <translation>Сервер отклонил это изменение.</translation>
    </message>
</context>
<context>
    <name>DemoServer</name>
    <message>
        <source>The demo server is already running.</source>
        <translation>Демо-сервер уже запущен.</translation>
    </message>
    <message>
        <source>The demo server could not listen on the loopback interface.</source>
        <translation>Демо-сервер не смог начать прослушивание на локальном интерфейсе (loopback).</translation>
    </message>
</context>
<context>
    <name>EntityReplay</name>
    <message>
        <source>its parent could not be created</source>
        <translation>не удалось создать родительский элемент</translation>
    </message>
    <message>
        <source>it was never created</source>
        <translation>элемент так и не был создан</translation>
    </message>
</context>
<context>
    <name>InstanceGuard</name>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Не удаётся создать папку %1.</translation>
    </message>
    <message>
        <source>Cannot create the lock file %1.</source>
        <translation>Не удаётся создать файл блокировки %1.</translation>
    </message>
</context>
<context>
    <name>ServerAddress</name>
    <message>
        <source>Enter the address of your actiTIME server.</source>
        <translation>Введите адрес вашего сервера actiTIME.</translation>
    </message>
    <message>
        <source>This is not a valid server address. Example: https://actitime.example.com</source>
        <translation>Это неверный адрес сервера. Пример: https://actitime.example.com</translation>
    </message>
    <message>
        <source>The server address must start with https:// or http://.</source>
        <translation>Адрес сервера должен начинаться с https:// или http://.</translation>
    </message>
    <message>
        <source>Plain http would send your password unencrypted. Use the server&apos;s https:// address.</source>
        <translation>Через обычный http пароль будет передан без шифрования. Используйте адрес сервера с https://.</translation>
    </message>
</context>
<context>
    <name>actidesk</name>
    <message>
        <source>Cannot reach %1: %2. Check the address and your connection.</source>
        <translation>Не удаётся связаться с %1: %2. Проверьте адрес и подключение к сети.</translation>
    </message>
    <message>
        <source>the server stopped answering</source>
        <translation>сервер перестал отвечать</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted: %1. Check the address; if your company uses its own certificate authority, ask your administrator for it.</source>
        <translation>Сертификат сервера не является доверенным: %1. Проверьте адрес; если в вашей компании используется собственный центр сертификации, запросите его сертификат у администратора.</translation>
    </message>
    <message>
        <source>Wrong login or password. Note: three failed attempts block sign-in from this computer for a minute.</source>
        <translation>Неверный логин или пароль. Внимание: после трёх неудачных попыток вход с этого компьютера блокируется на минуту.</translation>
    </message>
    <message>
        <source>This account may not use actiTIME from ActiDesk (%1). Ask your actiTIME administrator.</source>
        <translation>Этой учётной записи не разрешено работать с actiTIME через ActiDesk (%1). Обратитесь к администратору actiTIME.</translation>
    </message>
    <message>
        <source>This address answers, but not as an actiTIME server. Check the URL (for example https://company.actitime.com).</source>
        <translation>По этому адресу отвечает сервер, но это не сервер actiTIME. Проверьте URL (например, https://company.actitime.com).</translation>
    </message>
    <message>
        <source>The server refused to sign in: %1</source>
        <translation>Сервер отказал во входе: %1</translation>
    </message>
    <message>
        <source>The server had an internal error (HTTP %1). Try again later; if it persists, tell your administrator.</source>
        <translation>На сервере произошла внутренняя ошибка (HTTP %1). Повторите попытку позже; если ошибка не исчезнет, сообщите администратору.</translation>
    </message>
</context>
<context>
    <name>actidesk::AboutDialog</name>
    <message>
        <source>About ActiDesk</source>
        <translation>О программе ActiDesk</translation>
    </message>
    <message>
        <source>ActiDesk %1</source>
        <translation>ActiDesk %1</translation>
    </message>
    <message>
        <source>A fast, keyboard-first desktop client for actiTIME that keeps working offline.</source>
        <translation>Быстрый настольный клиент actiTIME, рассчитанный на клавиатуру и работающий без сети.</translation>
    </message>
    <message>
        <source>Licence: proprietary. © 2026 The ActiDesk developers, all rights reserved; distributed under the terms agreed with its developers. actiTIME is a trademark of its owner; ActiDesk is not affiliated with it.</source>
        <translation>Лицензия: проприетарная. © 2026 Разработчики ActiDesk, все права защищены; распространяется на условиях, согласованных с разработчиками. actiTIME — товарный знак его владельца; ActiDesk с ним не связан.</translation>
    </message>
    <message>
        <source>Qt %1 (built with Qt %2).</source>
        <translation>Qt %1 (собрано с Qt %2).</translation>
    </message>
    <message>
        <source>Server: not signed in.</source>
        <translation>Сервер: вход не выполнен.</translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation>Сервер: %1</translation>
    </message>
    <message>
        <source>Company: %1</source>
        <translation>Компания: %1</translation>
    </message>
    <message>
        <source>Server ID: %1</source>
        <translation>ID сервера: %1</translation>
    </message>
    <message>
        <source>Server version: not reported by the server (the actiTIME API has no version field).</source>
        <translation>Версия сервера: сервер её не сообщает (в API actiTIME нет поля версии).</translation>
    </message>
    <message>
        <source>The server&apos;s settings were not read yet.</source>
        <translation>Настройки сервера ещё не прочитаны.</translation>
    </message>
</context>
<context>
    <name>actidesk::AccountSession</name>
    <message>
        <source>rate limit</source>
        <translation>ограничение частоты запросов</translation>
    </message>
    <message>
        <source>too many failed sign-ins</source>
        <translation>слишком много неудачных попыток входа</translation>
    </message>
    <message>
        <source>ActiDesk cannot open its offline cache for this account: %1</source>
        <translation>ActiDesk не может открыть офлайн-кэш этой учётной записи: %1</translation>
    </message>
</context>
<context>
    <name>actidesk::AccountWorkspace</name>
    <message>
        <source>Signing in…</source>
        <translation>Выполняется вход…</translation>
    </message>
    <message>
        <source>Not signed in: changes wait on this computer until you sign in.</source>
        <translation>Вход не выполнен: изменения ждут на этом компьютере, пока вы не войдёте.</translation>
    </message>
    <message>
        <source>Offline: the comments are fetched when the server can be reached.</source>
        <translation>Нет связи: комментарии будут получены, когда сервер станет доступен.</translation>
    </message>
    <message>
        <source>The cache of this account is not open.</source>
        <translation>Кэш этой учётной записи не открыт.</translation>
    </message>
</context>
<context>
    <name>actidesk::AccountsPanel</name>
    <message>
        <source>Accounts on this &amp;computer:</source>
        <translation>Учётные записи на этом &amp;компьютере:</translation>
    </message>
    <message>
        <source>Accounts on this computer</source>
        <translation>Учётные записи на этом компьютере</translation>
    </message>
    <message>
        <source>A&amp;dd Account…</source>
        <translation>&amp;Добавить учётную запись…</translation>
    </message>
    <message>
        <source>Re&amp;move Account…</source>
        <translation>&amp;Удалить учётную запись…</translation>
    </message>
    <message>
        <source>Offline cache</source>
        <translation>Офлайн-кэш</translation>
    </message>
    <message>
        <source>Clearing the cache deletes the copy of the server&apos;s data kept on this computer; it is downloaded again. Changes not yet sent stay and are sent as usual.</source>
        <translation>Очистка кэша удаляет копию данных сервера на этом компьютере; они загружаются заново. Изменения, ожидающие отправки, остаются и отправляются как обычно.</translation>
    </message>
    <message>
        <source>C&amp;lear Cache…</source>
        <translation>&amp;Очистить кэш…</translation>
    </message>
    <message>
        <source>%1 (%2) on %3 — in use</source>
        <translation>%1 (%2) на %3 — используется</translation>
    </message>
    <message>
        <source>%1 (%2) on %3</source>
        <translation>%1 (%2) на %3</translation>
    </message>
    <message>
        <source>No accounts yet: add one to sign in.</source>
        <translation>Учётных записей пока нет: добавьте одну, чтобы войти.</translation>
    </message>
    <message>
        <source>No account is open.</source>
        <translation>Ни одна учётная запись не открыта.</translation>
    </message>
    <message>
        <source>The account in use: %1 on %2</source>
        <translation>Используемая учётная запись: %1 на %2</translation>
    </message>
    <message numerus="yes">
        <source>Size on disk: %1 · %n change not sent yet</source>
        <translation>
            <numerusform>Размер на диске: %1 · %n изменение ожидает отправки</numerusform>
            <numerusform>Размер на диске: %1 · %n изменения ожидают отправки</numerusform>
            <numerusform>Размер на диске: %1 · %n изменений ожидают отправки</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Size on disk: %1 · %n changes not sent yet</source>
        <translation>
            <numerusform>Размер на диске: %1 · %n изменение ожидает отправки</numerusform>
            <numerusform>Размер на диске: %1 · %n изменения ожидают отправки</numerusform>
            <numerusform>Размер на диске: %1 · %n изменений ожидают отправки</numerusform>
        </translation>
    </message>
    <message>
        <source>Size on disk: %1</source>
        <translation>Размер на диске: %1</translation>
    </message>
    <message>
        <source>Remove Account</source>
        <translation>Удалить учётную запись</translation>
    </message>
    <message>
        <source>Remove %1 on %2 from ActiDesk?</source>
        <translation>Удалить %1 на %2 из ActiDesk?</translation>
    </message>
    <message>
        <source>You are signed out of it first.</source>
        <translation>Сначала вы выйдете из неё.</translation>
    </message>
    <message>
        <source>Its saved password is removed from the keychain.</source>
        <translation>Сохранённый пароль удаляется из связки ключей.</translation>
    </message>
    <message>
        <source>Its cache on this computer cannot be read, so it is kept in case it holds changes not sent yet.</source>
        <translation>Её кэш на этом компьютере не читается, поэтому он сохраняется на случай, если в нём есть изменения, ожидающие отправки.</translation>
    </message>
    <message>
        <source>&amp;Remove and Keep the Cache</source>
        <translation>Удалить и &amp;сохранить кэш</translation>
    </message>
    <message numerus="yes">
        <source>%n change of this account has not been sent yet. It stays on this computer with the account&apos;s cache and is sent when you sign in to this account again.</source>
        <translation>
            <numerusform>%n изменение этой учётной записи ещё не отправлено. Оно остаётся на этом компьютере вместе с кэшем и будет отправлено, когда вы снова войдёте в эту учётную запись.</numerusform>
            <numerusform>%n изменения этой учётной записи ещё не отправлены. Они остаются на этом компьютере вместе с кэшем и будут отправлены, когда вы снова войдёте в эту учётную запись.</numerusform>
            <numerusform>%n изменений этой учётной записи ещё не отправлены. Они остаются на этом компьютере вместе с кэшем и будут отправлены, когда вы снова войдёте в эту учётную запись.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changes of this account have not been sent yet. They stay on this computer with the account&apos;s cache and are sent when you sign in to this account again.</source>
        <translation>
            <numerusform>%n изменение этой учётной записи ещё не отправлено. Оно остаётся на этом компьютере вместе с кэшем и будет отправлено, когда вы снова войдёте в эту учётную запись.</numerusform>
            <numerusform>%n изменения этой учётной записи ещё не отправлены. Они остаются на этом компьютере вместе с кэшем и будут отправлены, когда вы снова войдёте в эту учётную запись.</numerusform>
            <numerusform>%n изменений этой учётной записи ещё не отправлены. Они остаются на этом компьютере вместе с кэшем и будут отправлены, когда вы снова войдёте в эту учётную запись.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Remove and Keep Unsent Changes</source>
        <translation>Удалить, &amp;сохранив неотправленные изменения</translation>
    </message>
    <message>
        <source>Its cache (%1) is deleted from this computer: nothing in it waits to be sent.</source>
        <translation>Её кэш (%1) удаляется с этого компьютера: в нём ничего не ждёт отправки.</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <source>%1 was removed with its cache.</source>
        <translation>%1 удалена вместе с кэшем.</translation>
    </message>
    <message>
        <source>%1 was removed; its cache with the changes not yet sent stays on this computer.</source>
        <translation>%1 удалена; её кэш с изменениями, ожидающими отправки, остаётся на этом компьютере.</translation>
    </message>
    <message>
        <source>Clear Cache</source>
        <translation>Очистить кэш</translation>
    </message>
    <message>
        <source>Clear the cache of %1 on %2?</source>
        <translation>Очистить кэш %1 на %2?</translation>
    </message>
    <message>
        <source>The server&apos;s data is deleted from this computer and downloaded again.</source>
        <translation>Данные сервера удаляются с этого компьютера и загружаются заново.</translation>
    </message>
    <message numerus="yes">
        <source>The server&apos;s data is deleted from this computer and downloaded again. The %n change not yet sent stays and is sent as usual.</source>
        <translation>
            <numerusform>Данные сервера удаляются с этого компьютера и загружаются заново. %n изменение, ожидающее отправки, остаётся и отправляется как обычно.</numerusform>
            <numerusform>Данные сервера удаляются с этого компьютера и загружаются заново. %n изменения, ожидающие отправки, остаются и отправляются как обычно.</numerusform>
            <numerusform>Данные сервера удаляются с этого компьютера и загружаются заново. %n изменений, ожидающих отправки, остаются и отправляются как обычно.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The server&apos;s data is deleted from this computer and downloaded again. The %n changes not yet sent stay and are sent as usual.</source>
        <translation>
            <numerusform>Данные сервера удаляются с этого компьютера и загружаются заново. %n изменение, ожидающее отправки, остаётся и отправляется как обычно.</numerusform>
            <numerusform>Данные сервера удаляются с этого компьютера и загружаются заново. %n изменения, ожидающие отправки, остаются и отправляются как обычно.</numerusform>
            <numerusform>Данные сервера удаляются с этого компьютера и загружаются заново. %n изменений, ожидающих отправки, остаются и отправляются как обычно.</numerusform>
        </translation>
    </message>
    <message>
        <source>C&amp;lear Cache</source>
        <translation>&amp;Очистить кэш</translation>
    </message>
    <message>
        <source>The cache was cleared; the data is downloaded again.</source>
        <translation>Кэш очищен; данные загружаются заново.</translation>
    </message>
</context>
<context>
    <name>actidesk::ApiError</name>
    <message>
        <source>The request was cancelled.</source>
        <translation>Запрос отменён.</translation>
    </message>
    <message>
        <source>The server cannot be reached. Check the server address and your network connection. (%1)</source>
        <translation>Сервер недоступен. Проверьте адрес сервера и подключение к сети. (%1)</translation>
    </message>
    <message>
        <source>The server stopped answering. Try again later.</source>
        <translation>Сервер перестал отвечать. Повторите попытку позже.</translation>
    </message>
    <message>
        <source>The secure connection to the server could not be verified: %1. If the server uses a private certificate authority, add its certificate in the account settings.</source>
        <translation>Не удалось проверить защищённое соединение с сервером: %1. Если сервер использует собственный центр сертификации, добавьте его сертификат в настройках учётной записи.</translation>
    </message>
    <message>
        <source>The address uses plain http, which would send your password unencrypted. Use the server&apos;s https:// address.</source>
        <translation>Адрес использует обычный http, и пароль будет передан без шифрования. Используйте адрес сервера с https://.</translation>
    </message>
    <message>
        <source>The login or password is wrong, or the account cannot sign in (disabled or not yet active). Note: three failed attempts block sign-in for a minute.</source>
        <translation>Неверный логин или пароль, либо учётная запись не может войти (отключена или ещё не активна). Внимание: после трёх неудачных попыток вход блокируется на минуту.</translation>
    </message>
    <message>
        <source>You do not have permission to do this in actiTIME. (%1)</source>
        <translation>У вас нет прав на это действие в actiTIME. (%1)</translation>
    </message>
    <message>
        <source>The item no longer exists on the server. (%1)</source>
        <translation>Этого элемента больше нет на сервере. (%1)</translation>
    </message>
    <message>
        <source>The server is busy with too many requests. Try again in %1 seconds.</source>
        <translation>Сервер перегружен запросами. Повторите попытку через %1 с.</translation>
    </message>
    <message>
        <source>The server refused the change: %1</source>
        <translation>Сервер отклонил изменение: %1</translation>
    </message>
    <message>
        <source>The server had an internal error (%1). Try again later.</source>
        <translation>На сервере произошла внутренняя ошибка (%1). Повторите попытку позже.</translation>
    </message>
    <message>
        <source>The server sent an answer ActiDesk does not understand: %1</source>
        <translation>Сервер прислал ответ, который ActiDesk не понимает: %1</translation>
    </message>
</context>
<context>
    <name>actidesk::Autostart</name>
    <message>
        <source>ActiDesk cannot stop starting at login: %1 cannot be removed.</source>
        <translation>ActiDesk не может отключить запуск при входе: не удаётся удалить %1.</translation>
    </message>
    <message>
        <source>ActiDesk cannot start at login: the folder %1 cannot be created.</source>
        <translation>ActiDesk не может запускаться при входе: не удаётся создать папку %1.</translation>
    </message>
    <message>
        <source>ActiDesk cannot start at login: %1</source>
        <translation>ActiDesk не может запускаться при входе: %1</translation>
    </message>
</context>
<context>
    <name>actidesk::Backup</name>
    <message>
        <source>The backup was cancelled; run it again to continue.</source>
        <translation>Резервное копирование прервано; запустите его снова, чтобы продолжить.</translation>
    </message>
    <message>
        <source>The server no longer accepts this account&apos;s password.</source>
        <translation>Сервер больше не принимает пароль этой учётной записи.</translation>
    </message>
    <message>
        <source>The server refused %1 (HTTP %2%3).</source>
        <translation>Сервер отклонил %1 (HTTP %2%3).</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Не удаётся записать %1: %2</translation>
    </message>
</context>
<context>
    <name>actidesk::CellMenu</name>
    <message>
        <source>Keep Mine (empty)</source>
        <translation>Оставить моё (пусто)</translation>
    </message>
    <message>
        <source>Keep Mine (%1)</source>
        <translation>Оставить моё (%1)</translation>
    </message>
    <message>
        <source>Take the Server&apos;s (empty)</source>
        <translation>Взять с сервера (пусто)</translation>
    </message>
    <message>
        <source>Take the Server&apos;s (%1)</source>
        <translation>Взять с сервера (%1)</translation>
    </message>
    <message>
        <source>Discard My Change</source>
        <translation>Отменить моё изменение</translation>
    </message>
    <message>
        <source>Stop Timer</source>
        <translation>Остановить таймер</translation>
    </message>
    <message>
        <source>Start Timer on This Task</source>
        <translation>Запустить таймер по этой задаче</translation>
    </message>
</context>
<context>
    <name>actidesk::CommentPanel</name>
    <message>
        <source>Comment</source>
        <translation>Комментарий</translation>
    </message>
    <message>
        <source>Saved when you leave the field or press Ctrl+Enter.</source>
        <translation>Сохраняется, когда вы покидаете поле или нажимаете Ctrl+Enter.</translation>
    </message>
    <message>
        <source>What did you work on?</source>
        <translation>Над чем вы работали?</translation>
    </message>
    <message>
        <source>A comment needs time on this day: enter the time first, then write its comment.</source>
        <translation>Для комментария нужно время в этот день: сначала введите время, затем напишите комментарий.</translation>
    </message>
    <message>
        <source>No cell selected</source>
        <translation>Ячейка не выбрана</translation>
    </message>
    <message>
        <source>Select a day of a task to see or write its comment.</source>
        <translation>Выберите день задачи, чтобы увидеть или написать комментарий.</translation>
    </message>
</context>
<context>
    <name>actidesk::CopyWeekDialog</name>
    <message>
        <source>Copy Previous Week</source>
        <translation>Копировать прошлую неделю</translation>
    </message>
    <message>
        <source>Include &amp;hours</source>
        <translation>Вместе с &amp;часами</translation>
    </message>
    <message>
        <source>Also copy each day&apos;s time. Days that are approved, locked, non-working or already have time are left as they are.</source>
        <translation>Копировать и время каждого дня. Утверждённые, заблокированные, нерабочие дни и дни, где уже есть время, не меняются.</translation>
    </message>
    <message>
        <source>Task / day</source>
        <translation>Задача / день</translation>
    </message>
    <message>
        <source>Last week</source>
        <translation>Прошлая неделя</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Результат</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>День</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Сейчас</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Копируется</translation>
    </message>
    <message>
        <source>After the copy</source>
        <translation>После копирования</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>По графику</translation>
    </message>
    <message>
        <source>Day totals after the copy</source>
        <translation>Итоги по дням после копирования</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Копировать</translation>
    </message>
    <message>
        <source>Copy rows from the week of %1 to this week (%2).</source>
        <translation>Копировать строки с недели %1 на эту неделю (%2).</translation>
    </message>
    <message>
        <source>Reading last week from the server…</source>
        <translation>Прошлая неделя загружается с сервера…</translation>
    </message>
    <message>
        <source>Checking last week on the server…</source>
        <translation>Прошлая неделя проверяется на сервере…</translation>
    </message>
    <message>
        <source>Last week is not available offline: it has not been read from the server on this computer, and the server could not be reached now (%1). Try again when you are online.</source>
        <translation>Прошлая неделя недоступна офлайн: на этом компьютере она ещё не загружалась с сервера, а сейчас сервер недоступен (%1). Повторите попытку, когда будете в сети.</translation>
    </message>
    <message>
        <source>Last week could not be checked on the server (%1); the preview shows it as it was last read.</source>
        <translation>Не удалось проверить прошлую неделю на сервере (%1); в предпросмотре она показана такой, какой была загружена в последний раз.</translation>
    </message>
    <message numerus="yes">
        <source>%n new row</source>
        <translation>
            <numerusform>%n новая строка</numerusform>
            <numerusform>%n новые строки</numerusform>
            <numerusform>%n новых строк</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new rows</source>
        <translation>
            <numerusform>%n новая строка</numerusform>
            <numerusform>%n новые строки</numerusform>
            <numerusform>%n новых строк</numerusform>
        </translation>
    </message>
    <message>
        <source>Skipped: %1</source>
        <translation>Пропущено: %1</translation>
    </message>
    <message>
        <source>Already on this week</source>
        <translation>Уже есть на этой неделе</translation>
    </message>
    <message>
        <source>Row added</source>
        <translation>Строка добавлена</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Last week has no time to copy.</source>
        <translation>На прошлой неделе нет времени для копирования.</translation>
    </message>
    <message>
        <source>To be copied: %1 and %2; %3.</source>
        <translation>Будет скопировано: %1 и %2; %3.</translation>
    </message>
    <message numerus="yes">
        <source>%n day of time</source>
        <translation>
            <numerusform>время за %n день</numerusform>
            <numerusform>время за %n дня</numerusform>
            <numerusform>время за %n дней</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days of time</source>
        <translation>
            <numerusform>время за %n день</numerusform>
            <numerusform>время за %n дня</numerusform>
            <numerusform>время за %n дней</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day skipped</source>
        <translation>
            <numerusform>%n день пропущен</numerusform>
            <numerusform>%n дня пропущено</numerusform>
            <numerusform>%n дней пропущено</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days skipped</source>
        <translation>
            <numerusform>%n день пропущен</numerusform>
            <numerusform>%n дня пропущено</numerusform>
            <numerusform>%n дней пропущено</numerusform>
        </translation>
    </message>
    <message>
        <source>To be added without hours: %1.</source>
        <translation>Будет добавлено без часов: %1.</translation>
    </message>
    <message>
        <source>%1 + %2 leave</source>
        <translation>%1 + %2 отсутствия</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>неизвестно</translation>
    </message>
    <message>
        <source>%1 over the schedule</source>
        <translation>на %1 больше графика</translation>
    </message>
</context>
<context>
    <name>actidesk::CredentialStore</name>
    <message>
        <source>No keychain is available. Install and start a Secret Service provider such as GNOME Keyring or KWallet, or sign in without remembering the password.</source>
        <translation>Связка ключей недоступна. Установите и запустите службу Secret Service, например GNOME Keyring или KWallet, или войдите без сохранения пароля.</translation>
    </message>
    <message>
        <source>No keychain is available on this system. Sign in without remembering the password.</source>
        <translation>В этой системе нет связки ключей. Войдите без сохранения пароля.</translation>
    </message>
    <message>
        <source>The keychain refused access. Unlock your keyring or allow ActiDesk to use it, then try again, or sign in without remembering the password.</source>
        <translation>Связка ключей отказала в доступе. Разблокируйте её или разрешите ActiDesk её использовать и повторите попытку, либо войдите без сохранения пароля.</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 на %2</translation>
    </message>
    <message>
        <source>No password is saved for %1. Enter it to sign in.</source>
        <translation>Для %1 пароль не сохранён. Введите его, чтобы войти.</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>неизвестная ошибка</translation>
    </message>
    <message>
        <source>The password could not be saved in the keychain (%1). You can still sign in, but you will have to enter the password next time.</source>
        <translation>Не удалось сохранить пароль в связке ключей (%1). Войти можно и так, но в следующий раз пароль придётся ввести снова.</translation>
    </message>
    <message>
        <source>The saved password could not be read from the keychain (%1). Enter the password to sign in.</source>
        <translation>Не удалось прочитать сохранённый пароль из связки ключей (%1). Введите пароль, чтобы войти.</translation>
    </message>
    <message>
        <source>The saved password could not be removed from the keychain (%1). Remove the entry “%2” with your keyring manager, for example Seahorse or KWalletManager.</source>
        <translation>Не удалось удалить сохранённый пароль из связки ключей (%1). Удалите запись «%2» в менеджере паролей, например Seahorse или KWalletManager.</translation>
    </message>
    <message>
        <source>The password is empty, so it was not saved. Enter the password and try again.</source>
        <translation>Пароль пуст, поэтому он не сохранён. Введите пароль и повторите попытку.</translation>
    </message>
    <message>
        <source>The account is incomplete: it needs a server address and a login name.</source>
        <translation>Учётная запись неполная: нужны адрес сервера и логин.</translation>
    </message>
</context>
<context>
    <name>actidesk::DayGridModel</name>
    <message>
        <source>Total</source>
        <translation>Итого</translation>
    </message>
    <message>
        <source>Only the days of a row can be edited.</source>
        <translation>Редактировать можно только дни строки.</translation>
    </message>
    <message>
        <source>This cell has no conflict or refused change to settle.</source>
        <translation>В этой ячейке нет конфликта или отклонённого изменения, которые нужно разрешить.</translation>
    </message>
    <message>
        <source>Changed on the server to %1 after your edit. Right-click to keep yours or take the server&apos;s.</source>
        <translation>После вашей правки на сервере изменено на %1. Щёлкните правой кнопкой, чтобы оставить своё значение или взять значение сервера.</translation>
    </message>
    <message>
        <source>The totals count the server&apos;s value (%1) while it refuses this one. Right-click to discard your change.</source>
        <translation>Пока сервер отклоняет это значение, в итогах учитывается значение сервера (%1). Щёлкните правой кнопкой, чтобы отменить своё изменение.</translation>
    </message>
    <message>
        <source>total</source>
        <translation>итого</translation>
    </message>
    <message>
        <source>no time</source>
        <translation>нет времени</translation>
    </message>
    <message>
        <source>waiting to be sent</source>
        <translation>ожидает отправки</translation>
    </message>
    <message>
        <source>in conflict with the server&apos;s %1</source>
        <translation>конфликт со значением сервера %1</translation>
    </message>
    <message>
        <source>refused by the server</source>
        <translation>отклонено сервером</translation>
    </message>
    <message>
        <source>locked</source>
        <translation>заблокировано</translation>
    </message>
    <message>
        <source>with a comment</source>
        <translation>с комментарием</translation>
    </message>
    <message>
        <source>%1, today</source>
        <translation>%1, сегодня</translation>
    </message>
</context>
<context>
    <name>actidesk::DesktopCompanion</name>
    <message>
        <source>Nothing is tracked for today yet.</source>
        <translation>За сегодня ещё ничего не учтено.</translation>
    </message>
    <message>
        <source>Today: %1 tracked of %2 scheduled.</source>
        <translation>Сегодня: учтено %1 из %2 по графику.</translation>
    </message>
    <message>
        <source>This week so far: %1 tracked of %2 scheduled.</source>
        <translation>Эта неделя на сегодня: учтено %1 из %2 по графику.</translation>
    </message>
    <message>
        <source>Your timesheet is missing time</source>
        <translation>В вашем табеле не хватает времени</translation>
    </message>
    <message>
        <source>Open Timesheet</source>
        <translation>Открыть табель</translation>
    </message>
</context>
<context>
    <name>actidesk::DurationDelegate</name>
    <message>
        <source>The value was not accepted.</source>
        <translation>Значение не принято.</translation>
    </message>
    <message>
        <source>worked · against schedule</source>
        <translation>отработано · по графику</translation>
    </message>
    <message>
        <source>%1 · completed</source>
        <translation>%1 · завершена</translation>
    </message>
</context>
<context>
    <name>actidesk::DurationFormat</name>
    <message>
        <source>Type hours as 8 or 1.5, hours and minutes as 1:30 or 1h 30m, or minutes as 90m.</source>
        <translation>Вводите часы как 8 или 1,5, часы и минуты как 1:30 или 1h 30m, минуты как 90m.</translation>
    </message>
    <message>
        <source>A duration cannot be negative. %1</source>
        <translation>Длительность не может быть отрицательной. %1</translation>
    </message>
    <message>
        <source>“%1” is not a duration. %2</source>
        <translation>«%1» — это не длительность. %2</translation>
    </message>
    <message>
        <source>%1 is more than a day (24:00). A number without a unit means hours; type 45m for minutes.</source>
        <translation>%1 — это больше суток (24:00). Число без единицы означает часы; для минут введите 45m.</translation>
    </message>
    <message>
        <source>A day&apos;s time must be between 0:00 and 24:00.</source>
        <translation>Время за день должно быть от 0:00 до 24:00.</translation>
    </message>
</context>
<context>
    <name>actidesk::ExportDialog</name>
    <message>
        <source>Export</source>
        <translation>Экспорт</translation>
    </message>
    <message>
        <source>My timesheet</source>
        <translation>Мой табель</translation>
    </message>
    <message>
        <source>Review of my team</source>
        <translation>Проверка моей команды</translation>
    </message>
    <message>
        <source>Task list</source>
        <translation>Список задач</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Эта неделя</translation>
    </message>
    <message>
        <source>Last week</source>
        <translation>Прошлая неделя</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Этот месяц</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>Прошлый месяц</translation>
    </message>
    <message>
        <source>Custom range</source>
        <translation>Свой период</translation>
    </message>
    <message>
        <source>CSV (spreadsheets)</source>
        <translation>CSV (электронные таблицы)</translation>
    </message>
    <message>
        <source>iCalendar (calendars)</source>
        <translation>iCalendar (календари)</translation>
    </message>
    <message>
        <source>Point (2.50)</source>
        <translation>Точка (2.50)</translation>
    </message>
    <message>
        <source>This computer&apos;s (%1)</source>
        <translation>Как на этом компьютере (%1)</translation>
    </message>
    <message>
        <source>Of the hours column; with a comma the fields are separated by semicolons, as spreadsheets of such languages expect</source>
        <translation>Для столбца часов; с запятой поля разделяются точкой с запятой, как ожидают электронные таблицы таких языков</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>Об&amp;зор…</translation>
    </message>
    <message>
        <source>&amp;What:</source>
        <translation>&amp;Что:</translation>
    </message>
    <message>
        <source>Pe&amp;riod:</source>
        <translation>&amp;Период:</translation>
    </message>
    <message>
        <source>First da&amp;y:</source>
        <translation>Первый &amp;день:</translation>
    </message>
    <message>
        <source>La&amp;st day:</source>
        <translation>Последний де&amp;нь:</translation>
    </message>
    <message>
        <source>F&amp;ormat:</source>
        <translation>&amp;Формат:</translation>
    </message>
    <message>
        <source>Decima&amp;l separator:</source>
        <translation>Десятичный &amp;разделитель:</translation>
    </message>
    <message>
        <source>Fil&amp;e:</source>
        <translation>Ф&amp;айл:</translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation>&amp;Экспортировать</translation>
    </message>
    <message>
        <source>iCalendar files (*.ics)</source>
        <translation>Файлы iCalendar (*.ics)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Файлы CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>Экспортировать в</translation>
    </message>
    <message>
        <source>Choose the file to write.</source>
        <translation>Выберите файл для записи.</translation>
    </message>
    <message>
        <source>The period&apos;s last day is before its first.</source>
        <translation>Последний день периода раньше первого.</translation>
    </message>
    <message>
        <source>%1 is a folder: choose a file.</source>
        <translation>%1 — это папка: выберите файл.</translation>
    </message>
    <message>
        <source>%1 exists. Replace it?</source>
        <translation>%1 уже существует. Заменить?</translation>
    </message>
    <message>
        <source>Fetching what this computer does not hold yet…</source>
        <translation>Загружается то, чего ещё нет на этом компьютере…</translation>
    </message>
    <message numerus="yes">
        <source>%n record written to %1.</source>
        <translation>
            <numerusform>%n запись записана в %1.</numerusform>
            <numerusform>%n записи записаны в %1.</numerusform>
            <numerusform>%n записей записано в %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n records written to %1.</source>
        <translation>
            <numerusform>%n запись записана в %1.</numerusform>
            <numerusform>%n записи записаны в %1.</numerusform>
            <numerusform>%n записей записано в %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export cancelled: no file was written.</source>
        <translation>Экспорт отменён: файл не записан.</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Экспорт…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
</context>
<context>
    <name>actidesk::ExportJob</name>
    <message>
        <source>The account&apos;s data cannot be opened on this computer.</source>
        <translation>Данные учётной записи не удаётся открыть на этом компьютере.</translation>
    </message>
    <message>
        <source>The period&apos;s last day is before its first.</source>
        <translation>Последний день периода раньше первого.</translation>
    </message>
    <message>
        <source>This account reviews nobody&apos;s time.</source>
        <translation>Эта учётная запись не проверяет ничьё время.</translation>
    </message>
    <message>
        <source>This account never signed in on this computer: sign in once.</source>
        <translation>Эта учётная запись ни разу не входила на этом компьютере: войдите один раз.</translation>
    </message>
    <message>
        <source>The task list was never fetched from the server: the file has what this computer holds.</source>
        <translation>Список задач ни разу не загружался с сервера: в файле то, что есть на этом компьютере.</translation>
    </message>
    <message>
        <source>Some days of %1 were never fetched from the server: the file has what this computer holds.</source>
        <translation>Некоторые дни %1 ни разу не загружались с сервера: в файле то, что есть на этом компьютере.</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>Не удаётся записать %1: %2</translation>
    </message>
    <message>
        <source>The task list could not be fetched; the file has the cached one.</source>
        <translation>Не удалось загрузить список задач; в файле — список из кэша.</translation>
    </message>
</context>
<context>
    <name>actidesk::IdleTimeDialog</name>
    <message>
        <source>You Were Away</source>
        <translation>Вас не было на месте</translation>
    </message>
    <message>
        <source>The timer on “%1” ran while nobody used the computer: from %2 to %3 (%4).</source>
        <translation>Таймер задачи «%1» шёл, пока компьютером никто не пользовался: с %2 до %3 (%4).</translation>
    </message>
    <message>
        <source>Task to book the idle time on</source>
        <translation>Задача, на которую записать время простоя</translation>
    </message>
    <message>
        <source>Other task:</source>
        <translation>Другая задача:</translation>
    </message>
    <message>
        <source>&amp;Keep on This Task</source>
        <translation>&amp;Оставить на этой задаче</translation>
    </message>
    <message>
        <source>&amp;Discard Idle Time</source>
        <translation>О&amp;тбросить время простоя</translation>
    </message>
    <message>
        <source>&amp;Book on Other Task</source>
        <translation>&amp;Записать на другую задачу</translation>
    </message>
    <message>
        <source>No other recent task</source>
        <translation>Нет другой недавней задачи</translation>
    </message>
</context>
<context>
    <name>actidesk::LeaveBalance</name>
    <message>
        <source>Paid time off</source>
        <translation>Оплачиваемый отпуск</translation>
    </message>
    <message>
        <source>Sick days</source>
        <translation>Больничные дни</translation>
    </message>
    <message>
        <source>No balance</source>
        <translation>Без баланса</translation>
    </message>
</context>
<context>
    <name>actidesk::LeaveCellDelegate</name>
    <message>
        <source>The value could not be saved.</source>
        <translation>Не удалось сохранить значение.</translation>
    </message>
</context>
<context>
    <name>actidesk::LeaveDays</name>
    <message>
        <source>Leave type #%1</source>
        <translation>Тип отсутствия № %1</translation>
    </message>
    <message>
        <source>%1d</source>
        <translation>%1 д</translation>
    </message>
    <message>
        <source>%1h</source>
        <translation>%1 ч</translation>
    </message>
    <message>
        <source>%1m</source>
        <translation>%1 мин</translation>
    </message>
</context>
<context>
    <name>actidesk::LeaveModel</name>
    <message>
        <source>The leave type is already shown.</source>
        <translation>Этот тип отсутствия уже показан.</translation>
    </message>
    <message>
        <source>The leave type is not known here yet; refresh and try again.</source>
        <translation>Этот тип отсутствия здесь ещё неизвестен; обновите данные и повторите попытку.</translation>
    </message>
    <message>
        <source>The leave type “%1” is archived.</source>
        <translation>Тип отсутствия «%1» в архиве.</translation>
    </message>
    <message>
        <source>Leave type #%1</source>
        <translation>Тип отсутствия № %1</translation>
    </message>
    <message>
        <source>This leave type is not cached yet; it appears after the next refresh.</source>
        <translation>Этого типа отсутствия ещё нет в кэше; он появится после следующего обновления.</translation>
    </message>
    <message>
        <source>Counts against the PTO balance.</source>
        <translation>Вычитается из баланса отпуска.</translation>
    </message>
    <message>
        <source>Counts against the sick days balance.</source>
        <translation>Вычитается из баланса больничных дней.</translation>
    </message>
    <message>
        <source>Does not count against a balance.</source>
        <translation>Не вычитается ни из какого баланса.</translation>
    </message>
    <message>
        <source>Scheduled: %1</source>
        <translation>По графику: %1</translation>
    </message>
    <message>
        <source>Leave time is turned off on this server.</source>
        <translation>Учёт отсутствий на этом сервере выключен.</translation>
    </message>
    <message>
        <source>You are not allowed to enter leave time.</source>
        <translation>Вам не разрешено вводить время отсутствия.</translation>
    </message>
    <message>
        <source>The leave type “%1” is archived; its leave can no longer be changed.</source>
        <translation>Тип отсутствия «%1» в архиве; его отсутствия больше нельзя изменить.</translation>
    </message>
    <message>
        <source>This day is approved; its leave can no longer be changed.</source>
        <translation>Этот день утверждён; отсутствие в нём больше нельзя изменить.</translation>
    </message>
    <message>
        <source>The server refused a change on this day as locked (“%1”); its leave can no longer be changed.</source>
        <translation>Сервер отклонил изменение в этот день как заблокированное («%1»); отсутствие в нём больше нельзя изменить.</translation>
    </message>
    <message>
        <source>Leave type</source>
        <translation>Тип отсутствия</translation>
    </message>
    <message>
        <source>Only the days of a leave type can be edited.</source>
        <translation>Редактировать можно только дни типа отсутствия.</translation>
    </message>
</context>
<context>
    <name>actidesk::LeavePage</name>
    <message>
        <source>&amp;Week</source>
        <translation>&amp;Неделя</translation>
    </message>
    <message>
        <source>&amp;Month</source>
        <translation>&amp;Месяц</translation>
    </message>
    <message>
        <source>Show one week</source>
        <translation>Показать одну неделю</translation>
    </message>
    <message>
        <source>Show a calendar month</source>
        <translation>Показать календарный месяц</translation>
    </message>
    <message>
        <source>&amp;Add leave…</source>
        <translation>&amp;Добавить отсутствие…</translation>
    </message>
    <message>
        <source>Enter leave for one day or a range of days (Ctrl+L)</source>
        <translation>Ввести отсутствие на один день или на период (Ctrl+L)</translation>
    </message>
    <message>
        <source>Loading this period from the server…</source>
        <translation>Этот период загружается с сервера…</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Очистить</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Не сохранено: %1</translation>
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
        <translation>Здесь пока неизвестно ни одного типа отсутствия.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Эта неделя</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Этот месяц</translation>
    </message>
    <message>
        <source>none known</source>
        <translation>неизвестно</translation>
    </message>
    <message>
        <source>at least %1</source>
        <translation>не меньше %1</translation>
    </message>
    <message>
        <source>So far in %1</source>
        <translation>С начала %1 года</translation>
    </message>
    <message>
        <source>Leave taken, from the leave on this computer; actiTIME does not share balances. A day here is 8 hours.</source>
        <translation>Использованные отсутствия по данным этого компьютера; actiTIME не сообщает балансы. День здесь — 8 часов.</translation>
    </message>
    <message>
        <source>Not all of this year is on this computer yet, so the year&apos;s totals may be higher.</source>
        <translation>Данные за этот год загружены на компьютер ещё не полностью, поэтому итоги за год могут быть больше.</translation>
    </message>
    <message>
        <source>Leave</source>
        <translation>Отсутствия</translation>
    </message>
</context>
<context>
    <name>actidesk::LeavePlan</name>
    <message>
        <source>Choose a first day on or before the last day.</source>
        <translation>Выберите первый день не позже последнего.</translation>
    </message>
    <message numerus="yes">
        <source>A range can cover at most %n days; split it into shorter ranges.</source>
        <translation>
            <numerusform>Период может охватывать не более %n дня; разбейте его на более короткие.</numerusform>
            <numerusform>Период может охватывать не более %n дней; разбейте его на более короткие.</numerusform>
            <numerusform>Период может охватывать не более %n дней; разбейте его на более короткие.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a leave type.</source>
        <translation>Выберите тип отсутствия.</translation>
    </message>
    <message>
        <source>The time per day must be more than 0:00 and at most 24:00.</source>
        <translation>Время в день должно быть больше 0:00 и не больше 24:00.</translation>
    </message>
    <message>
        <source>Approved — cannot change</source>
        <translation>Утверждено — изменить нельзя</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Заблокировано</translation>
    </message>
    <message>
        <source>Schedule not known for this day</source>
        <translation>График на этот день неизвестен</translation>
    </message>
    <message>
        <source>Already entered</source>
        <translation>Уже введено</translation>
    </message>
    <message>
        <source>Holiday</source>
        <translation>Праздник</translation>
    </message>
    <message>
        <source>Non-working day</source>
        <translation>Нерабочий день</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>Time is already tracked on %n day: %1. The leave is added beside it: check that the day&apos;s total is what you mean.</source>
        <translation>
            <numerusform>Время уже учтено за %n день: %1. Отсутствие добавляется к нему: проверьте, что итог за день верный.</numerusform>
            <numerusform>Время уже учтено за %n дня: %1. Отсутствие добавляется к нему: проверьте, что итоги за дни верные.</numerusform>
            <numerusform>Время уже учтено за %n дней: %1. Отсутствие добавляется к нему: проверьте, что итоги за дни верные.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Time is already tracked on %n days: %1. The leave is added beside it: check that the days&apos; totals are what you mean.</source>
        <translation>
            <numerusform>Время уже учтено за %n день: %1. Отсутствие добавляется к нему: проверьте, что итог за день верный.</numerusform>
            <numerusform>Время уже учтено за %n дня: %1. Отсутствие добавляется к нему: проверьте, что итоги за дни верные.</numerusform>
            <numerusform>Время уже учтено за %n дней: %1. Отсутствие добавляется к нему: проверьте, что итоги за дни верные.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>actidesk::LeaveRangeDialog</name>
    <message>
        <source>Add leave</source>
        <translation>Добавить отсутствие</translation>
    </message>
    <message>
        <source>&amp;Full scheduled day</source>
        <translation>&amp;Полный день по графику</translation>
    </message>
    <message>
        <source>F&amp;ixed time per day:</source>
        <translation>&amp;Фиксированное время в день:</translation>
    </message>
    <message>
        <source>e.g. 4 or 4:30</source>
        <translation>напр. 4 или 4:30</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>День</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <source>What happens</source>
        <translation>Что произойдёт</translation>
    </message>
    <message>
        <source>&amp;Add leave</source>
        <translation>&amp;Добавить отсутствие</translation>
    </message>
    <message>
        <source>to</source>
        <translation>по</translation>
    </message>
    <message>
        <source>&amp;Leave type:</source>
        <translation>&amp;Тип отсутствия:</translation>
    </message>
    <message>
        <source>&amp;Days:</source>
        <translation>Д&amp;ни:</translation>
    </message>
    <message>
        <source>Time:</source>
        <translation>Время:</translation>
    </message>
    <message>
        <source>Preview:</source>
        <translation>Предпросмотр:</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Enter the time to take off each day.</source>
        <translation>Введите, сколько времени отсутствовать в каждый день.</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Добавить</translation>
    </message>
    <message>
        <source>Replace %1</source>
        <translation>Заменить %1</translation>
    </message>
    <message>
        <source>Skip — %1</source>
        <translation>Пропустить — %1</translation>
    </message>
    <message>
        <source>%1 (%2 of time tracked already)</source>
        <translation>%1 (уже учтено времени: %2)</translation>
    </message>
    <message>
        <source>No leave types are known here yet; refresh and try again.</source>
        <translation>Здесь пока неизвестно ни одного типа отсутствия; обновите данные и повторите попытку.</translation>
    </message>
    <message>
        <source>Days to enter: %1 (%2 in all). Days skipped: %3.</source>
        <translation>Дней к вводу: %1 (всего %2). Пропущено дней: %3.</translation>
    </message>
    <message>
        <source>The work schedule of some of these days is not on this computer yet; it is being fetched, and the preview updates when it arrives.</source>
        <translation>Рабочего графика некоторых из этих дней ещё нет на этом компьютере; он загружается, и предпросмотр обновится, когда он придёт.</translation>
    </message>
    <message>
        <source>Days saved: %1. %2 could not be saved: %3</source>
        <translation>Сохранено дней: %1. Не удалось сохранить %2: %3</translation>
    </message>
</context>
<context>
    <name>actidesk::LoadingOverlay</name>
    <message>
        <source>Loading…</source>
        <translation>Загрузка…</translation>
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
        <translation>Это изменение не относится к ячейке табеля или отсутствий.</translation>
    </message>
    <message>
        <source>Opening…</source>
        <translation>Открывается…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>Sign &amp;In to Another Account…</source>
        <translation>&amp;Войти в другую учётную запись…</translation>
    </message>
    <message>
        <source>S&amp;witch Account</source>
        <translation>&amp;Сменить учётную запись</translation>
    </message>
    <message>
        <source>Sign &amp;Out…</source>
        <translation>В&amp;ыйти из учётной записи…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Вы&amp;ход</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <source>&amp;Timesheet</source>
        <translation>&amp;Табель</translation>
    </message>
    <message>
        <source>&amp;Leave</source>
        <translation>&amp;Отсутствия</translation>
    </message>
    <message>
        <source>T&amp;asks</source>
        <translation>&amp;Задачи</translation>
    </message>
    <message>
        <source>&amp;Review</source>
        <translation>&amp;Проверка</translation>
    </message>
    <message>
        <source>&amp;Directory</source>
        <translation>&amp;Справочник</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>О&amp;бновить</translation>
    </message>
    <message>
        <source>&amp;Demo</source>
        <translation>&amp;Демо</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>С&amp;правка</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Сочетания клавиш</translation>
    </message>
    <message>
        <source>&amp;About ActiDesk</source>
        <translation>&amp;О программе ActiDesk</translation>
    </message>
    <message>
        <source>Timesheet</source>
        <translation>Табель</translation>
    </message>
    <message>
        <source>Leave</source>
        <translation>Отсутствия</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Задачи</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Проверка</translation>
    </message>
    <message>
        <source>Directory</source>
        <translation>Справочник</translation>
    </message>
    <message>
        <source>No saved accounts</source>
        <translation>Нет сохранённых учётных записей</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 на %2</translation>
    </message>
    <message>
        <source>Sign In as %1</source>
        <translation>Войти как %1</translation>
    </message>
    <message>
        <source>The data of %1 cannot be opened on this computer.</source>
        <translation>Данные %1 не удаётся открыть на этом компьютере.</translation>
    </message>
    <message>
        <source>Signing in to %1…</source>
        <translation>Вход в %1…</translation>
    </message>
    <message>
        <source>Switching account…</source>
        <translation>Смена учётной записи…</translation>
    </message>
    <message>
        <source>Sign Out</source>
        <translation>Выход</translation>
    </message>
    <message>
        <source>Sign out of %1?</source>
        <translation>Выйти из %1?</translation>
    </message>
    <message>
        <source>Changes not yet sent stay on this computer and are sent the next time you sign in to this account.</source>
        <translation>Ещё не отправленные изменения останутся на этом компьютере и будут отправлены при следующем входе в эту учётную запись.</translation>
    </message>
    <message>
        <source>Also forget the saved password</source>
        <translation>Также забыть сохранённый пароль</translation>
    </message>
    <message>
        <source>You signed out of %1. Changes not yet sent stay on this computer and are sent the next time you sign in.</source>
        <translation>Вы вышли из %1. Ещё не отправленные изменения останутся на этом компьютере и будут отправлены при следующем входе.</translation>
    </message>
    <message>
        <source>You signed out.</source>
        <translation>Вы вышли.</translation>
    </message>
    <message numerus="yes">
        <source>%n change will be sent next time.</source>
        <translation>
            <numerusform>%n изменение будет отправлено в следующий раз.</numerusform>
            <numerusform>%n изменения будут отправлены в следующий раз.</numerusform>
            <numerusform>%n изменений будут отправлены в следующий раз.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changes will be sent next time.</source>
        <translation>
            <numerusform>%n изменение будет отправлено в следующий раз.</numerusform>
            <numerusform>%n изменения будут отправлены в следующий раз.</numerusform>
            <numerusform>%n изменений будут отправлены в следующий раз.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — ActiDesk</source>
        <translation>%1 — ActiDesk</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Вход не выполнен</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Параметры…</translation>
    </message>
    <message>
        <source>T&amp;imer</source>
        <translation>&amp;Таймер</translation>
    </message>
    <message>
        <source>&amp;Start Timer on This Task</source>
        <translation>&amp;Запустить таймер для этой задачи</translation>
    </message>
    <message>
        <source>Time the task of the timesheet&apos;s current row; stopping adds the minutes to its cell of the day</source>
        <translation>Засечь время задачи текущей строки табеля; при остановке минуты добавляются в её ячейку за день</translation>
    </message>
    <message>
        <source>Choose a task row of the timesheet to time.</source>
        <translation>Выберите строку задачи в табеле, чтобы засечь время.</translation>
    </message>
    <message>
        <source>Timer</source>
        <translation>Таймер</translation>
    </message>
    <message>
        <source>S&amp;top Timer</source>
        <translation>&amp;Остановить таймер</translation>
    </message>
    <message>
        <source>No timer running</source>
        <translation>Таймер не запущен</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Параметры</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Экспорт…</translation>
    </message>
    <message>
        <source>Write the timesheet, the review or the task list to a CSV or iCalendar file</source>
        <translation>Записать табель, проверку или список задач в файл CSV или iCalendar</translation>
    </message>
    <message>
        <source>&amp;User Guide</source>
        <translation>&amp;Руководство пользователя</translation>
    </message>
    <message>
        <source>Open Timesheet</source>
        <translation>Открыть табель</translation>
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
        <translation>Табель: %1</translation>
    </message>
    <message>
        <source>Your corrections are sent to the server as on your own timesheet; a change the server refuses or that collides with another is marked on its cell.</source>
        <translation>Ваши исправления отправляются на сервер так же, как в вашем собственном табеле; изменение, которое сервер отклонил или которое столкнулось с другим, отмечается в его ячейке.</translation>
    </message>
    <message>
        <source>Read-only: %1</source>
        <translation>Только чтение: %1</translation>
    </message>
    <message>
        <source>No time this week.</source>
        <translation>На этой неделе нет времени.</translation>
    </message>
</context>
<context>
    <name>actidesk::NetworkPreferences</name>
    <message>
        <source>The CA certificate file %1 cannot be read: %2</source>
        <translation>Не удаётся прочитать файл сертификата ЦС %1: %2</translation>
    </message>
    <message>
        <source>%1 holds no certificate (PEM or DER).</source>
        <translation>В %1 нет сертификата (PEM или DER).</translation>
    </message>
    <message>
        <source>Enter the proxy&apos;s host name, or choose no proxy or the system&apos;s.</source>
        <translation>Введите имя хоста прокси или выберите «без прокси» либо системный прокси.</translation>
    </message>
    <message>
        <source>The proxy port must be between 1 and 65535.</source>
        <translation>Порт прокси должен быть от 1 до 65535.</translation>
    </message>
</context>
<context>
    <name>actidesk::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Параметры</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>О&amp;бщие</translation>
    </message>
    <message>
        <source>T&amp;imer</source>
        <translation>&amp;Таймер</translation>
    </message>
    <message>
        <source>R&amp;eminders</source>
        <translation>На&amp;поминания</translation>
    </message>
    <message>
        <source>&amp;Network</source>
        <translation>С&amp;еть</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>Как в системе</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Язык:</translation>
    </message>
    <message>
        <source>The new language is used from the next start.</source>
        <translation>Новый язык будет использоваться после перезапуска.</translation>
    </message>
    <message>
        <source>Timesheet</source>
        <translation>Табель</translation>
    </message>
    <message>
        <source>Leave</source>
        <translation>Отсутствия</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Задачи</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Проверка</translation>
    </message>
    <message>
        <source>Page shown at start</source>
        <translation>Страница при запуске</translation>
    </message>
    <message>
        <source>&amp;Start on:</source>
        <translation>Начальная страни&amp;ца:</translation>
    </message>
    <message>
        <source>Start ActiDesk when I l&amp;og in</source>
        <translation>Запускать ActiDesk при в&amp;ходе в систему</translation>
    </message>
    <message>
        <source>Show the timer in the s&amp;ystem tray</source>
        <translation>Показывать таймер в области &amp;уведомлений</translation>
    </message>
    <message>
        <source>Exact minutes</source>
        <translation>Точно по минутам</translation>
    </message>
    <message numerus="yes">
        <source>%n minutes</source>
        <translation>
            <numerusform>%n минута</numerusform>
            <numerusform>%n минуты</numerusform>
            <numerusform>%n минут</numerusform>
        </translation>
    </message>
    <message>
        <source>Round the timer&apos;s time to</source>
        <translation>Округлять время таймера до</translation>
    </message>
    <message>
        <source>&amp;Round to:</source>
        <translation>&amp;Округлять до:</translation>
    </message>
    <message>
        <source>Nearest</source>
        <translation>До ближайшего</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Вверх</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Вниз</translation>
    </message>
    <message>
        <source>Rounding direction</source>
        <translation>Направление округления</translation>
    </message>
    <message>
        <source>Rounding &amp;direction:</source>
        <translation>&amp;Направление округления:</translation>
    </message>
    <message>
        <source>As&amp;k what to do with idle time</source>
        <translation>&amp;Спрашивать, что делать с временем простоя</translation>
    </message>
    <message>
        <source> min</source>
        <translation> мин</translation>
    </message>
    <message>
        <source>Idle after minutes</source>
        <translation>Простой через минут</translation>
    </message>
    <message>
        <source>Idle &amp;after:</source>
        <translation>Простой &amp;через:</translation>
    </message>
    <message>
        <source>This desktop offers no way to tell idle time (no idle monitor on D-Bus and no X11 screen-saver extension), so the timer cannot ask.</source>
        <translation>Этот рабочий стол не позволяет определить время простоя (нет монитора простоя в D-Bus и расширения хранителя экрана X11), поэтому таймер не может спросить.</translation>
    </message>
    <message>
        <source>Idle time comes from %1.</source>
        <translation>Время простоя определяется через %1.</translation>
    </message>
    <message>
        <source>Re&amp;mind me when time is missing</source>
        <translation>Напо&amp;минать, когда не хватает времени</translation>
    </message>
    <message>
        <source>Reminder time</source>
        <translation>Время напоминания</translation>
    </message>
    <message>
        <source>On working days a&amp;t:</source>
        <translation>По рабочим дням &amp;в:</translation>
    </message>
    <message>
        <source>Today&apos;s time</source>
        <translation>Время за сегодня</translation>
    </message>
    <message>
        <source>The week so far</source>
        <translation>Неделя на сегодня</translation>
    </message>
    <message>
        <source>Compare against the schedule</source>
        <translation>Сравнивать с графиком</translation>
    </message>
    <message>
        <source>&amp;Compare:</source>
        <translation>С&amp;равнивать:</translation>
    </message>
    <message>
        <source>The system&apos;s proxy settings</source>
        <translation>Системные настройки прокси</translation>
    </message>
    <message>
        <source>No proxy</source>
        <translation>Без прокси</translation>
    </message>
    <message>
        <source>This HTTP proxy</source>
        <translation>Этот HTTP-прокси</translation>
    </message>
    <message>
        <source>Proxy</source>
        <translation>Прокси</translation>
    </message>
    <message>
        <source>&amp;Proxy:</source>
        <translation>Пр&amp;окси:</translation>
    </message>
    <message>
        <source>proxy.example.com</source>
        <translation>proxy.example.com</translation>
    </message>
    <message>
        <source>Proxy host</source>
        <translation>Хост прокси</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Хост:</translation>
    </message>
    <message>
        <source>Proxy port</source>
        <translation>Порт прокси</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>По&amp;рт:</translation>
    </message>
    <message>
        <source>Only the system&apos;s certificate authorities</source>
        <translation>Только системные центры сертификации</translation>
    </message>
    <message>
        <source>Extra CA certificate file</source>
        <translation>Дополнительный файл сертификата ЦС</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>Об&amp;зор…</translation>
    </message>
    <message>
        <source>Trust the Certificate Authority in</source>
        <translation>Доверять центру сертификации из</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer *.der);;All files (*)</source>
        <translation>Сертификаты (*.pem *.crt *.cer *.der);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Also &amp;trust CA:</source>
        <translation>Также доверять &amp;ЦС:</translation>
    </message>
    <message>
        <source>As the server shows it</source>
        <translation>Как на сервере</translation>
    </message>
    <message>
        <source>Hours and minutes (1:30)</source>
        <translation>Часы и минуты (1:30)</translation>
    </message>
    <message>
        <source>Decimal hours (%1)</source>
        <translation>Десятичные часы (%1)</translation>
    </message>
    <message>
        <source>Time display</source>
        <translation>Отображение времени</translation>
    </message>
    <message>
        <source>Show &amp;times as:</source>
        <translation>Показывать &amp;время как:</translation>
    </message>
    <message>
        <source>Acco&amp;unts</source>
        <translation>&amp;Учётные записи</translation>
    </message>
</context>
<context>
    <name>actidesk::ReferenceListModel</name>
    <message>
        <source>Yes</source>
        <translation>Да</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Нет</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Вкл.</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Выкл.</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Пользователи</translation>
    </message>
    <message>
        <source>Departments</source>
        <translation>Отделы</translation>
    </message>
    <message>
        <source>Time-zone groups</source>
        <translation>Группы часовых поясов</translation>
    </message>
    <message>
        <source>Leave types</source>
        <translation>Типы отсутствий</translation>
    </message>
    <message>
        <source>Types of work</source>
        <translation>Виды работ</translation>
    </message>
    <message>
        <source>Workflow statuses</source>
        <translation>Статусы рабочего процесса</translation>
    </message>
    <message>
        <source>User rates</source>
        <translation>Ставки пользователей</translation>
    </message>
    <message>
        <source>Server settings</source>
        <translation>Настройки сервера</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Отдел</translation>
    </message>
    <message>
        <source>Time-zone group</source>
        <translation>Группа часовых поясов</translation>
    </message>
    <message>
        <source>Hired</source>
        <translation>Принят</translation>
    </message>
    <message>
        <source>Released</source>
        <translation>Уволен</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Активен</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>По умолчанию</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Часовой пояс</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Баланс</translation>
    </message>
    <message>
        <source>Rate factor</source>
        <translation>Коэффициент ставки</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>В архиве</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Ставка</translation>
    </message>
    <message>
        <source>Billable</source>
        <translation>Оплачиваемая</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Пользователь</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Действует с</translation>
    </message>
    <message>
        <source>Regular rate</source>
        <translation>Обычная ставка</translation>
    </message>
    <message>
        <source>Overtime rate</source>
        <translation>Ставка сверхурочных</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Параметр</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Значение</translation>
    </message>
    <message>
        <source>No department</source>
        <translation>Без отдела</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Завершена</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Открыта</translation>
    </message>
    <message>
        <source>User rates are not available to your account.</source>
        <translation>Ставки пользователей недоступны вашей учётной записи.</translation>
    </message>
    <message>
        <source>User %1</source>
        <translation>Пользователь %1</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Компания</translation>
    </message>
    <message>
        <source>First day of week</source>
        <translation>Первый день недели</translation>
    </message>
    <message>
        <source>Time format</source>
        <translation>Формат времени</translation>
    </message>
    <message>
        <source>Decimal hours (1.5)</source>
        <translation>Десятичные часы (1,5)</translation>
    </message>
    <message>
        <source>Hours and minutes (1:30)</source>
        <translation>Часы и минуты (1:30)</translation>
    </message>
    <message>
        <source>Clock</source>
        <translation>Часы</translation>
    </message>
    <message>
        <source>12-hour</source>
        <translation>12-часовой</translation>
    </message>
    <message>
        <source>24-hour</source>
        <translation>24-часовой</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Валюта</translation>
    </message>
    <message>
        <source>Decimal separator</source>
        <translation>Десятичный разделитель</translation>
    </message>
    <message>
        <source>Leave registration</source>
        <translation>Учёт отсутствий</translation>
    </message>
    <message>
        <source>Overtime registration</source>
        <translation>Учёт сверхурочных</translation>
    </message>
    <message>
        <source>Task workflow</source>
        <translation>Рабочий процесс задач</translation>
    </message>
    <message>
        <source>Task estimates</source>
        <translation>Оценки задач</translation>
    </message>
    <message>
        <source>Work assignments</source>
        <translation>Назначения работ</translation>
    </message>
    <message>
        <source>Largest batch</source>
        <translation>Макс. размер пакета</translation>
    </message>
    <message>
        <source>Largest page</source>
        <translation>Макс. размер страницы</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Отклонено</translation>
    </message>
    <message>
        <source>Waiting to be sent</source>
        <translation>Ожидает отправки</translation>
    </message>
    <message>
        <source>The server refused the change: %1</source>
        <translation>Сервер отклонил изменение: %1</translation>
    </message>
</context>
<context>
    <name>actidesk::ReferencePage</name>
    <message>
        <source>List</source>
        <translation>Список</translation>
    </message>
    <message>
        <source>&amp;List:</source>
        <translation>&amp;Список:</translation>
    </message>
    <message>
        <source>Search by words</source>
        <translation>Поиск по словам</translation>
    </message>
    <message>
        <source>Search the list</source>
        <translation>Поиск по списку</translation>
    </message>
    <message>
        <source>Search List</source>
        <translation>Поиск по списку</translation>
    </message>
    <message>
        <source>List entries</source>
        <translation>Элементы списка</translation>
    </message>
    <message>
        <source>Loading from the server…</source>
        <translation>Загрузка с сервера…</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Загрузка…</translation>
    </message>
    <message>
        <source>Nothing cached yet for this list. It arrives with the next refresh (F5).</source>
        <translation>Для этого списка в кэше пока ничего нет. Он появится при следующем обновлении (F5).</translation>
    </message>
    <message numerus="yes">
        <source>%n entry</source>
        <translation>
            <numerusform>%n запись</numerusform>
            <numerusform>%n записи</numerusform>
            <numerusform>%n записей</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n запись</numerusform>
            <numerusform>%n записи</numerusform>
            <numerusform>%n записей</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n entry match</source>
        <translation>
            <numerusform>Найдено %1 из %n записи</numerusform>
            <numerusform>Найдено %1 из %n записей</numerusform>
            <numerusform>Найдено %1 из %n записей</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n entries match</source>
        <translation>
            <numerusform>Найдено %1 из %n записи</numerusform>
            <numerusform>Найдено %1 из %n записей</numerusform>
            <numerusform>Найдено %1 из %n записей</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Новый…</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>&amp;Переименовать…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>New workflow status (Ins)</source>
        <translation>Новый статус рабочего процесса (Ins)</translation>
    </message>
    <message>
        <source>Rename the workflow status or change its type (F2)</source>
        <translation>Переименовать статус рабочего процесса или изменить его тип (F2)</translation>
    </message>
    <message>
        <source>Delete the workflow status (Del)</source>
        <translation>Удалить статус рабочего процесса (Del)</translation>
    </message>
    <message>
        <source>Select a workflow status first.</source>
        <translation>Сначала выберите статус рабочего процесса.</translation>
    </message>
    <message>
        <source>Delete the workflow status “%1”?</source>
        <translation>Удалить статус рабочего процесса «%1»?</translation>
    </message>
    <message>
        <source>The server deletes only a status no task uses and not the last of its type; otherwise it refuses, and the list says so.</source>
        <translation>Сервер удаляет только статус, который не используется ни одной задачей и не является последним своего типа; иначе он отказывает, и список это покажет.</translation>
    </message>
    <message>
        <source>Dis&amp;card Refused Change</source>
        <translation>&amp;Отменить отклонённое изменение</translation>
    </message>
    <message>
        <source>Give up the change the server refused; the list shows the server&apos;s status again.</source>
        <translation>Отказаться от изменения, отклонённого сервером; список снова показывает статус с сервера.</translation>
    </message>
</context>
<context>
    <name>actidesk::RequestQueue</name>
    <message>
        <source>Cannot read the certificate file %1: %2</source>
        <translation>Не удаётся прочитать файл сертификата %1: %2</translation>
    </message>
    <message>
        <source>%1 holds no certificate (PEM or DER expected).</source>
        <translation>В %1 нет сертификата (ожидается PEM или DER).</translation>
    </message>
    <message>
        <source>the server redirected the request to another server (%1)</source>
        <translation>сервер перенаправил запрос на другой сервер (%1)</translation>
    </message>
    <message>
        <source>the server redirected the request in a loop</source>
        <translation>сервер перенаправил запрос по кругу</translation>
    </message>
    <message>
        <source>the server&apos;s answer is too large (over %1 MB)</source>
        <translation>ответ сервера слишком велик (более %1 МБ)</translation>
    </message>
    <message>
        <source>the server did not finish its answer in time</source>
        <translation>сервер не завершил ответ вовремя</translation>
    </message>
    <message>
        <source>the server answered with a redirect (HTTP %1) that cannot be followed</source>
        <translation>сервер ответил перенаправлением (HTTP %1), по которому нельзя перейти</translation>
    </message>
    <message>
        <source>the server answered with HTTP %1, which is no final answer</source>
        <translation>сервер ответил HTTP %1, а это не окончательный ответ</translation>
    </message>
</context>
<context>
    <name>actidesk::ReviewCharts</name>
    <message>
        <source>Hours</source>
        <translation>Часы</translation>
    </message>
    <message>
        <source>Others</source>
        <translation>Прочие</translation>
    </message>
    <message>
        <source>Team Charts</source>
        <translation>Диаграммы команды</translation>
    </message>
    <message>
        <source>Hours per project</source>
        <translation>Часы по проектам</translation>
    </message>
    <message>
        <source>Tracked</source>
        <translation>Учтено</translation>
    </message>
    <message>
        <source>&amp;Projects</source>
        <translation>&amp;Проекты</translation>
    </message>
    <message>
        <source>Hours per customer</source>
        <translation>Часы по клиентам</translation>
    </message>
    <message>
        <source>&amp;Customers</source>
        <translation>&amp;Клиенты</translation>
    </message>
    <message>
        <source>Hours per member</source>
        <translation>Часы по участникам</translation>
    </message>
    <message>
        <source>&amp;Members</source>
        <translation>&amp;Участники</translation>
    </message>
    <message>
        <source>Tracked against scheduled (most undertime first)</source>
        <translation>Учтено относительно графика (сначала наибольшая недоработка)</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>По графику</translation>
    </message>
    <message>
        <source>&amp;Tracked vs Scheduled</source>
        <translation>У&amp;чтено и по графику</translation>
    </message>
</context>
<context>
    <name>actidesk::ReviewModel</name>
    <message>
        <source>User %1</source>
        <translation>Пользователь %1</translation>
    </message>
    <message>
        <source>No department</source>
        <translation>Без отдела</translation>
    </message>
    <message>
        <source>Leave</source>
        <translation>Отсутствия</translation>
    </message>
    <message>
        <source>Task %1</source>
        <translation>Задача %1</translation>
    </message>
    <message>
        <source>Unknown customer</source>
        <translation>Неизвестный клиент</translation>
    </message>
    <message>
        <source>The schedule of this period is not cached yet.</source>
        <translation>Графика за этот период ещё нет в кэше.</translation>
    </message>
    <message>
        <source>Tracked time and leave against the schedule, up to today (overtime is positive, undertime negative)</source>
        <translation>Учтённое время и отсутствия относительно графика по сегодняшний день (переработка положительна, недоработка отрицательна)</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n day with time approved</source>
        <translation>
            <numerusform>Утверждено %1 из %n дня со временем</numerusform>
            <numerusform>Утверждено %1 из %n дней со временем</numerusform>
            <numerusform>Утверждено %1 из %n дней со временем</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n days with time approved</source>
        <translation>
            <numerusform>Утверждено %1 из %n дня со временем</numerusform>
            <numerusform>Утверждено %1 из %n дней со временем</numerusform>
            <numerusform>Утверждено %1 из %n дней со временем</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n working day up to today misses time</source>
        <translation>
            <numerusform>%n рабочий день по сегодняшний день без времени</numerusform>
            <numerusform>%n рабочих дня по сегодняшний день без времени</numerusform>
            <numerusform>%n рабочих дней по сегодняшний день без времени</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n working days up to today miss time</source>
        <translation>
            <numerusform>%n рабочий день по сегодняшний день без времени</numerusform>
            <numerusform>%n рабочих дня по сегодняшний день без времени</numerusform>
            <numerusform>%n рабочих дней по сегодняшний день без времени</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 +L</source>
        <translation>%1 +О</translation>
    </message>
    <message>
        <source>L %1</source>
        <translation>О %1</translation>
    </message>
    <message>
        <source>Not fetched yet</source>
        <translation>Ещё не загружено</translation>
    </message>
    <message>
        <source>Tracked: %1</source>
        <translation>Учтено: %1</translation>
    </message>
    <message>
        <source>Leave: %1</source>
        <translation>Отсутствие: %1</translation>
    </message>
    <message>
        <source>Scheduled: %1</source>
        <translation>По графику: %1</translation>
    </message>
    <message>
        <source>Schedule not cached</source>
        <translation>Графика нет в кэше</translation>
    </message>
    <message>
        <source>Difference: %1</source>
        <translation>Разница: %1</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Утверждено</translation>
    </message>
    <message>
        <source>Missing time against the schedule</source>
        <translation>Недостающее время относительно графика</translation>
    </message>
    <message>
        <source>Team member</source>
        <translation>Участник команды</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Отдел</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Часовой пояс</translation>
    </message>
    <message>
        <source>Tracked</source>
        <translation>Учтено</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>По графику</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Разница</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Недостаёт</translation>
    </message>
    <message>
        <source>the account of %1 is disabled, so the server takes no time for them.</source>
        <translation>учётная запись %1 отключена, поэтому сервер не принимает для неё время.</translation>
    </message>
    <message>
        <source>the server does not let your account change the time of %1 (it takes the permission to modify and approve this user&apos;s time-track).</source>
        <translation>сервер не разрешает вашей учётной записи изменять время %1 (для этого нужно право изменять и утверждать учёт времени этого пользователя).</translation>
    </message>
</context>
<context>
    <name>actidesk::ReviewPage</name>
    <message>
        <source>Team · %1 – %2</source>
        <translation>Команда · %1 – %2</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Период</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Неделя</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Месяц</translation>
    </message>
    <message>
        <source>%v of %m</source>
        <translation>%v из %m</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Stop fetching the team&apos;s time (what is cached stays shown)</source>
        <translation>Прекратить загрузку времени команды (данные из кэша останутся на экране)</translation>
    </message>
    <message>
        <source>Search by name (Ctrl+F)</source>
        <translation>Поиск по имени (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search team members</source>
        <translation>Поиск участников команды</translation>
    </message>
    <message>
        <source>Search Team Members</source>
        <translation>Поиск участников команды</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Отдел</translation>
    </message>
    <message>
        <source>Time zone group</source>
        <translation>Группа часовых поясов</translation>
    </message>
    <message>
        <source>Only people with &amp;missing time</source>
        <translation>Только с &amp;недостающим временем</translation>
    </message>
    <message>
        <source>De&amp;partment:</source>
        <translation>&amp;Отдел:</translation>
    </message>
    <message>
        <source>Time &amp;zone:</source>
        <translation>&amp;Часовой пояс:</translation>
    </message>
    <message>
        <source>Enter or double-click opens the member&apos;s timesheet</source>
        <translation>Enter или двойной щелчок открывает табель участника</translation>
    </message>
    <message>
        <source>Loading the team’s time from the server…</source>
        <translation>Время команды загружается с сервера…</translation>
    </message>
    <message>
        <source>No team time is cached for this period yet. It is fetched when you are online.</source>
        <translation>Времени команды за этот период в кэше пока нет. Оно будет загружено, когда вы будете в сети.</translation>
    </message>
    <message>
        <source>&amp;Lock…</source>
        <translation>&amp;Заблокировать…</translation>
    </message>
    <message>
        <source>Lock the period&apos;s time-track and leave of the selected members</source>
        <translation>Заблокировать учёт времени и отсутствия выбранных участников за период</translation>
    </message>
    <message>
        <source>&amp;Unlock…</source>
        <translation>Р&amp;азблокировать…</translation>
    </message>
    <message>
        <source>Unlock the period for the selected members</source>
        <translation>Разблокировать период для выбранных участников</translation>
    </message>
    <message>
        <source>&amp;Open in actiTIME</source>
        <translation>Откр&amp;ыть в actiTIME</translation>
    </message>
    <message>
        <source>Time is approved in actiTIME&apos;s web interface (the API cannot approve): opens it in the browser</source>
        <translation>Время утверждается в веб-интерфейсе actiTIME (через API утвердить нельзя): открывает его в браузере</translation>
    </message>
    <message>
        <source>&amp;Charts…</source>
        <translation>&amp;Диаграммы…</translation>
    </message>
    <message>
        <source>Hours per project, customer and member, and tracked against scheduled, of the members shown</source>
        <translation>Часы по проектам, клиентам и участникам, а также учтённое время относительно графика для показанных участников</translation>
    </message>
    <message>
        <source>Fetching the team&apos;s time was cancelled; the cached figures are shown.</source>
        <translation>Загрузка времени команды отменена; показаны данные из кэша.</translation>
    </message>
    <message>
        <source>Team · %1</source>
        <translation>Команда · %1</translation>
    </message>
    <message>
        <source>As of %1</source>
        <translation>На %1</translation>
    </message>
    <message>
        <source>Not fetched yet</source>
        <translation>Ещё не загружено</translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <translation>(без имени)</translation>
    </message>
    <message>
        <source>All departments</source>
        <translation>Все отделы</translation>
    </message>
    <message>
        <source>All time zones</source>
        <translation>Все часовые пояса</translation>
    </message>
    <message>
        <source>Select the team members first.</source>
        <translation>Сначала выберите участников команды.</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message numerus="yes">
        <source>Lock the time-track and leave of %n member for %1? Nobody can change it until it is unlocked.</source>
        <translation>
            <numerusform>Заблокировать учёт времени и отсутствия %n участника за %1? Никто не сможет их изменить, пока они не будут разблокированы.</numerusform>
            <numerusform>Заблокировать учёт времени и отсутствия %n участников за %1? Никто не сможет их изменить, пока они не будут разблокированы.</numerusform>
            <numerusform>Заблокировать учёт времени и отсутствия %n участников за %1? Никто не сможет их изменить, пока они не будут разблокированы.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Lock the time-track and leave of %n members for %1? Nobody can change it until it is unlocked.</source>
        <translation>
            <numerusform>Заблокировать учёт времени и отсутствия %n участника за %1? Никто не сможет их изменить, пока они не будут разблокированы.</numerusform>
            <numerusform>Заблокировать учёт времени и отсутствия %n участников за %1? Никто не сможет их изменить, пока они не будут разблокированы.</numerusform>
            <numerusform>Заблокировать учёт времени и отсутствия %n участников за %1? Никто не сможет их изменить, пока они не будут разблокированы.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Unlock the time-track and leave of %n member for %1?</source>
        <translation>
            <numerusform>Разблокировать учёт времени и отсутствия %n участника за %1?</numerusform>
            <numerusform>Разблокировать учёт времени и отсутствия %n участников за %1?</numerusform>
            <numerusform>Разблокировать учёт времени и отсутствия %n участников за %1?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Unlock the time-track and leave of %n members for %1?</source>
        <translation>
            <numerusform>Разблокировать учёт времени и отсутствия %n участника за %1?</numerusform>
            <numerusform>Разблокировать учёт времени и отсутствия %n участников за %1?</numerusform>
            <numerusform>Разблокировать учёт времени и отсутствия %n участников за %1?</numerusform>
        </translation>
    </message>
    <message>
        <source>Lock Time</source>
        <translation>Блокировка времени</translation>
    </message>
    <message>
        <source>Unlock Time</source>
        <translation>Разблокировка времени</translation>
    </message>
    <message>
        <source>The server did not lock the time: %1</source>
        <translation>Сервер не заблокировал время: %1</translation>
    </message>
    <message>
        <source>The server did not unlock the time: %1</source>
        <translation>Сервер не разблокировал время: %1</translation>
    </message>
    <message>
        <source>Locked. Nobody can change the locked days until they are unlocked.</source>
        <translation>Заблокировано. Никто не сможет изменить заблокированные дни, пока они не будут разблокированы.</translation>
    </message>
    <message>
        <source>Unlocked.</source>
        <translation>Разблокировано.</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Проект</translation>
    </message>
    <message>
        <source>Only the members who tracked time on this project in the period</source>
        <translation>Только участники, учитывавшие время по этому проекту за период</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <source>Only the members who tracked time for this customer in the period</source>
        <translation>Только участники, учитывавшие время по этому клиенту за период</translation>
    </message>
    <message>
        <source>All projects</source>
        <translation>Все проекты</translation>
    </message>
    <message>
        <source>All customers</source>
        <translation>Все клиенты</translation>
    </message>
    <message>
        <source>Pro&amp;ject:</source>
        <translation>П&amp;роект:</translation>
    </message>
    <message>
        <source>Cu&amp;stomer:</source>
        <translation>&amp;Клиент:</translation>
    </message>
    <message>
        <source>Team&apos;s time</source>
        <translation>Время команды</translation>
    </message>
    <message>
        <source>(no time in this period)</source>
        <translation>(нет времени за этот период)</translation>
    </message>
</context>
<context>
    <name>actidesk::ScopeEditor</name>
    <message>
        <source>Your account may not create customers.</source>
        <translation>Вашей учётной записи нельзя создавать клиентов.</translation>
    </message>
    <message>
        <source>This customer is not in the cache.</source>
        <translation>Этого клиента нет в кэше.</translation>
    </message>
    <message>
        <source>This project is not in the cache.</source>
        <translation>Этого проекта нет в кэше.</translation>
    </message>
    <message>
        <source>This task is not in the cache.</source>
        <translation>Этой задачи нет в кэше.</translation>
    </message>
    <message>
        <source>Tasks have no children: select a project to add a task.</source>
        <translation>У задач нет вложенных элементов: выберите проект, чтобы добавить задачу.</translation>
    </message>
    <message>
        <source>Your account may not add to “%1”.</source>
        <translation>Вашей учётной записи нельзя добавлять в «%1».</translation>
    </message>
    <message>
        <source>“%1” is archived: restore it first.</source>
        <translation>«%1» в архиве: сначала восстановите его.</translation>
    </message>
    <message>
        <source>Only tasks are completed; customers and projects are archived.</source>
        <translation>Завершаются только задачи; клиенты и проекты архивируются.</translation>
    </message>
    <message>
        <source>Only tasks can be moved to another project.</source>
        <translation>В другой проект можно перенести только задачу.</translation>
    </message>
    <message>
        <source>Your account may not move this task.</source>
        <translation>Вашей учётной записи нельзя переносить эту задачу.</translation>
    </message>
    <message>
        <source>Type a name.</source>
        <translation>Введите название.</translation>
    </message>
    <message>
        <source>The name is too long: at most 255 characters.</source>
        <translation>Название слишком длинное: не более 255 символов.</translation>
    </message>
    <message>
        <source>The task is in this project already.</source>
        <translation>Задача уже в этом проекте.</translation>
    </message>
    <message>
        <source>Your account may not change this customer.</source>
        <translation>Вашей учётной записи нельзя изменять этого клиента.</translation>
    </message>
    <message>
        <source>Your account may not change this project.</source>
        <translation>Вашей учётной записи нельзя изменять этот проект.</translation>
    </message>
    <message>
        <source>Your account may not change this task.</source>
        <translation>Вашей учётной записи нельзя изменять эту задачу.</translation>
    </message>
    <message>
        <source>Your account may not delete this customer.</source>
        <translation>Вашей учётной записи нельзя удалять этого клиента.</translation>
    </message>
    <message>
        <source>Your account may not delete this project.</source>
        <translation>Вашей учётной записи нельзя удалять этот проект.</translation>
    </message>
    <message>
        <source>Your account may not delete this task.</source>
        <translation>Вашей учётной записи нельзя удалять эту задачу.</translation>
    </message>
    <message>
        <source>A customer named “%1” already exists.</source>
        <translation>Клиент с именем «%1» уже существует.</translation>
    </message>
    <message>
        <source>A project named “%1” already exists in this customer.</source>
        <translation>У этого клиента уже есть проект с именем «%1».</translation>
    </message>
    <message>
        <source>A task named “%1” already exists in this project.</source>
        <translation>В этом проекте уже есть задача с именем «%1».</translation>
    </message>
    <message>
        <source>The server refused no change of this customer.</source>
        <translation>Сервер не отклонял изменений этого клиента.</translation>
    </message>
    <message>
        <source>The server refused no change of this project.</source>
        <translation>Сервер не отклонял изменений этого проекта.</translation>
    </message>
    <message>
        <source>The server refused no change of this task.</source>
        <translation>Сервер не отклонял изменений этой задачи.</translation>
    </message>
</context>
<context>
    <name>actidesk::ScopeItemDialog</name>
    <message>
        <source>New Customer</source>
        <translation>Новый клиент</translation>
    </message>
    <message>
        <source>Edit Customer</source>
        <translation>Изменить клиента</translation>
    </message>
    <message>
        <source>New Project</source>
        <translation>Новый проект</translation>
    </message>
    <message>
        <source>Edit Project</source>
        <translation>Изменить проект</translation>
    </message>
    <message>
        <source>New Task</source>
        <translation>Новая задача</translation>
    </message>
    <message>
        <source>Edit Task</source>
        <translation>Изменить задачу</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Описание:</translation>
    </message>
    <message>
        <source>D&amp;eadline:</source>
        <translation>&amp;Срок:</translation>
    </message>
    <message>
        <source>e.g. 12:30 or 12.5 (hours)</source>
        <translation>напр. 12:30 или 12,5 (часы)</translation>
    </message>
    <message>
        <source>E&amp;stimate:</source>
        <translation>О&amp;ценка:</translation>
    </message>
    <message>
        <source>(server default)</source>
        <translation>(по умолчанию сервера)</translation>
    </message>
    <message>
        <source>&amp;Type of work:</source>
        <translation>&amp;Вид работы:</translation>
    </message>
    <message>
        <source>%1 (completed)</source>
        <translation>%1 (завершена)</translation>
    </message>
    <message>
        <source>&amp;Workflow status:</source>
        <translation>С&amp;татус рабочего процесса:</translation>
    </message>
    <message>
        <source>&amp;Archived</source>
        <translation>В &amp;архиве</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Создать</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Переименовать</translation>
    </message>
    <message>
        <source>Type a name.</source>
        <translation>Введите название.</translation>
    </message>
    <message>
        <source>The estimate is not understood: type hours and minutes (12:30) or hours (12.5).</source>
        <translation>Оценка не распознана: введите часы и минуты (12:30) или часы (12,5).</translation>
    </message>
</context>
<context>
    <name>actidesk::ScopePropertiesPanel</name>
    <message>
        <source>Select a customer, project or task to see its details.</source>
        <translation>Выберите клиента, проект или задачу, чтобы увидеть подробности.</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Нет</translation>
    </message>
    <message>
        <source>Not yet on the server</source>
        <translation>Ещё не на сервере</translation>
    </message>
    <message>
        <source>Open in actiTIME</source>
        <translation>Открыть в actiTIME</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Описание</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>В архиве</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Активен</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Проекты</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Проект</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Задачи</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Задача</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Завершена</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Открыта</translation>
    </message>
    <message>
        <source>Workflow status</source>
        <translation>Статус рабочего процесса</translation>
    </message>
    <message>
        <source>Type of work</source>
        <translation>Вид работы</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Срок</translation>
    </message>
    <message>
        <source>Estimate</source>
        <translation>Оценка</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Ссылка</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Создано</translation>
    </message>
    <message>
        <source>The server refused the last change: %1</source>
        <translation>Сервер отклонил последнее изменение: %1</translation>
    </message>
    <message>
        <source>Changes wait to be sent to the server.</source>
        <translation>Изменения ожидают отправки на сервер.</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Комментарии</translation>
    </message>
    <message>
        <source>None in the weeks cached here</source>
        <translation>Нет в сохранённых здесь неделях</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %2 estimated (%3%), by %n user, in the weeks cached here</source>
        <translation>
            <numerusform>%1 из %2 по оценке (%3%), %n пользователь, в сохранённых здесь неделях</numerusform>
            <numerusform>%1 из %2 по оценке (%3%), %n пользователя, в сохранённых здесь неделях</numerusform>
            <numerusform>%1 из %2 по оценке (%3%), %n пользователей, в сохранённых здесь неделях</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %2 estimated (%3%), by %n users, in the weeks cached here</source>
        <translation>
            <numerusform>%1 из %2 по оценке (%3%), %n пользователь, в сохранённых здесь неделях</numerusform>
            <numerusform>%1 из %2 по оценке (%3%), %n пользователя, в сохранённых здесь неделях</numerusform>
            <numerusform>%1 из %2 по оценке (%3%), %n пользователей, в сохранённых здесь неделях</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 by %n user in the weeks cached here</source>
        <translation>
            <numerusform>%1, %n пользователь, в сохранённых здесь неделях</numerusform>
            <numerusform>%1, %n пользователя, в сохранённых здесь неделях</numerusform>
            <numerusform>%1, %n пользователей, в сохранённых здесь неделях</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 by %n users in the weeks cached here</source>
        <translation>
            <numerusform>%1, %n пользователь, в сохранённых здесь неделях</numerusform>
            <numerusform>%1, %n пользователя, в сохранённых здесь неделях</numerusform>
            <numerusform>%1, %n пользователей, в сохранённых здесь неделях</numerusform>
        </translation>
    </message>
    <message>
        <source>Tracked</source>
        <translation>Учтено</translation>
    </message>
    <message>
        <source>The server gives no total for a task: this is the sum of the time cached here (the weeks this app fetched).</source>
        <translation>Сервер не даёт итога по задаче: это сумма времени, сохранённого здесь (недель, полученных этим приложением).</translation>
    </message>
    <message>
        <source>The server gives no total for a task: this is the sum of the time cached here, %1 to %2.</source>
        <translation>Сервер не даёт итога по задаче: это сумма времени, сохранённого здесь, с %1 по %2.</translation>
    </message>
    <message>
        <source>No comments.</source>
        <translation>Комментариев нет.</translation>
    </message>
    <message>
        <source>%1, %2:</source>
        <translation>%1, %2:</translation>
    </message>
    <message>
        <source>As fetched on %1; they could not be fetched again: %2</source>
        <translation>По состоянию на %1; получить их снова не удалось: %2</translation>
    </message>
    <message>
        <source>The comments could not be fetched: %1</source>
        <translation>Не удалось получить комментарии: %1</translation>
    </message>
    <message>
        <source>Fetching the comments…</source>
        <translation>Получение комментариев…</translation>
    </message>
    <message>
        <source>None: not on the server yet.</source>
        <translation>Нет: ещё не на сервере.</translation>
    </message>
</context>
<context>
    <name>actidesk::ScopeTreeModel</name>
    <message>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Срок</translation>
    </message>
    <message>
        <source>Estimate</source>
        <translation>Оценка</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>В архиве</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Завершена</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Открыта</translation>
    </message>
    <message>
        <source>Changed on the server too; your change waits for your decision.</source>
        <translation>Изменено и на сервере; ваше изменение ждёт вашего решения.</translation>
    </message>
    <message>
        <source>The server refused the last change: %1</source>
        <translation>Сервер отклонил последнее изменение: %1</translation>
    </message>
    <message>
        <source>Waiting to be sent to the server</source>
        <translation>Ожидает отправки на сервер</translation>
    </message>
    <message>
        <source>User %1</source>
        <translation>Пользователь %1</translation>
    </message>
</context>
<context>
    <name>actidesk::SessionView</name>
    <message>
        <source>Views</source>
        <translation>Разделы</translation>
    </message>
    <message>
        <source>Timesheet</source>
        <translation>Табель</translation>
    </message>
    <message>
        <source>Leave</source>
        <translation>Отсутствия</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Задачи</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Проверка</translation>
    </message>
    <message>
        <source>Directory</source>
        <translation>Справочник</translation>
    </message>
    <message>
        <source>Your week&apos;s time (Ctrl+1)</source>
        <translation>Ваше время за неделю (Ctrl+1)</translation>
    </message>
    <message>
        <source>Your leave time (Ctrl+2)</source>
        <translation>Ваши отсутствия (Ctrl+2)</translation>
    </message>
    <message>
        <source>Customers, projects and tasks (Ctrl+3)</source>
        <translation>Клиенты, проекты и задачи (Ctrl+3)</translation>
    </message>
    <message>
        <source>Your team&apos;s week (Ctrl+4)</source>
        <translation>Неделя вашей команды (Ctrl+4)</translation>
    </message>
    <message>
        <source>Users, departments, leave types and the server&apos;s settings (Ctrl+5)</source>
        <translation>Пользователи, отделы, типы отсутствий и настройки сервера (Ctrl+5)</translation>
    </message>
    <message>
        <source>Timer</source>
        <translation>Таймер</translation>
    </message>
</context>
<context>
    <name>actidesk::ShortcutsDialog</name>
    <message>
        <source>Timesheet grid</source>
        <translation>Таблица табеля</translation>
    </message>
    <message>
        <source>Leave grid</source>
        <translation>Таблица отсутствий</translation>
    </message>
    <message>
        <source>Type a duration to edit the cell</source>
        <translation>Начните вводить длительность, чтобы изменить ячейку</translation>
    </message>
    <message>
        <source>0–9</source>
        <translation>0–9</translation>
    </message>
    <message>
        <source>Edit the cell</source>
        <translation>Изменить ячейку</translation>
    </message>
    <message>
        <source>Save and move down / up</source>
        <translation>Сохранить и перейти вниз / вверх</translation>
    </message>
    <message>
        <source>Next / previous day cell</source>
        <translation>Ячейка следующего / предыдущего дня</translation>
    </message>
    <message>
        <source>Cancel the edit</source>
        <translation>Отменить правку</translation>
    </message>
    <message>
        <source>Clear the selected cells</source>
        <translation>Очистить выбранные ячейки</translation>
    </message>
    <message>
        <source>Edit the cell&apos;s comment</source>
        <translation>Изменить комментарий ячейки</translation>
    </message>
    <message>
        <source>Copy / paste cells (tab-separated, as spreadsheets do)</source>
        <translation>Копировать / вставить ячейки (через табуляцию, как в электронных таблицах)</translation>
    </message>
    <message>
        <source>The cell&apos;s menu</source>
        <translation>Меню ячейки</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Окно</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Сочетания клавиш</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Действие</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Клавиши</translation>
    </message>
</context>
<context>
    <name>actidesk::SignInDialog</name>
    <message>
        <source>Sign in to actiTIME</source>
        <translation>Вход в actiTIME</translation>
    </message>
    <message>
        <source>Use the address, login and password you use for actiTIME in your browser.</source>
        <translation>Используйте адрес, логин и пароль, с которыми вы входите в actiTIME в браузере.</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Адрес сервера</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Логин</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Пароль</translation>
    </message>
    <message>
        <source>&amp;Remember password in the system keychain</source>
        <translation>&amp;Запомнить пароль в системной связке ключей</translation>
    </message>
    <message>
        <source>ActiDesk then signs in by itself when it starts. The password is kept only in the system keychain, never in a file.</source>
        <translation>Тогда ActiDesk будет входить сам при запуске. Пароль хранится только в системной связке ключей и никогда — в файле.</translation>
    </message>
    <message>
        <source>Allow plain &amp;http for this server</source>
        <translation>Разрешить обычный &amp;http для этого сервера</translation>
    </message>
    <message>
        <source>Without https your password and your data travel unencrypted. Only for a server on a network you trust.</source>
        <translation>Без https пароль и данные передаются без шифрования. Только для сервера в сети, которой вы доверяете.</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Сервер:</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>&amp;Логин:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Пароль:</translation>
    </message>
    <message>
        <source>Sign-in problem</source>
        <translation>Проблема со входом</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Выполняется вход…</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Войти</translation>
    </message>
    <message>
        <source>Allow plain http?</source>
        <translation>Разрешить обычный http?</translation>
    </message>
    <message>
        <source>Allow plain http for %1?</source>
        <translation>Разрешить обычный http для %1?</translation>
    </message>
    <message>
        <source>Your password and your time data will travel unencrypted: anyone on the network between you and the server can read them. Allow this only for a server on a network you trust.</source>
        <translation>Пароль и данные о времени будут передаваться без шифрования: их сможет прочитать любой в сети между вами и сервером. Разрешайте это только для сервера в сети, которой вы доверяете.</translation>
    </message>
    <message>
        <source>Allow plain http</source>
        <translation>Разрешить обычный http</translation>
    </message>
    <message>
        <source>ActiDesk tried https://. If this server uses plain http, type %1 instead.</source>
        <translation>ActiDesk попробовал https://. Если сервер работает по обычному http, введите %1.</translation>
    </message>
    <message>
        <source>Or, for a server on a network you trust, tick &quot;Allow plain http for this server&quot;.</source>
        <translation>Либо, для сервера в сети, которой вы доверяете, отметьте «Разрешить обычный http для этого сервера».</translation>
    </message>
    <message>
        <source>Enter your actiTIME login.</source>
        <translation>Введите логин actiTIME.</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>Введите пароль.</translation>
    </message>
</context>
<context>
    <name>actidesk::SignInProblem</name>
    <message>
        <source>Too many failed sign-ins from this computer. The server accepts new attempts again now.</source>
        <translation>Слишком много неудачных попыток входа с этого компьютера. Теперь сервер снова принимает попытки.</translation>
    </message>
    <message numerus="yes">
        <source>Too many failed sign-ins from this computer. The server accepts new attempts in %n second.</source>
        <translation>
            <numerusform>Слишком много неудачных попыток входа с этого компьютера. Сервер снова примет попытки через %n секунду.</numerusform>
            <numerusform>Слишком много неудачных попыток входа с этого компьютера. Сервер снова примет попытки через %n секунды.</numerusform>
            <numerusform>Слишком много неудачных попыток входа с этого компьютера. Сервер снова примет попытки через %n секунд.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Too many failed sign-ins from this computer. The server accepts new attempts in %n seconds.</source>
        <translation>
            <numerusform>Слишком много неудачных попыток входа с этого компьютера. Сервер снова примет попытки через %n секунду.</numerusform>
            <numerusform>Слишком много неудачных попыток входа с этого компьютера. Сервер снова примет попытки через %n секунды.</numerusform>
            <numerusform>Слишком много неудачных попыток входа с этого компьютера. Сервер снова примет попытки через %n секунд.</numerusform>
        </translation>
    </message>
    <message>
        <source>The server is busy (too many requests). Try again now.</source>
        <translation>Сервер занят (слишком много запросов). Повторите попытку сейчас.</translation>
    </message>
    <message numerus="yes">
        <source>The server is busy (too many requests). Try again in %n second.</source>
        <translation>
            <numerusform>Сервер занят (слишком много запросов). Повторите попытку через %n секунду.</numerusform>
            <numerusform>Сервер занят (слишком много запросов). Повторите попытку через %n секунды.</numerusform>
            <numerusform>Сервер занят (слишком много запросов). Повторите попытку через %n секунд.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The server is busy (too many requests). Try again in %n seconds.</source>
        <translation>
            <numerusform>Сервер занят (слишком много запросов). Повторите попытку через %n секунду.</numerusform>
            <numerusform>Сервер занят (слишком много запросов). Повторите попытку через %n секунды.</numerusform>
            <numerusform>Сервер занят (слишком много запросов). Повторите попытку через %n секунд.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>actidesk::StatusIndicators</name>
    <message>
        <source>%1 on %2</source>
        <translation>%1 на %2</translation>
    </message>
    <message>
        <source>Signed-in account</source>
        <translation>Текущая учётная запись</translation>
    </message>
    <message>
        <source>Paused: server asks to wait until %1 (%2)</source>
        <translation>Пауза: сервер просит подождать до %1 (%2)</translation>
    </message>
    <message>
        <source>The server asked ActiDesk to send nothing until then. Edits are kept on this computer and sent afterwards.</source>
        <translation>Сервер попросил ActiDesk ничего не отправлять до этого времени. Правки хранятся на этом компьютере и будут отправлены позже.</translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>В сети</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Синхронизация…</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Выполняется вход…</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Не в сети</translation>
    </message>
    <message>
        <source>Sign-in needed</source>
        <translation>Нужен вход</translation>
    </message>
    <message>
        <source>Cannot save</source>
        <translation>Не удаётся сохранить</translation>
    </message>
    <message>
        <source>Edits are saved on this computer first and sent when the server is reachable.</source>
        <translation>Правки сначала сохраняются на этом компьютере и отправляются, когда сервер доступен.</translation>
    </message>
    <message>
        <source>%1
Click to sign in.</source>
        <translation>%1
Щёлкните, чтобы войти.</translation>
    </message>
    <message numerus="yes">
        <source>%n request waiting</source>
        <translation>
            <numerusform>%n запрос ожидает</numerusform>
            <numerusform>%n запроса ожидают</numerusform>
            <numerusform>%n запросов ожидают</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n requests waiting</source>
        <translation>
            <numerusform>%n запрос ожидает</numerusform>
            <numerusform>%n запроса ожидают</numerusform>
            <numerusform>%n запросов ожидают</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change to send</source>
        <translation>
            <numerusform>%n изменение ожидает отправки</numerusform>
            <numerusform>%n изменения ожидают отправки</numerusform>
            <numerusform>%n изменений ожидают отправки</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changes to send</source>
        <translation>
            <numerusform>%n изменение ожидает отправки</numerusform>
            <numerusform>%n изменения ожидают отправки</numerusform>
            <numerusform>%n изменений ожидают отправки</numerusform>
        </translation>
    </message>
    <message>
        <source>Changes made here that the server has not confirmed yet. Click to go to the first one.</source>
        <translation>Изменения, сделанные здесь и ещё не подтверждённые сервером. Щёлкните, чтобы перейти к первому.</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict</source>
        <translation>
            <numerusform>%n конфликт</numerusform>
            <numerusform>%n конфликта</numerusform>
            <numerusform>%n конфликтов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflicts</source>
        <translation>
            <numerusform>%n конфликт</numerusform>
            <numerusform>%n конфликта</numerusform>
            <numerusform>%n конфликтов</numerusform>
        </translation>
    </message>
    <message>
        <source>Cells changed here and on the server: right-click one (or Shift+F10) to settle it. Click to go to the first one.</source>
        <translation>Ячейки, изменённые и здесь, и на сервере: щёлкните по ячейке правой кнопкой (или Shift+F10), чтобы разрешить конфликт. Щёлкните, чтобы перейти к первой.</translation>
    </message>
    <message numerus="yes">
        <source>%n refused</source>
        <translation>
            <numerusform>отклонено: %n</numerusform>
            <numerusform>отклонено: %n</numerusform>
            <numerusform>отклонено: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Changes the server refused: they are marked in the timesheet with the reason. Click to go to the first one.</source>
        <translation>Изменения, отклонённые сервером: они отмечены в табеле с указанием причины. Щёлкните, чтобы перейти к первому.</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>Ещё не синхронизировано</translation>
    </message>
    <message>
        <source>Data as of %1</source>
        <translation>Данные на %1</translation>
    </message>
</context>
<context>
    <name>actidesk::Store</name>
    <message>
        <source>The offline cache cannot be written. Check the permissions of ActiDesk&apos;s data folder.</source>
        <translation>Не удаётся записать офлайн-кэш. Проверьте права доступа к папке данных ActiDesk.</translation>
    </message>
    <message>
        <source>the file does not belong to ActiDesk</source>
        <translation>файл не принадлежит ActiDesk</translation>
    </message>
    <message>
        <source>it was written by a newer version of ActiDesk</source>
        <translation>он записан более новой версией ActiDesk</translation>
    </message>
    <message>
        <source>it is damaged</source>
        <translation>он повреждён</translation>
    </message>
    <message numerus="yes">
        <source>%n change not yet sent was kept; others could not be read.</source>
        <translation>
            <numerusform>%n неотправленное изменение сохранено; остальные прочитать не удалось.</numerusform>
            <numerusform>%n неотправленных изменения сохранены; остальные прочитать не удалось.</numerusform>
            <numerusform>%n неотправленных изменений сохранены; остальные прочитать не удалось.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changes not yet sent were kept; others could not be read.</source>
        <translation>
            <numerusform>%n неотправленное изменение сохранено; остальные прочитать не удалось.</numerusform>
            <numerusform>%n неотправленных изменения сохранены; остальные прочитать не удалось.</numerusform>
            <numerusform>%n неотправленных изменений сохранены; остальные прочитать не удалось.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change not yet sent was kept and will be sent.</source>
        <translation>
            <numerusform>%n неотправленное изменение сохранено и будет отправлено.</numerusform>
            <numerusform>%n неотправленных изменения сохранены и будут отправлены.</numerusform>
            <numerusform>%n неотправленных изменений сохранены и будут отправлены.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changes not yet sent were kept and will be sent.</source>
        <translation>
            <numerusform>%n неотправленное изменение сохранено и будет отправлено.</numerusform>
            <numerusform>%n неотправленных изменения сохранены и будут отправлены.</numerusform>
            <numerusform>%n неотправленных изменений сохранены и будут отправлены.</numerusform>
        </translation>
    </message>
    <message>
        <source>Changes that had not been sent yet could not be kept.</source>
        <translation>Не удалось сохранить ещё не отправленные изменения.</translation>
    </message>
    <message>
        <source>No change was waiting to be sent.</source>
        <translation>Неотправленных изменений не было.</translation>
    </message>
    <message>
        <source>The offline cache %1 could not be opened. %2</source>
        <translation>Не удалось открыть офлайн-кэш %1. %2</translation>
    </message>
    <message>
        <source>Its folder cannot be created.</source>
        <translation>Не удаётся создать его папку.</translation>
    </message>
    <message>
        <source>Something else is in its place.</source>
        <translation>На его месте находится что-то другое.</translation>
    </message>
    <message>
        <source>It is unusable and cannot be moved aside.</source>
        <translation>Он непригоден и не может быть перемещён в сторону.</translation>
    </message>
    <message>
        <source>The offline cache could not be used (%1). It was set aside as %2 and a new one was started: your data will be downloaded again from the server.</source>
        <translation>Не удалось использовать офлайн-кэш (%1). Он отложен как %2, создан новый: ваши данные будут заново загружены с сервера.</translation>
    </message>
    <message>
        <source>Invalid date range.</source>
        <translation>Неверный диапазон дат.</translation>
    </message>
    <message>
        <source>Invalid time-track data.</source>
        <translation>Неверные данные учёта времени.</translation>
    </message>
    <message>
        <source>Invalid schedule.</source>
        <translation>Неверный график.</translation>
    </message>
    <message>
        <source>The change was already sent or discarded.</source>
        <translation>Изменение уже отправлено или отменено.</translation>
    </message>
    <message>
        <source>Enter a time between 0:00 and 24:00 for a valid day.</source>
        <translation>Введите время от 0:00 до 24:00 для существующего дня.</translation>
    </message>
    <message>
        <source>Invalid change.</source>
        <translation>Неверное изменение.</translation>
    </message>
    <message>
        <source>The cache cannot be cleared inside another write.</source>
        <translation>Кэш нельзя очистить во время другой записи.</translation>
    </message>
</context>
<context>
    <name>actidesk::SyncEngine</name>
    <message>
        <source>Signed out: the comments are not fetched.</source>
        <translation>Выполнен выход: комментарии не получаются.</translation>
    </message>
</context>
<context>
    <name>actidesk::TaskBrowserPage</name>
    <message>
        <source>Search customers, projects and tasks</source>
        <translation>Поиск клиентов, проектов и задач</translation>
    </message>
    <message>
        <source>Search tasks</source>
        <translation>Поиск задач</translation>
    </message>
    <message>
        <source>Search Tasks</source>
        <translation>Поиск задач</translation>
    </message>
    <message>
        <source>Show completed tasks</source>
        <translation>Показывать завершённые задачи</translation>
    </message>
    <message>
        <source>Loading the tasks from the server…</source>
        <translation>Задачи загружаются с сервера…</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Загрузка…</translation>
    </message>
    <message>
        <source>No tasks are cached yet. They arrive with the next sync.</source>
        <translation>Задач в кэше пока нет. Они появятся при следующей синхронизации.</translation>
    </message>
    <message numerus="yes">
        <source>%n task cached</source>
        <translation>
            <numerusform>В кэше %n задача</numerusform>
            <numerusform>В кэше %n задачи</numerusform>
            <numerusform>В кэше %n задач</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tasks cached</source>
        <translation>
            <numerusform>В кэше %n задача</numerusform>
            <numerusform>В кэше %n задачи</numerusform>
            <numerusform>В кэше %n задач</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n project</source>
        <translation>
            <numerusform>%n проект</numerusform>
            <numerusform>%n проекта</numerusform>
            <numerusform>%n проектов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n projects</source>
        <translation>
            <numerusform>%n проект</numerusform>
            <numerusform>%n проекта</numerusform>
            <numerusform>%n проектов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n task</source>
        <translation>
            <numerusform>%n задача</numerusform>
            <numerusform>%n задачи</numerusform>
            <numerusform>%n задач</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tasks</source>
        <translation>
            <numerusform>%n задача</numerusform>
            <numerusform>%n задачи</numerusform>
            <numerusform>%n задач</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter or double-click puts a task on the timesheet&apos;s week; Ins adds, F2 renames, Ctrl+Enter edits, Del deletes</source>
        <translation>Enter или двойной щелчок добавляет задачу в неделю табеля; Ins добавляет, F2 переименовывает, Ctrl+Enter изменяет, Del удаляет</translation>
    </message>
    <message>
        <source>New…</source>
        <translation>Создать…</translation>
    </message>
    <message>
        <source>New Customer…</source>
        <translation>Новый клиент…</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Переименовать…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Изменить…</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>Завершить</translation>
    </message>
    <message>
        <source>Move to Project…</source>
        <translation>Перенести в проект…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Удалить…</translation>
    </message>
    <message>
        <source>Track Time on This</source>
        <translation>Учитывать время по этой задаче</translation>
    </message>
    <message>
        <source>Show archived</source>
        <translation>Показывать архивные</translation>
    </message>
    <message>
        <source>Workflow status</source>
        <translation>Статус рабочего процесса</translation>
    </message>
    <message>
        <source>Type of work</source>
        <translation>Вид работы</translation>
    </message>
    <message>
        <source>Any workflow status</source>
        <translation>Любой статус</translation>
    </message>
    <message>
        <source>Any type of work</source>
        <translation>Любой вид работы</translation>
    </message>
    <message>
        <source>Add a customer (Ins)</source>
        <translation>Добавить клиента (Ins)</translation>
    </message>
    <message>
        <source>New Project…</source>
        <translation>Новый проект…</translation>
    </message>
    <message>
        <source>Add a project to this customer (Ins)</source>
        <translation>Добавить проект этому клиенту (Ins)</translation>
    </message>
    <message>
        <source>New Task…</source>
        <translation>Новая задача…</translation>
    </message>
    <message>
        <source>Add a task to this project (Ins)</source>
        <translation>Добавить задачу в этот проект (Ins)</translation>
    </message>
    <message>
        <source>Add a customer</source>
        <translation>Добавить клиента</translation>
    </message>
    <message>
        <source>Select a customer, project or task first.</source>
        <translation>Сначала выберите клиента, проект или задачу.</translation>
    </message>
    <message>
        <source>Rename (F2)</source>
        <translation>Переименовать (F2)</translation>
    </message>
    <message>
        <source>Edit the description and the other fields (Ctrl+Enter)</source>
        <translation>Изменить описание и другие поля (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Открыть снова</translation>
    </message>
    <message>
        <source>Only tasks are completed; edit a customer or project to archive it.</source>
        <translation>Завершаются только задачи; чтобы архивировать клиента или проект, измените его.</translation>
    </message>
    <message>
        <source>Open the task again (Ctrl+K)</source>
        <translation>Снова открыть задачу (Ctrl+K)</translation>
    </message>
    <message>
        <source>Mark the task completed (Ctrl+K)</source>
        <translation>Отметить задачу завершённой (Ctrl+K)</translation>
    </message>
    <message>
        <source>Only tasks can be moved to another project.</source>
        <translation>В другой проект можно перенести только задачу.</translation>
    </message>
    <message>
        <source>Move the task to another project (Ctrl+M)</source>
        <translation>Перенести задачу в другой проект (Ctrl+M)</translation>
    </message>
    <message>
        <source>Delete, after asking (Del)</source>
        <translation>Удалить с подтверждением (Del)</translation>
    </message>
    <message>
        <source>Show the server&apos;s values again: %1</source>
        <translation>Снова показать значения сервера: %1</translation>
    </message>
    <message>
        <source>Select a task to track time on it.</source>
        <translation>Выберите задачу, чтобы учитывать по ней время.</translation>
    </message>
    <message>
        <source>The task is not on the server yet.</source>
        <translation>Задачи ещё нет на сервере.</translation>
    </message>
    <message>
        <source>Put the task on the timesheet&apos;s week (Enter)</source>
        <translation>Добавить задачу в неделю табеля (Enter)</translation>
    </message>
    <message>
        <source>Delete the customer “%1” with its %2 and %3?</source>
        <translation>Удалить клиента «%1» вместе с: %2 и %3?</translation>
    </message>
    <message>
        <source>Delete the project “%1” with its %2?</source>
        <translation>Удалить проект «%1» вместе с: %2?</translation>
    </message>
    <message>
        <source>Delete the task “%1”?</source>
        <translation>Удалить задачу «%1»?</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>The time tracked on what is deleted is deleted on the server too.</source>
        <translation>Время, учтённое по удаляемому, будет удалено и на сервере.</translation>
    </message>
    <message>
        <source>There is no other project this task can move to.</source>
        <translation>Нет другого проекта, в который можно перенести эту задачу.</translation>
    </message>
    <message>
        <source>Move to Project</source>
        <translation>Перенос в проект</translation>
    </message>
    <message>
        <source>Move “%1” to:</source>
        <translation>Перенести «%1» в:</translation>
    </message>
    <message>
        <source>Customers, projects and tasks</source>
        <translation>Клиенты, проекты и задачи</translation>
    </message>
    <message>
        <source>Keep Mine (Send Again)</source>
        <translation>Оставить моё (отправить снова)</translation>
    </message>
    <message>
        <source>Take the Server&apos;s (Discard Mine)</source>
        <translation>Взять с сервера (отменить моё)</translation>
    </message>
    <message>
        <source>Start Timer on This Task</source>
        <translation>Запустить таймер по этой задаче</translation>
    </message>
    <message>
        <source>Send my change again: %1</source>
        <translation>Отправить моё изменение снова: %1</translation>
    </message>
    <message>
        <source>Properties of the selected object</source>
        <translation>Свойства выбранного объекта</translation>
    </message>
</context>
<context>
    <name>actidesk::TaskPickerDialog</name>
    <message>
        <source>Add Task to the Week</source>
        <translation>Добавить задачу на неделю</translation>
    </message>
    <message>
        <source>Search customer, project or task</source>
        <translation>Поиск клиента, проекта или задачи</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Добавить</translation>
    </message>
    <message>
        <source>No open tasks are cached yet.</source>
        <translation>Открытых задач в кэше пока нет.</translation>
    </message>
    <message>
        <source>No open task matches.</source>
        <translation>Нет подходящих открытых задач.</translation>
    </message>
    <message numerus="yes">
        <source>%n task</source>
        <translation>
            <numerusform>%n задача</numerusform>
            <numerusform>%n задачи</numerusform>
            <numerusform>%n задач</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tasks</source>
        <translation>
            <numerusform>%n задача</numerusform>
            <numerusform>%n задачи</numerusform>
            <numerusform>%n задач</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>actidesk::TaskTimer</name>
    <message>
        <source>Task %1</source>
        <translation>Задача %1</translation>
    </message>
</context>
<context>
    <name>actidesk::TimerTray</name>
    <message>
        <source>&amp;Stop Timer</source>
        <translation>&amp;Остановить таймер</translation>
    </message>
    <message>
        <source>Start Timer &amp;On</source>
        <translation>&amp;Запустить таймер для</translation>
    </message>
    <message>
        <source>Show &amp;ActiDesk</source>
        <translation>Показать &amp;ActiDesk</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Вы&amp;ход</translation>
    </message>
    <message>
        <source>No timer running</source>
        <translation>Таймер не запущен</translation>
    </message>
    <message>
        <source>%1 — %2 running</source>
        <translation>%1 — %2 идёт</translation>
    </message>
    <message>
        <source>ActiDesk: %1</source>
        <translation>ActiDesk: %1</translation>
    </message>
    <message>
        <source>No recent tasks — start one from the timesheet</source>
        <translation>Нет недавних задач — запустите таймер из табеля</translation>
    </message>
</context>
<context>
    <name>actidesk::TimesheetCellCommand</name>
    <message>
        <source>Edit of %1</source>
        <translation>Правка %1</translation>
    </message>
</context>
<context>
    <name>actidesk::TimesheetIcal</name>
    <message>
        <source>Timesheet %1 (%2)</source>
        <translation>Табель %1 (%2)</translation>
    </message>
</context>
<context>
    <name>actidesk::TimesheetModel</name>
    <message>
        <source>Leave #%1</source>
        <translation>Отсутствие № %1</translation>
    </message>
    <message>
        <source>The task is already on this week&apos;s timesheet.</source>
        <translation>Эта задача уже есть в табеле этой недели.</translation>
    </message>
    <message>
        <source>The task is not known here yet; refresh and try again.</source>
        <translation>Эта задача здесь ещё неизвестна; обновите данные и повторите попытку.</translation>
    </message>
    <message>
        <source>Time cannot be added to the completed task “%1”.</source>
        <translation>Нельзя добавить время к завершённой задаче «%1».</translation>
    </message>
    <message>
        <source>Task #%1</source>
        <translation>Задача № %1</translation>
    </message>
    <message>
        <source>This task is not cached yet; it appears after the next refresh.</source>
        <translation>Этой задачи ещё нет в кэше; она появится после следующего обновления.</translation>
    </message>
    <message>
        <source>Scheduled: %1, overtime: %2</source>
        <translation>По графику: %1, сверхурочно: %2</translation>
    </message>
    <message>
        <source>Leave: %1 (counts toward the schedule of working days)</source>
        <translation>Отсутствие: %1 (засчитывается в график рабочих дней)</translation>
    </message>
    <message>
        <source>Refused by the server, not counted: %1 (the server&apos;s values count)</source>
        <translation>Отклонено сервером и не учтено: %1 (учитываются значения сервера)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Leave</source>
        <translation>Отсутствия</translation>
    </message>
    <message>
        <source>Leave is entered on the Leave page.</source>
        <translation>Отсутствия вводятся на странице «Отсутствия».</translation>
    </message>
    <message>
        <source>Leave taken; it counts toward the schedule of working days. Leave is entered on the Leave page.</source>
        <translation>Использованное отсутствие; засчитывается в график рабочих дней. Отсутствия вводятся на странице «Отсутствия».</translation>
    </message>
    <message>
        <source>You are not allowed to submit time-track.</source>
        <translation>Вам не разрешено вводить учёт времени.</translation>
    </message>
    <message>
        <source>The task “%1” is completed; its time can no longer be changed.</source>
        <translation>Задача «%1» завершена; её время больше нельзя изменить.</translation>
    </message>
    <message>
        <source>This day is approved; its time can no longer be changed.</source>
        <translation>Этот день утверждён; время в нём больше нельзя изменить.</translation>
    </message>
    <message>
        <source>The server refused a change on this day as locked (“%1”); its time can no longer be changed.</source>
        <translation>Сервер отклонил изменение в этот день как заблокированное («%1»); время в нём больше нельзя изменить.</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Задача</translation>
    </message>
    <message>
        <source>Only the days of a task can be edited.</source>
        <translation>Редактировать можно только дни задачи.</translation>
    </message>
    <message>
        <source>Only the days of a task can have a comment.</source>
        <translation>Комментарий можно оставить только к дню задачи.</translation>
    </message>
    <message>
        <source>not a task row</source>
        <translation>это не строка задачи</translation>
    </message>
    <message>
        <source>it has time this week</source>
        <translation>в ней есть время на этой неделе</translation>
    </message>
    <message>
        <source>it has changes not yet sent</source>
        <translation>в ней есть неотправленные изменения</translation>
    </message>
    <message>
        <source>The row cannot be removed: %1.</source>
        <translation>Строку нельзя удалить: %1.</translation>
    </message>
</context>
<context>
    <name>actidesk::TimesheetPage</name>
    <message>
        <source>Loading this week from the server…</source>
        <translation>Эта неделя загружается с сервера…</translation>
    </message>
    <message>
        <source>Edit Comment</source>
        <translation>Изменить комментарий</translation>
    </message>
    <message>
        <source>not sent yet</source>
        <translation>ещё не отправлено</translation>
    </message>
    <message>
        <source>conflict</source>
        <translation>конфликт</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>отклонено</translation>
    </message>
    <message>
        <source>comment</source>
        <translation>комментарий</translation>
    </message>
    <message>
        <source>&amp;Add Task…</source>
        <translation>&amp;Добавить задачу…</translation>
    </message>
    <message>
        <source>&amp;Copy Previous Week…</source>
        <translation>&amp;Копировать прошлую неделю…</translation>
    </message>
    <message>
        <source>Co&amp;mments</source>
        <translation>Ко&amp;мментарии</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Отменить</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Повторить</translation>
    </message>
    <message>
        <source>Re&amp;move Row</source>
        <translation>&amp;Удалить строку</translation>
    </message>
    <message>
        <source>No time this week. Press %1 to add a task or copy last week.</source>
        <translation>На этой неделе нет времени. Нажмите %1, чтобы добавить задачу, или скопируйте прошлую неделю.</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Week %1 · %2</source>
        <translation>Неделя %1 · %2</translation>
    </message>
    <message>
        <source>%1 + %2 leave</source>
        <translation>%1 + %2 отсутствия</translation>
    </message>
    <message>
        <source>This week %1 · schedule not known yet</source>
        <translation>Эта неделя %1 · график пока неизвестен</translation>
    </message>
    <message>
        <source>%1 over</source>
        <translation>больше на %1</translation>
    </message>
    <message>
        <source>%1 under</source>
        <translation>меньше на %1</translation>
    </message>
    <message>
        <source>on schedule</source>
        <translation>по графику</translation>
    </message>
    <message>
        <source>This week &lt;b&gt;%1&lt;/b&gt; of %2 scheduled · %3</source>
        <translation>Эта неделя &lt;b&gt;%1&lt;/b&gt; из %2 по графику · %3</translation>
    </message>
    <message>
        <source>Whole week &lt;b&gt;%1&lt;/b&gt; of %2 scheduled · %3</source>
        <translation>Вся неделя &lt;b&gt;%1&lt;/b&gt; из %2 по графику · %3</translation>
    </message>
    <message>
        <source>nothing due yet</source>
        <translation>пока ничего не положено</translation>
    </message>
    <message>
        <source>So far &lt;b&gt;%1&lt;/b&gt; of %2 scheduled · %3 · whole week %4 of %5 scheduled</source>
        <translation>На сегодня &lt;b&gt;%1&lt;/b&gt; из %2 по графику · %3 · вся неделя %4 из %5 по графику</translation>
    </message>
    <message>
        <source> · %1 refused, not counted</source>
        <translation> · %1 отклонено, не учтено</translation>
    </message>
    <message>
        <source>Remove Row (%1)</source>
        <translation>Удалить строку (%1)</translation>
    </message>
    <message numerus="yes">
        <source>%n day could not be copied: %1</source>
        <translation>
            <numerusform>Не удалось скопировать %n день: %1</numerusform>
            <numerusform>Не удалось скопировать %n дня: %1</numerusform>
            <numerusform>Не удалось скопировать %n дней: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days could not be copied: %1</source>
        <translation>
            <numerusform>Не удалось скопировать %n день: %1</numerusform>
            <numerusform>Не удалось скопировать %n дня: %1</numerusform>
            <numerusform>Не удалось скопировать %n дней: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Copied from last week: %1 and %2.</source>
        <translation>Скопировано с прошлой недели: %1 и %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n new row</source>
        <translation>
            <numerusform>%n новая строка</numerusform>
            <numerusform>%n новые строки</numerusform>
            <numerusform>%n новых строк</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new rows</source>
        <translation>
            <numerusform>%n новая строка</numerusform>
            <numerusform>%n новые строки</numerusform>
            <numerusform>%n новых строк</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day of time</source>
        <translation>
            <numerusform>время за %n день</numerusform>
            <numerusform>время за %n дня</numerusform>
            <numerusform>время за %n дней</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days of time</source>
        <translation>
            <numerusform>время за %n день</numerusform>
            <numerusform>время за %n дня</numerusform>
            <numerusform>время за %n дней</numerusform>
        </translation>
    </message>
    <message>
        <source>Timesheet</source>
        <translation>Табель</translation>
    </message>
</context>
<context>
    <name>actidesk::TimesheetRows</name>
    <message>
        <source>User %1</source>
        <translation>Пользователь %1</translation>
    </message>
    <message>
        <source>Task %1</source>
        <translation>Задача %1</translation>
    </message>
</context>
<context>
    <name>actidesk::TimesheetView</name>
    <message>
        <source>No time this week. Press Ctrl+T to add a task or copy last week.</source>
        <translation>На этой неделе нет времени. Нажмите Ctrl+T, чтобы добавить задачу, или скопируйте прошлую неделю.</translation>
    </message>
    <message>
        <source>Clear Cells</source>
        <translation>Очистить ячейки</translation>
    </message>
    <message numerus="yes">
        <source>Clear the time of %n cells?</source>
        <translation>
            <numerusform>Очистить время в %n ячейке?</numerusform>
            <numerusform>Очистить время в %n ячейках?</numerusform>
            <numerusform>Очистить время в %n ячейках?</numerusform>
        </translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Очистить</translation>
    </message>
    <message>
        <source>Choose the day of a task to paste into.</source>
        <translation>Выберите день задачи, куда вставить.</translation>
    </message>
    <message>
        <source>The clipboard has no values to paste.</source>
        <translation>В буфере обмена нет значений для вставки.</translation>
    </message>
    <message>
        <source>%1 does not fit in the week from this cell.</source>
        <translation>%1 не помещается в неделю, начиная с этой ячейки.</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>Вставить</translation>
    </message>
    <message>
        <source>Values pasted: %1.</source>
        <translation>Вставлено значений: %1.</translation>
    </message>
    <message>
        <source>Values pasted: %1; not pasted: %2. %3</source>
        <translation>Вставлено значений: %1; не вставлено: %2. %3</translation>
    </message>
</context>
<context>
    <name>actidesk::UserGuideDialog</name>
    <message>
        <source>ActiDesk User Guide</source>
        <translation>Руководство пользователя ActiDesk</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>Руководство пользователя</translation>
    </message>
</context>
<context>
    <name>actidesk::WeekCopyPlan</name>
    <message>
        <source>Task #%1</source>
        <translation>Задача № %1</translation>
    </message>
    <message>
        <source>Completed task</source>
        <translation>Завершённая задача</translation>
    </message>
    <message>
        <source>Task not known here yet</source>
        <translation>Задача здесь ещё неизвестна</translation>
    </message>
    <message>
        <source>Approved day</source>
        <translation>Утверждённый день</translation>
    </message>
    <message>
        <source>Locked day</source>
        <translation>Заблокированный день</translation>
    </message>
    <message>
        <source>Non-working day</source>
        <translation>Нерабочий день</translation>
    </message>
    <message>
        <source>Schedule not known</source>
        <translation>График неизвестен</translation>
    </message>
    <message>
        <source>Already has time</source>
        <translation>Время уже есть</translation>
    </message>
    <message>
        <source>%1 + %2 leave</source>
        <translation>%1 + %2 отсутствия</translation>
    </message>
    <message>
        <source>%1 %2 of %3 scheduled</source>
        <translation>%1 %2 из %3 по графику</translation>
    </message>
    <message numerus="yes">
        <source>After the copy %n day is over its schedule: %1.</source>
        <translation>
            <numerusform>После копирования %n день превысит график: %1.</numerusform>
            <numerusform>После копирования %n дня превысят график: %1.</numerusform>
            <numerusform>После копирования %n дней превысят график: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>After the copy %n days are over their schedule: %1.</source>
        <translation>
            <numerusform>После копирования %n день превысит график: %1.</numerusform>
            <numerusform>После копирования %n дня превысят график: %1.</numerusform>
            <numerusform>После копирования %n дней превысят график: %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>actidesk::WeekNavigator</name>
    <message>
        <source>&amp;Previous Month</source>
        <translation>П&amp;редыдущий месяц</translation>
    </message>
    <message>
        <source>&amp;Previous Week</source>
        <translation>П&amp;редыдущая неделя</translation>
    </message>
    <message>
        <source>Show the previous month</source>
        <translation>Показать предыдущий месяц</translation>
    </message>
    <message>
        <source>Show the previous week</source>
        <translation>Показать предыдущую неделю</translation>
    </message>
    <message>
        <source>&amp;This Month</source>
        <translation>Теку&amp;щий месяц</translation>
    </message>
    <message>
        <source>&amp;This Week</source>
        <translation>Теку&amp;щая неделя</translation>
    </message>
    <message>
        <source>Show the month with today</source>
        <translation>Показать месяц с сегодняшним днём</translation>
    </message>
    <message>
        <source>Show the week with today</source>
        <translation>Показать неделю с сегодняшним днём</translation>
    </message>
    <message>
        <source>This Month</source>
        <translation>Текущий месяц</translation>
    </message>
    <message>
        <source>This Week</source>
        <translation>Текущая неделя</translation>
    </message>
    <message>
        <source>&amp;Next Month</source>
        <translation>Сл&amp;едующий месяц</translation>
    </message>
    <message>
        <source>&amp;Next Week</source>
        <translation>Сл&amp;едующая неделя</translation>
    </message>
    <message>
        <source>Show the next month</source>
        <translation>Показать следующий месяц</translation>
    </message>
    <message>
        <source>Show the next week</source>
        <translation>Показать следующую неделю</translation>
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
        <translation>&lt;h2&gt;Добро пожаловать в ActiDesk&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Sign in to your actiTIME server, or try ActiDesk with the bundled demo data.</source>
        <translation>Войдите на свой сервер actiTIME или попробуйте ActiDesk на встроенных демо-данных.</translation>
    </message>
    <message>
        <source>Sign In…</source>
        <translation>Войти…</translation>
    </message>
    <message>
        <source>Try the Demo</source>
        <translation>Попробовать демо</translation>
    </message>
</context>
<context>
    <name>actidesk::WorkflowStatusDialog</name>
    <message>
        <source>New Workflow Status</source>
        <translation>Новый статус рабочего процесса</translation>
    </message>
    <message>
        <source>Rename Workflow Status</source>
        <translation>Переименовать статус рабочего процесса</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Открыта</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Завершена</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Создать</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Тип:</translation>
    </message>
</context>
<context>
    <name>actidesk::WorkflowStatusEditor</name>
    <message>
        <source>Changed on the server too; your change waits for your decision.</source>
        <translation>Изменено и на сервере; ваше изменение ждёт вашего решения.</translation>
    </message>
    <message>
        <source>Your account may not create workflow statuses.</source>
        <translation>Вашей учётной записи нельзя создавать статусы рабочего процесса.</translation>
    </message>
    <message>
        <source>This workflow status is not in the cache.</source>
        <translation>Этого статуса рабочего процесса нет в кэше.</translation>
    </message>
    <message>
        <source>Your account may not change this workflow status.</source>
        <translation>Вашей учётной записи нельзя изменять этот статус рабочего процесса.</translation>
    </message>
    <message>
        <source>This workflow status cannot be deleted: tasks use it, it is the last of its type, or your account may not delete it.</source>
        <translation>Этот статус рабочего процесса нельзя удалить: его используют задачи, он последний своего типа или вашей учётной записи нельзя его удалять.</translation>
    </message>
    <message>
        <source>Type a name.</source>
        <translation>Введите название.</translation>
    </message>
    <message>
        <source>The name is too long: at most 255 characters.</source>
        <translation>Название слишком длинное: не более 255 символов.</translation>
    </message>
    <message>
        <source>A workflow status named “%1” already exists.</source>
        <translation>Статус рабочего процесса «%1» уже существует.</translation>
    </message>
    <message>
        <source>The server refused no change of this workflow status.</source>
        <translation>Сервер не отклонял изменений этого статуса рабочего процесса.</translation>
    </message>
</context>
<context>
    <name>actidesk::cli</name>
    <message>
        <source>Usage: actidesk-cli COMMAND [options]
ActiDesk on the command line: the accounts, keychain and offline cache of the app.

Commands:
</source>
        <translation>Использование: actidesk-cli COMMAND [параметры]
ActiDesk в командной строке: учётные записи, связка ключей и офлайн-кэш приложения.

Команды:
</translation>
    </message>
    <message>
        <source>
&apos;actidesk-cli COMMAND --help&apos; describes a command and its options. Every command takes --account ACCOUNT, --password-stdin and --offline.

Exit codes: 0 ok, 1 usage, 2 authentication, 3 network (the server cannot be reached), 4 refused by the server, 5 local (cache or file).
</source>
        <translation>
&apos;actidesk-cli COMMAND --help&apos; описывает команду и её параметры. Каждая команда принимает --account ACCOUNT, --password-stdin и --offline.

Коды выхода: 0 успех, 1 неверный вызов, 2 аутентификация, 3 сеть (сервер недоступен), 4 отказ сервера, 5 локальная ошибка (кэш или файл).
</translation>
    </message>
    <message>
        <source>actidesk-cli: unknown command &quot;%1&quot; (see actidesk-cli --help)
</source>
        <translation>actidesk-cli: неизвестная команда «%1» (см. actidesk-cli --help)
</translation>
    </message>
    <message>
        <source>No account yet: sign in with ActiDesk, or add one with &apos;actidesk-cli accounts add SERVER LOGIN&apos;.</source>
        <translation>Учётных записей пока нет: войдите через ActiDesk или добавьте запись командой &apos;actidesk-cli accounts add SERVER LOGIN&apos;.</translation>
    </message>
    <message>
        <source>A login is needed.</source>
        <translation>Нужен логин.</translation>
    </message>
    <message>
        <source>The server did not answer.</source>
        <translation>Сервер не ответил.</translation>
    </message>
    <message>
        <source>The system keychain did not answer.</source>
        <translation>Системная связка ключей не ответила.</translation>
    </message>
    <message>
        <source>Lists the accounts ActiDesk knows (* = used last), or:
  add SERVER LOGIN   signs in and adds the account (password from the keychain or --password-stdin)
  use ACCOUNT        makes ACCOUNT the one used by default</source>
        <translation>Выводит учётные записи, известные ActiDesk (* = использовалась последней), или:
  add SERVER LOGIN   входит и добавляет учётную запись (пароль из связки ключей или --password-stdin)
  use ACCOUNT        делает ACCOUNT учётной записью по умолчанию</translation>
    </message>
    <message>
        <source>Print the list as JSON.</source>
        <translation>Вывести список в формате JSON.</translation>
    </message>
    <message>
        <source>add: save the password in the system keychain.</source>
        <translation>add: сохранить пароль в системной связке ключей.</translation>
    </message>
    <message>
        <source>add: allow plain http:// to a server that is not this computer.</source>
        <translation>add: разрешить обычный http:// для сервера, который не является этим компьютером.</translation>
    </message>
    <message>
        <source>add or use (none: list)</source>
        <translation>add или use (без действия: список)</translation>
    </message>
    <message>
        <source>accounts add needs SERVER and LOGIN.</source>
        <translation>Для accounts add нужны SERVER и LOGIN.</translation>
    </message>
    <message>
        <source>accounts use needs ACCOUNT.</source>
        <translation>Для accounts use нужен ACCOUNT.</translation>
    </message>
    <message>
        <source>Unknown action &quot;%1&quot;: add or use.</source>
        <translation>Неизвестное действие «%1»: add или use.</translation>
    </message>
    <message>
        <source>Writes everything this account can read to FILE (JSON, format in docs/backup-format.md): settings, users, departments, time-zone groups, leave types, types of work, workflow statuses, customers, projects, tasks and their comments, rates and work assignments where shown, and the time-track, leave and schedules of a range (default: the last 365 days). Interrupted, it continues where it stopped when run again with the same FILE and range. actitime-emulator --load-backup FILE serves it.</source>
        <translation>Записывает в FILE всё, что может прочитать эта учётная запись (JSON, формат в docs/backup-format.md): настройки, пользователей, отделы, группы часовых поясов, типы отсутствий, виды работ, статусы рабочего процесса, клиентов, проекты, задачи и их комментарии, ставки и назначения работ, где они видны, а также учёт времени, отсутствия и графики за период (по умолчанию — последние 365 дней). После прерывания повторный запуск с тем же FILE и периодом продолжает с места остановки. actitime-emulator --load-backup FILE раздаёт эти данные.</translation>
    </message>
    <message>
        <source>First day of time-track and leave.</source>
        <translation>Первый день учёта времени и отсутствий.</translation>
    </message>
    <message>
        <source>Last day (default: today).</source>
        <translation>Последний день (по умолчанию: сегодня).</translation>
    </message>
    <message>
        <source>Leave out comments (one request per 100 customers, projects or tasks).</source>
        <translation>Не включать комментарии (один запрос на каждые 100 клиентов, проектов или задач).</translation>
    </message>
    <message>
        <source>The backup file.</source>
        <translation>Файл резервной копии.</translation>
    </message>
    <message>
        <source>backup needs FILE.</source>
        <translation>Для backup нужен FILE.</translation>
    </message>
    <message>
        <source>--to is before --from.</source>
        <translation>--to раньше, чем --from.</translation>
    </message>
    <message>
        <source>Continued the interrupted backup.</source>
        <translation>Прерванное резервное копирование продолжено.</translation>
    </message>
    <message>
        <source>Run the same command again to continue.</source>
        <translation>Запустите ту же команду снова, чтобы продолжить.</translation>
    </message>
    <message>
        <source>%n request; written to %1.</source>
        <translation>%n запрос; записано в %1.</translation>
    </message>
    <message>
        <source>%n requests; written to %1.</source>
        <translation>%n запрос; записано в %1.</translation>
    </message>
    <message>
        <source>List the accounts; add one; choose the default</source>
        <translation>Вывести учётные записи; добавить запись; выбрать запись по умолчанию</translation>
    </message>
    <message>
        <source>The account, the server&apos;s state, changes waiting</source>
        <translation>Учётная запись, состояние сервера, ожидающие изменения</translation>
    </message>
    <message>
        <source>Print a week of the timesheet (table or --json)</source>
        <translation>Вывести неделю табеля (таблицей или --json)</translation>
    </message>
    <message>
        <source>Log time on a task: log 2:30 --task &quot;words&quot;</source>
        <translation>Записать время на задачу: log 2:30 --task &quot;слова&quot;</translation>
    </message>
    <message>
        <source>Send the changes waiting on this computer</source>
        <translation>Отправить изменения, ожидающие на этом компьютере</translation>
    </message>
    <message>
        <source>Timesheet / review as CSV or iCalendar; tasks as CSV</source>
        <translation>Табель / проверка в CSV или iCalendar; задачи в CSV</translation>
    </message>
    <message>
        <source>Everything the account can read, to one JSON file</source>
        <translation>Всё, что может прочитать учётная запись, в один JSON-файл</translation>
    </message>
    <message>
        <source>--month wants YYYY-MM.</source>
        <translation>--month ожидает ГГГГ-ММ.</translation>
    </message>
    <message>
        <source>Cannot write to standard output.</source>
        <translation>Не удаётся писать в стандартный вывод.</translation>
    </message>
    <message>
        <source>Writes a file from the account&apos;s data:
  timesheet   your time-track records of a period (CSV or iCalendar)
  review      the time of everyone you review (managers), same formats
  tasks       the task list (CSV)
Days of the period not cached yet are fetched first. The file names the account and the period.</source>
        <translation>Записывает файл из данных учётной записи:
  timesheet   ваш учёт времени за период (CSV или iCalendar)
  review      время всех, кого вы проверяете (руководители), те же форматы
  tasks       список задач (CSV)
Дни периода, которых ещё нет в кэше, сначала загружаются. В файле указаны учётная запись и период.</translation>
    </message>
    <message>
        <source>First day (YYYY-MM-DD, today, yesterday).</source>
        <translation>Первый день (ГГГГ-ММ-ДД, today, yesterday).</translation>
    </message>
    <message>
        <source>Last day (default: --from).</source>
        <translation>Последний день (по умолчанию: --from).</translation>
    </message>
    <message>
        <source>The week of DATE (the default: this week).</source>
        <translation>Неделя, содержащая DATE (по умолчанию: эта неделя).</translation>
    </message>
    <message>
        <source>A calendar month.</source>
        <translation>Календарный месяц.</translation>
    </message>
    <message>
        <source>csv (default) or ics.</source>
        <translation>csv (по умолчанию) или ics.</translation>
    </message>
    <message>
        <source>The file (default: standard output).</source>
        <translation>Файл (по умолчанию: стандартный вывод).</translation>
    </message>
    <message>
        <source>Of the hours column (default &apos;.&apos;).</source>
        <translation>Для столбца часов (по умолчанию &apos;.&apos;).</translation>
    </message>
    <message>
        <source>Use this computer&apos;s locale&apos;s decimal separator for hours; with &apos;,&apos; the fields are separated by &apos;;&apos;.</source>
        <translation>Использовать для часов десятичный разделитель из региональных настроек этого компьютера; при &apos;,&apos; поля разделяются &apos;;&apos;.</translation>
    </message>
    <message>
        <source>Between CSV fields (default &apos;,&apos;).</source>
        <translation>Между полями CSV (по умолчанию &apos;,&apos;).</translation>
    </message>
    <message>
        <source>ics: one event per task and day instead of per record.</source>
        <translation>ics: одно событие на задачу и день, а не на запись.</translation>
    </message>
    <message>
        <source>timesheet, review or tasks</source>
        <translation>timesheet, review или tasks</translation>
    </message>
    <message>
        <source>export needs what: timesheet, review or tasks.</source>
        <translation>Для export нужно указать, что: timesheet, review или tasks.</translation>
    </message>
    <message>
        <source>--format is csv or ics.</source>
        <translation>--format принимает csv или ics.</translation>
    </message>
    <message>
        <source>The task list is written as CSV.</source>
        <translation>Список задач записывается в CSV.</translation>
    </message>
    <message>
        <source>--%1 wants one character.</source>
        <translation>--%1 ожидает один символ.</translation>
    </message>
    <message>
        <source>The delimiter and the decimal separator must differ.</source>
        <translation>Разделитель полей и десятичный разделитель должны различаться.</translation>
    </message>
    <message>
        <source>This account never signed in on this computer: sign in once (keychain or --password-stdin).</source>
        <translation>Эта учётная запись ни разу не входила на этом компьютере: войдите один раз (связка ключей или --password-stdin).</translation>
    </message>
    <message>
        <source>This account reviews nobody&apos;s time.</source>
        <translation>Эта учётная запись не проверяет ничьё время.</translation>
    </message>
    <message>
        <source>%n record written to %1.</source>
        <translation>%n запись записана в %1.</translation>
    </message>
    <message>
        <source>%n records written to %1.</source>
        <translation>%n запись записана в %1.</translation>
    </message>
    <message>
        <source>The server did not send the time-track in time.</source>
        <translation>Сервер не прислал учёт времени вовремя.</translation>
    </message>
    <message>
        <source>No task %1 in the cache.</source>
        <translation>Задачи %1 нет в кэше.</translation>
    </message>
    <message>
        <source>No open task&apos;s name holds &quot;%1&quot;.</source>
        <translation>Ни одна открытая задача не содержит в названии «%1».</translation>
    </message>
    <message>
        <source>&quot;%1&quot; matches several tasks; add words, or use --task-id:</source>
        <translation>«%1» подходит к нескольким задачам; добавьте слова или используйте --task-id:</translation>
    </message>
    <message>
        <source>Logs time on a task: adds DURATION to the day&apos;s time on it (or, with --set, replaces it). DURATION is 2:30, 2.5, 2h 30m or 150m (a bare number is hours). The change goes through the outbox ActiDesk uses: it is sent now when the server answers, else by the next &apos;actidesk-cli sync&apos; or by ActiDesk - exactly once.</source>
        <translation>Записывает время на задачу: добавляет DURATION ко времени дня по ней (или, с --set, заменяет его). DURATION — это 2:30, 2.5, 2h 30m или 150m (число без единицы — часы). Изменение проходит через очередь отправки ActiDesk: оно отправляется сразу, если сервер отвечает, иначе при следующем &apos;actidesk-cli sync&apos; или самим ActiDesk — ровно один раз.</translation>
    </message>
    <message>
        <source>Words of the task&apos;s name (every one must appear).</source>
        <translation>Слова из названия задачи (должно встретиться каждое).</translation>
    </message>
    <message>
        <source>The task&apos;s id instead of words.</source>
        <translation>Идентификатор задачи вместо слов.</translation>
    </message>
    <message>
        <source>The day (default: today).</source>
        <translation>День (по умолчанию: сегодня).</translation>
    </message>
    <message>
        <source>The day&apos;s comment on the task (default: kept).</source>
        <translation>Комментарий дня к задаче (по умолчанию: без изменений).</translation>
    </message>
    <message>
        <source>Replace the day&apos;s time instead of adding to it.</source>
        <translation>Заменить время дня, а не добавить к нему.</translation>
    </message>
    <message>
        <source>The time, e.g. 2:30.</source>
        <translation>Время, например 2:30.</translation>
    </message>
    <message>
        <source>log needs one DURATION, e.g. &apos;log 2:30 --task &quot;design&quot;&apos;.</source>
        <translation>Для log нужна одна DURATION, например &apos;log 2:30 --task &quot;design&quot;&apos;.</translation>
    </message>
    <message>
        <source>Say which task: --task &quot;words of its name&quot; or --task-id.</source>
        <translation>Укажите задачу: --task &quot;слова из названия&quot; или --task-id.</translation>
    </message>
    <message>
        <source>That makes %1 on one day, more than 24:00.</source>
        <translation>Получается %1 за один день — больше 24:00.</translation>
    </message>
    <message>
        <source>Saved on this computer; it is sent by &apos;actidesk-cli sync&apos; or by ActiDesk once the server can be reached.</source>
        <translation>Сохранено на этом компьютере; будет отправлено командой &apos;actidesk-cli sync&apos; или ActiDesk, когда сервер станет доступен.</translation>
    </message>
    <message>
        <source>Saved on this computer; it is sent later.</source>
        <translation>Сохранено на этом компьютере; будет отправлено позже.</translation>
    </message>
    <message>
        <source>The server&apos;s value changed meanwhile (now %1): open ActiDesk to keep yours or take the server&apos;s.</source>
        <translation>Значение на сервере тем временем изменилось (теперь %1): откройте ActiDesk, чтобы оставить своё или взять значение сервера.</translation>
    </message>
    <message>
        <source>The server refused it: %1</source>
        <translation>Сервер отклонил его: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n change waits on this computer.</source>
        <translation>
            <numerusform>%n изменение ожидает на этом компьютере.</numerusform>
            <numerusform>%n изменения ожидают на этом компьютере.</numerusform>
            <numerusform>%n изменений ожидают на этом компьютере.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changes wait on this computer.</source>
        <translation>
            <numerusform>%n изменение ожидает на этом компьютере.</numerusform>
            <numerusform>%n изменения ожидают на этом компьютере.</numerusform>
            <numerusform>%n изменений ожидают на этом компьютере.</numerusform>
        </translation>
    </message>
    <message>
        <source>The server cannot be reached.</source>
        <translation>Сервер недоступен.</translation>
    </message>
    <message>
        <source>They are sent by &apos;actidesk-cli sync&apos; or by ActiDesk.</source>
        <translation>Они будут отправлены командой &apos;actidesk-cli sync&apos; или ActiDesk.</translation>
    </message>
    <message>
        <source>Shows the account, whether the server answers (signing in with the saved password sends what waits, as ActiDesk does at start) and the changes waiting, in conflict or refused.</source>
        <translation>Показывает учётную запись, отвечает ли сервер (вход с сохранённым паролем отправляет ожидающее, как ActiDesk при запуске), а также ожидающие, конфликтующие и отклонённые изменения.</translation>
    </message>
    <message>
        <source>Print the status as JSON.</source>
        <translation>Вывести состояние в формате JSON.</translation>
    </message>
    <message>
        <source>Account:  </source>
        <translation>Запись:   </translation>
    </message>
    <message>
        <source>Server:   </source>
        <translation>Сервер:   </translation>
    </message>
    <message>
        <source>Waiting:  </source>
        <translation>Ожидает:  </translation>
    </message>
    <message>
        <source>%n change waiting</source>
        <translation>%n изменение ожидает отправки</translation>
    </message>
    <message>
        <source>%n changes waiting</source>
        <translation>Изменений ожидает отправки: %n</translation>
    </message>
    <message>
        <source>%n conflict</source>
        <translation>%n конфликт</translation>
    </message>
    <message>
        <source>%n conflicts</source>
        <translation>%n конфликт</translation>
    </message>
    <message>
        <source>%n refused</source>
        <translation>отклонено: %n</translation>
    </message>
    <message>
        <source>Sends the changes waiting on this computer (the outbox shared with ActiDesk). Exit code 3 when the server cannot be reached, 4 when it refused or a change conflicts.</source>
        <translation>Отправляет изменения, ожидающие на этом компьютере (общая с ActiDesk очередь отправки). Код выхода 3, если сервер недоступен, 4, если он отказал или изменение в конфликте.</translation>
    </message>
    <message numerus="yes">
        <source>%n change sent.</source>
        <translation>
            <numerusform>Отправлено %n изменение.</numerusform>
            <numerusform>Отправлено %n изменения.</numerusform>
            <numerusform>Отправлено %n изменений.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changes sent.</source>
        <translation>
            <numerusform>Отправлено %n изменение.</numerusform>
            <numerusform>Отправлено %n изменения.</numerusform>
            <numerusform>Отправлено %n изменений.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 on %2 (task %3): %4</source>
        <translation>%1, %2 (задача %3): %4</translation>
    </message>
    <message>
        <source>Conflict with the server&apos;s value</source>
        <translation>Конфликт со значением сервера</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Отклонено</translation>
    </message>
    <message>
        <source>Prints one week of your timesheet (the server&apos;s first day of week): the cache, fetched from the server first when it can be reached. * marks a value not yet sent.</source>
        <translation>Выводит одну неделю вашего табеля (первый день недели — по настройке сервера): данные кэша, предварительно загруженные с сервера, если он доступен. * отмечает ещё не отправленное значение.</translation>
    </message>
    <message>
        <source>A day of the week (default: today).</source>
        <translation>День недели (по умолчанию: сегодня).</translation>
    </message>
    <message>
        <source>Print the week as JSON.</source>
        <translation>Вывести неделю в формате JSON.</translation>
    </message>
    <message>
        <source>This account never signed in on this computer: nothing is cached. Sign in (keychain or --password-stdin).</source>
        <translation>Эта учётная запись ни разу не входила на этом компьютере: в кэше ничего нет. Войдите (связка ключей или --password-stdin).</translation>
    </message>
    <message>
        <source>Task %1</source>
        <translation>Задача %1</translation>
    </message>
    <message>
        <source>Leave %1</source>
        <translation>Отсутствие %1</translation>
    </message>
    <message>
        <source>(from the cache)</source>
        <translation>(из кэша)</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Итого</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>График</translation>
    </message>
    <message>
        <source>Standard output</source>
        <translation>Стандартный вывод</translation>
    </message>
    <message>
        <source>The server did not answer in time.</source>
        <translation>Сервер не ответил вовремя.</translation>
    </message>
</context>
<context>
    <name>actidesk::cli::CliContext</name>
    <message>
        <source>The account: its login, login@server or its key (default: the one used last).</source>
        <translation>Учётная запись: её логин, login@server или ключ (по умолчанию: использовавшаяся последней).</translation>
    </message>
    <message>
        <source>Read the password from the first line of standard input instead of the system keychain.</source>
        <translation>Читать пароль из первой строки стандартного ввода, а не из системной связки ключей.</translation>
    </message>
    <message>
        <source>Do not contact the server: use the cache only.</source>
        <translation>Не обращаться к серверу: использовать только кэш.</translation>
    </message>
    <message>
        <source>See: %1 --help</source>
        <translation>См.: %1 --help</translation>
    </message>
    <message>
        <source>No account yet: sign in with ActiDesk, or add one with &apos;actidesk-cli accounts add SERVER LOGIN&apos;.</source>
        <translation>Учётных записей пока нет: войдите через ActiDesk или добавьте запись командой &apos;actidesk-cli accounts add SERVER LOGIN&apos;.</translation>
    </message>
    <message>
        <source>Several accounts and none used last: choose one with --account (see &apos;actidesk-cli accounts&apos;).</source>
        <translation>Несколько учётных записей, и ни одна не использовалась последней: выберите одну через --account (см. &apos;actidesk-cli accounts&apos;).</translation>
    </message>
    <message>
        <source>No account &quot;%1&quot; (see &apos;actidesk-cli accounts&apos;).</source>
        <translation>Нет учётной записи «%1» (см. &apos;actidesk-cli accounts&apos;).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; names several accounts: write it as login@server.</source>
        <translation>«%1» соответствует нескольким учётным записям: укажите её как login@server.</translation>
    </message>
    <message>
        <source>--password-stdin: standard input held no password.</source>
        <translation>--password-stdin: в стандартном вводе не было пароля.</translation>
    </message>
    <message>
        <source>The system keychain did not answer.</source>
        <translation>Системная связка ключей не ответила.</translation>
    </message>
    <message>
        <source>No password saved for %1 in the system keychain: pass it with --password-stdin, or sign in with ActiDesk and let it remember it.</source>
        <translation>Для %1 в системной связке ключей нет сохранённого пароля: передайте его через --password-stdin или войдите через ActiDesk и позвольте ему запомнить пароль.</translation>
    </message>
    <message>
        <source>Or pass the password on standard input with --password-stdin.</source>
        <translation>Или передайте пароль через стандартный ввод с --password-stdin.</translation>
    </message>
    <message>
        <source>This command needs the server; leave out --offline.</source>
        <translation>Этой команде нужен сервер; уберите --offline.</translation>
    </message>
    <message>
        <source>Working from the cache.</source>
        <translation>Работа с кэшем.</translation>
    </message>
    <message>
        <source>The server did not answer the sign-in.</source>
        <translation>Сервер не ответил на вход.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date: write it as YYYY-MM-DD (or today, yesterday).</source>
        <translation>«%1» — не дата: укажите её как ГГГГ-ММ-ДД (или today, yesterday).</translation>
    </message>
</context>
<context>
    <name>actidesk::sql</name>
    <message>
        <source>The offline cache is in use by another ActiDesk window. Close it and try again.</source>
        <translation>Офлайн-кэш используется другим окном ActiDesk. Закройте его и повторите попытку.</translation>
    </message>
    <message>
        <source>The offline cache cannot be written. Check the permissions of ActiDesk&apos;s data folder.</source>
        <translation>Не удаётся записать офлайн-кэш. Проверьте права доступа к папке данных ActiDesk.</translation>
    </message>
    <message>
        <source>The disk is full: the change could not be saved. Free some space and try again.</source>
        <translation>Диск заполнен: изменение не удалось сохранить. Освободите место и повторите попытку.</translation>
    </message>
    <message>
        <source>The offline cache is damaged. Restart ActiDesk to rebuild it from the server.</source>
        <translation>Офлайн-кэш повреждён. Перезапустите ActiDesk, чтобы заново построить его по данным сервера.</translation>
    </message>
    <message>
        <source>The offline cache could not be read or written.</source>
        <translation>Не удалось прочитать или записать офлайн-кэш.</translation>
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
        <translation>Настольный клиент actiTIME.

Коды выхода: 0 готово, 1 ошибка, 2 неверные аргументы, 3 уже запущен для этого профиля (его окно выводится на передний план).</translation>
    </message>
    <message>
        <source>Run against the bundled demo server.</source>
        <translation>Работать со встроенным демо-сервером.</translation>
    </message>
    <message>
        <source>Keep the demo server&apos;s data in FILE.</source>
        <translation>Хранить данные демо-сервера в файле FILE.</translation>
    </message>
    <message>
        <source>Sign in to the demo as &apos;employee&apos; (default) or &apos;manager&apos;.</source>
        <translation>Войти в демо как &apos;employee&apos; (по умолчанию) или &apos;manager&apos;.</translation>
    </message>
    <message>
        <source>Save the main window as a PNG image to FILE once the timesheet is loaded (and what it shows to FILE.json), and exit.</source>
        <translation>Сохранить главное окно в PNG-файл FILE после загрузки табеля (а его содержимое — в FILE.json) и выйти.</translation>
    </message>
    <message>
        <source>Show the week of DATE (YYYY-MM-DD) as today.</source>
        <translation>Считать сегодняшним днём DATE (ГГГГ-ММ-ДД) и показать его неделю.</translation>
    </message>
    <message>
        <source>Print the time to the first painted timesheet and the memory in use, then exit (benchmarks).</source>
        <translation>Вывести время до первой отрисовки табеля и объём занятой памяти, затем выйти (для замеров).</translation>
    </message>
    <message>
        <source>Open on PAGE: timesheet, leave, tasks or review.</source>
        <translation>Открыть страницу PAGE: timesheet, leave, tasks или review.</translation>
    </message>
    <message>
        <source>actidesk: --page is timesheet, leave, tasks or review
</source>
        <translation>actidesk: --page принимает timesheet, leave, tasks или review
</translation>
    </message>
    <message>
        <source>actidesk: --today wants a date like 2026-11-23
</source>
        <translation>actidesk: --today ожидает дату вида 2026-11-23
</translation>
    </message>
    <message>
        <source>actidesk: --demo-user is &apos;employee&apos; or &apos;manager&apos;
</source>
        <translation>actidesk: --demo-user принимает &apos;employee&apos; или &apos;manager&apos;
</translation>
    </message>
    <message>
        <source>actidesk: ActiDesk already runs for this profile (process %1); its window was brought to the front.
</source>
        <translation>actidesk: ActiDesk уже запущен для этого профиля (процесс %1); его окно выведено на передний план.
</translation>
    </message>
    <message>
        <source>actidesk: ActiDesk already runs for this profile (process %1) but did not answer. Close it, or end that process.
</source>
        <translation>actidesk: ActiDesk уже запущен для этого профиля (процесс %1), но не отвечает. Закройте его или завершите этот процесс.
</translation>
    </message>
    <message>
        <source>ActiDesk</source>
        <translation>ActiDesk</translation>
    </message>
    <message>
        <source>Employee (Emma Wilson)</source>
        <translation>Сотрудник (Emma Wilson)</translation>
    </message>
    <message>
        <source>Manager (Maria Lopez)</source>
        <translation>Руководитель (Maria Lopez)</translation>
    </message>
</context>
</TS>
