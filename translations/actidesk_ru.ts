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
        <source>About ActiDesk</source>
        <translation>О программе ActiDesk</translation>
    </message>
    <message>
        <source>&lt;h3&gt;ActiDesk %1&lt;/h3&gt;&lt;p&gt;A fast, keyboard-first desktop client for actiTIME that keeps working offline.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;ActiDesk %1&lt;/h3&gt;&lt;p&gt;Быстрый настольный клиент actiTIME, рассчитанный на работу с клавиатуры и продолжающий работать офлайн.&lt;/p&gt;</translation>
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
    <name>actidesk::ReviewPage</name>
    <message>
        <source>Loading the team’s week from the server…</source>
        <translation>Неделя команды загружается с сервера…</translation>
    </message>
    <message>
        <source>No team time is cached for this week yet. It is fetched when you are online.</source>
        <translation>Времени команды за эту неделю в кэше пока нет. Оно будет загружено, когда вы будете в сети.</translation>
    </message>
    <message>
        <source>Team · %1 – %2</source>
        <translation>Команда · %1 – %2</translation>
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
        <source>Press Enter or double-click a task to add it to this week&apos;s timesheet</source>
        <translation>Нажмите Enter или дважды щёлкните задачу, чтобы добавить её в табель этой недели</translation>
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
    <name>actidesk::TeamWeekModel</name>
    <message>
        <source>Task %1</source>
        <translation>Задача %1</translation>
    </message>
    <message>
        <source>Open the member&apos;s timesheet to change their time.</source>
        <translation>Чтобы изменить время участника, откройте его табель.</translation>
    </message>
    <message>
        <source>Team member</source>
        <translation>Участник команды</translation>
    </message>
    <message>
        <source>Not fetched yet</source>
        <translation>Ещё не загружено</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Утверждено</translation>
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
