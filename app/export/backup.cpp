#include "backup.h"

#include "actitimeclient.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSaveFile>
#include <QUrlQuery>

#include <algorithm>
#include <utility>

using namespace Qt::StringLiterals;

namespace actidesk {

namespace {

const QString kFormat = u"actidesk-backup"_s;
const QString kPartialFormat = u"actidesk-backup-partial"_s;
// Catalogue lists, paged by offset; asked for in this order.
const QStringList kLists{u"users"_s,      u"departments"_s, u"timeZoneGroups"_s,
                         u"leaveTypes"_s, u"typesOfWork"_s, u"workflowStatuses"_s,
                         u"customers"_s,  u"projects"_s,    u"tasks"_s,
                         u"userRates"_s};
// Lists the server may refuse to this account (a 403 is recorded, not a failure).
const QSet<QString> kOptional{u"userRates"_s, u"workAssignments"_s, u"comments"_s, u"schedules"_s};
constexpr int kRangeStopAfter = 5000; // records per time-track / leave answer

// Addresses on the server change with its address; they are left out of the backup.
QJsonValue stripped(const QJsonValue &value)
{
    if (value.isArray()) {
        QJsonArray array;
        for (const QJsonValue &item : value.toArray())
            array.append(stripped(item));
        return array;
    }
    if (!value.isObject())
        return value;
    QJsonObject object = value.toObject();
    object.remove(u"url"_s);
    object.remove(u"dayOffset"_s);
    for (auto it = object.begin(); it != object.end(); ++it)
        if (it->isObject() || it->isArray())
            *it = stripped(*it);
    return object;
}

QJsonArray appended(QJsonArray array, const QJsonArray &more)
{
    for (const QJsonValue &item : more)
        array.append(stripped(item));
    return array;
}

} // namespace

Backup::Backup(ActiTimeClient &client, const Clock &clock, const Options &options, QObject *parent)
    : QObject(parent), m_client(client), m_clock(clock), m_options(options)
{
}

Backup::~Backup()
{
    delete m_call;
}

int Backup::batchLimit() const
{
    return std::max(1, m_maxBatch);
}

QString Backup::listUrl(const QString &section, int offset, int limit) const
{
    return u"/%1?offset=%2&limit=%3"_s.arg(section, QString::number(offset),
                                           QString::number(limit));
}

void Backup::seed()
{
    m_doc = QJsonObject();
    m_queue = {{u"info"_s, u"/info"_s, {}}, {u"me"_s, u"/users/me"_s, {}}};
    for (const QString &list : kLists)
        m_queue.append({list, listUrl(list, 0, m_pageSize), u"0"_s});
    const QString range = u"dateFrom=%1&dateTo=%2"_s.arg(m_options.from.toString(Qt::ISODate),
                                                         m_options.to.toString(Qt::ISODate));
    m_queue.append({u"timetrack"_s,
                    u"/timetrack?%1&includeReferenced=approvalStatus,comments&stopAfter=%2"_s.arg(
                        range, QString::number(kRangeStopAfter)),
                    {}});
    m_queue.append({u"leavetime"_s,
                    u"/leavetime?%1&stopAfter=%2"_s.arg(range, QString::number(kRangeStopAfter)),
                    {}});
}

QJsonObject Backup::operationJson(const Operation &op)
{
    return {{u"section"_s, op.section}, {u"url"_s, op.url}, {u"key"_s, op.key}};
}

Backup::Operation Backup::operationFrom(const QJsonObject &json)
{
    return {json.value(u"section"_s).toString(), json.value(u"url"_s).toString(),
            json.value(u"key"_s).toString()};
}

bool Backup::resume()
{
    QFile file(partialPath(m_options.path));
    if (!file.open(QIODevice::ReadOnly))
        return false;
    const QJsonObject partial = QJsonDocument::fromJson(file.readAll()).object();
    if (partial.value(u"format"_s).toString() != kPartialFormat
        || partial.value(u"version"_s).toInt() != FormatVersion
        || partial.value(u"account"_s).toString() != m_options.account
        || partial.value(u"from"_s).toString() != m_options.from.toString(Qt::ISODate)
        || partial.value(u"to"_s).toString() != m_options.to.toString(Qt::ISODate)
        || partial.value(u"withComments"_s).toBool() != m_options.withComments)
        return false; // another backup's progress: start afresh (it is replaced)
    m_doc = partial.value(u"doc"_s).toObject();
    m_queue.clear();
    for (const QJsonValue &op : partial.value(u"queue"_s).toArray())
        m_queue.append(operationFrom(op.toObject()));
    m_completeSections.clear();
    for (const QJsonValue &section : partial.value(u"complete"_s).toArray())
        m_completeSections.insert(section.toString());
    m_lastAsked.clear();
    m_ahead.clear();
    m_endedLists.clear();
    const QJsonObject paging = partial.value(u"paging"_s).toObject();
    for (auto it = paging.begin(); it != paging.end(); ++it) {
        const QJsonObject list = it->toObject();
        m_lastAsked.insert(it.key(), list.value(u"lastAsked"_s).toInt());
        m_ahead.insert(it.key(), list.value(u"ahead"_s).toInt(1));
        if (list.value(u"ended"_s).toBool())
            m_endedLists.insert(it.key());
    }
    m_maxBatch = partial.value(u"maxBatch"_s).toInt(m_maxBatch);
    m_pageSize = partial.value(u"pageSize"_s).toInt(m_pageSize);
    return true;
}

void Backup::start()
{
    m_resumed = resume();
    if (!m_resumed)
        seed();
    m_lastSaveMs = m_clock.monotonicMs();
    // From the event loop, as promised, even when there is nothing to ask.
    QMetaObject::invokeMethod(this, &Backup::sendNext, Qt::QueuedConnection);
}

void Backup::cancel()
{
    if (m_done)
        return;
    delete m_call;
    m_queue = m_inFlight + m_queue;
    m_inFlight.clear();
    saveProgress(true);
    fail(Failure::None, tr("The backup was cancelled; run it again to continue."));
}

void Backup::sendNext()
{
    if (m_done)
        return;
    if (m_queue.isEmpty()) {
        if (writeResult()) {
            QFile::remove(partialPath(m_options.path));
            m_ok = true;
            finish();
        }
        return;
    }
    m_inFlight = m_queue.mid(0, batchLimit());
    m_queue.remove(0, m_inFlight.size());
    QList<ActiTimeClient::BatchOperation> operations;
    for (const Operation &op : std::as_const(m_inFlight))
        operations.append({"GET", op.url, {}, {}});
    m_call = m_client.batch(operations);
    connect(m_call, &ApiCall::finished, this, &Backup::onBatch);
}

void Backup::onBatch()
{
    ApiCall *call = m_call;
    m_call = nullptr;
    call->deleteLater();
    m_requests += call->requestCount();
    if (!call->isOk()) {
        m_queue = m_inFlight + m_queue;
        m_inFlight.clear();
        saveProgress(true);
        const ApiError &error = call->error();
        const Failure failure =
            error.kind == ApiError::Kind::Unauthorized || error.kind == ApiError::Kind::Banned
            ? Failure::Auth
            : (error.kind == ApiError::Kind::Network || error.kind == ApiError::Kind::Timeout
                       || error.kind == ApiError::Kind::RateLimited
                       || error.kind == ApiError::Kind::Server || error.kind == ApiError::Kind::Tls
                   ? Failure::Network
                   : Failure::Refused);
        fail(failure, error.userMessage());
        return;
    }
    const auto &results = static_cast<ValueCall<QList<json::BatchItemResult>> *>(call)->value();
    const QList<Operation> sent = std::exchange(m_inFlight, {});
    m_operations += sent.size();
    for (qsizetype i = 0; i < sent.size() && !m_done; ++i)
        absorb(sent.at(i), results.at(i).status, results.at(i).body);
    if (m_done)
        return;
    completeEndedLists();
    saveProgress(false);
    Q_EMIT progress(m_requests, int(m_queue.size()));
    sendNext();
}

void Backup::absorb(const Operation &op, int status, const QJsonValue &body)
{
    if (status == 401) {
        fail(Failure::Auth, tr("The server no longer accepts this account's password."));
        return;
    }
    const bool refusedHere = status == 403 || status == 404;
    if (status >= 300 && !(refusedHere && kOptional.contains(op.section))) {
        const QString message = body.toObject().value(u"message"_s).toString();
        fail(status >= 500 ? Failure::Network : Failure::Refused,
             tr("The server refused %1 (HTTP %2%3).")
                 .arg(op.url, QString::number(status),
                      message.isEmpty() ? QString() : u": "_s + message));
        return;
    }
    if (refusedHere) {
        // Not shown to this account: recorded, so a reader knows it is missing, not empty.
        QJsonArray unavailable = m_doc.value(u"unavailable"_s).toArray();
        if (!unavailable.contains(op.section))
            unavailable.append(op.section);
        m_doc.insert(u"unavailable"_s, unavailable);
        if (op.section == u"userRates"_s)
            m_endedLists.insert(op.section);
        return;
    }
    const QJsonObject object = body.toObject();
    if (op.section == u"info"_s) {
        QJsonObject info = stripped(object).toObject();
        info.remove(u"urls"_s);
        QJsonObject company = info.value(u"company"_s).toObject();
        company.remove(u"logoUri"_s);
        info.insert(u"company"_s, company);
        m_doc.insert(u"info"_s, info);
        const QJsonObject limits = object.value(u"limits"_s).toObject();
        m_maxBatch = std::clamp(limits.value(u"maxBatchSize"_s).toInt(m_maxBatch), 1, 1000);
        m_pageSize = std::clamp(limits.value(u"maxQueryLimit"_s).toInt(m_pageSize), 1, 1000);
    } else if (op.section == u"me"_s) {
        m_doc.insert(u"me"_s, stripped(object));
    } else if (kLists.contains(op.section)) {
        listPage(op, object);
    } else if (op.section == u"timetrack"_s || op.section == u"leavetime"_s) {
        rangePage(op, object, op.section);
    } else if (op.section == u"schedules"_s || op.section == u"workAssignments"_s) {
        QJsonObject map = m_doc.value(op.section).toObject();
        map.insert(op.key, stripped(object));
        m_doc.insert(op.section, map);
    } else if (op.section == u"comments"_s) {
        // key: "tasks/12/0" (kind, id, offset)
        const QStringList parts = op.key.split(u'/');
        const QJsonArray items = object.value(u"items"_s).toArray();
        if (!items.isEmpty()) {
            QJsonObject comments = m_doc.value(u"comments"_s).toObject();
            QJsonObject ofKind = comments.value(parts.value(0)).toObject();
            ofKind.insert(parts.value(1), appended(ofKind.value(parts.value(1)).toArray(), items));
            comments.insert(parts.value(0), ofKind);
            m_doc.insert(u"comments"_s, comments);
        }
        const int limit = object.value(u"limit"_s).toInt(m_pageSize);
        if (limit > 0 && items.size() >= limit) {
            const int next = parts.value(2).toInt() + limit;
            m_queue.append(
                {op.section,
                 u"/%1/%2/comments?offset=%3&limit=%4"_s.arg(parts.value(0), parts.value(1),
                                                             QString::number(next),
                                                             QString::number(m_pageSize)),
                 u"%1/%2/%3"_s.arg(parts.value(0), parts.value(1), QString::number(next))});
        }
    }
}

void Backup::listPage(const Operation &op, const QJsonObject &body)
{
    const QJsonArray items = body.value(u"items"_s).toArray();
    m_doc.insert(op.section, appended(m_doc.value(op.section).toArray(), items));
    const int limit = body.value(u"limit"_s).toInt(m_pageSize);
    const int offset = op.key.toInt();
    if (limit <= 0 || items.size() < limit) {
        m_endedLists.insert(op.section);
        return; // complete once its pages still queued are answered (completeEndedLists)
    }
    if (m_endedLists.contains(op.section) || offset < m_lastAsked.value(op.section))
        return; // a later page is asked for already
    // The last page asked for was full: ask for the next ones, twice as many as last time. They
    // go first: the rest of the list is needed before what depends on it.
    const int ahead = std::clamp(m_ahead.value(op.section, 1), 1, std::max(1, m_maxBatch / 2));
    QList<Operation> pages;
    int next = offset;
    for (int i = 0; i < ahead; ++i) {
        next += limit;
        pages.append({op.section, listUrl(op.section, next, limit), QString::number(next)});
    }
    m_lastAsked.insert(op.section, next);
    m_ahead.insert(op.section, ahead * 2);
    m_queue = pages + m_queue;
}

void Backup::completeEndedLists()
{
    for (const QString &section : std::as_const(m_endedLists)) {
        if (m_completeSections.contains(section))
            continue;
        const bool queued =
            std::any_of(m_queue.cbegin(), m_queue.cend(),
                        [&section](const Operation &op) { return op.section == section; });
        if (!queued)
            sectionComplete(section);
    }
}

void Backup::rangePage(const Operation &op, const QJsonObject &body, const QString &section)
{
    m_doc.insert(section,
                 appended(m_doc.value(section).toArray(), body.value(u"data"_s).toArray()));
    const QDate next = QDate::fromString(body.value(u"nextDateFrom"_s).toString(), Qt::ISODate);
    if (next.isValid() && next <= m_options.to) {
        QUrlQuery query(op.url.section(u'?', 1));
        query.removeQueryItem(u"dateFrom"_s);
        query.addQueryItem(u"dateFrom"_s, next.toString(Qt::ISODate));
        m_queue.prepend({section, op.url.section(u'?', 0, 0) + u'?' + query.toString(), {}});
    }
}

void Backup::sectionComplete(const QString &section)
{
    m_completeSections.insert(section);
    if (section == u"users"_s) {
        const QString range = u"dateFrom=%1&dateTo=%2"_s.arg(m_options.from.toString(Qt::ISODate),
                                                             m_options.to.toString(Qt::ISODate));
        for (const QJsonValue &user : m_doc.value(u"users"_s).toArray()) {
            const QString id = QString::number(user.toObject().value(u"id"_s).toInt());
            m_queue.append({u"schedules"_s, u"/users/%1/schedule?%2"_s.arg(id, range), id});
            m_queue.append({u"workAssignments"_s, u"/users/%1/workAssignments"_s.arg(id), id});
        }
    } else if (m_options.withComments
               && (section == u"customers"_s || section == u"projects"_s
                   || section == u"tasks"_s)) {
        for (const QJsonValue &entity : m_doc.value(section).toArray()) {
            const QString id = QString::number(entity.toObject().value(u"id"_s).toInt());
            m_queue.append({u"comments"_s,
                            u"/%1/%2/comments?offset=0&limit=%3"_s.arg(section, id,
                                                                       QString::number(m_pageSize)),
                            u"%1/%2/0"_s.arg(section, id)});
        }
    }
}

void Backup::saveProgress(bool force)
{
    const qint64 now = m_clock.monotonicMs();
    // A large backup's progress takes a while to write: at most a tenth of the time goes to it.
    if (!force && now - m_lastSaveMs < std::max(m_options.saveIntervalMs, 10 * m_saveCostMs))
        return;
    QJsonArray queue;
    for (const Operation &op : std::as_const(m_queue))
        queue.append(operationJson(op));
    QJsonArray complete;
    for (const QString &section : std::as_const(m_completeSections))
        complete.append(section);
    QJsonObject paging;
    for (auto it = m_lastAsked.cbegin(); it != m_lastAsked.cend(); ++it)
        paging.insert(it.key(),
                      QJsonObject{{u"lastAsked"_s, it.value()},
                                  {u"ahead"_s, m_ahead.value(it.key(), 1)},
                                  {u"ended"_s, m_endedLists.contains(it.key())}});
    const QJsonObject partial{{u"format"_s, kPartialFormat},
                              {u"version"_s, FormatVersion},
                              {u"account"_s, m_options.account},
                              {u"from"_s, m_options.from.toString(Qt::ISODate)},
                              {u"to"_s, m_options.to.toString(Qt::ISODate)},
                              {u"withComments"_s, m_options.withComments},
                              {u"maxBatch"_s, m_maxBatch},
                              {u"pageSize"_s, m_pageSize},
                              {u"complete"_s, complete},
                              {u"paging"_s, paging},
                              {u"queue"_s, queue},
                              {u"doc"_s, m_doc}};
    QSaveFile file(partialPath(m_options.path));
    // Progress that cannot be saved only costs a resume; the backup itself goes on.
    if (file.open(QIODevice::WriteOnly)) {
        file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        file.write(QJsonDocument(partial).toJson(QJsonDocument::Compact));
        if (!file.commit())
            qWarning("backup: cannot save progress to %s", qPrintable(partialPath(m_options.path)));
    }
    m_lastSaveMs = m_clock.monotonicMs();
    m_saveCostMs = m_lastSaveMs - now;
}

bool Backup::writeResult()
{
    QJsonObject result = m_doc;
    result.insert(u"format"_s, kFormat);
    result.insert(u"version"_s, FormatVersion);
    result.insert(u"createdAt"_s, m_clock.now().toUTC().toString(Qt::ISODateWithMs));
    result.insert(u"account"_s, m_options.account);
    result.insert(u"login"_s, m_options.login);
    result.insert(u"range"_s,
                  QJsonObject{{u"from"_s, m_options.from.toString(Qt::ISODate)},
                              {u"to"_s, m_options.to.toString(Qt::ISODate)}});
    result.insert(u"withComments"_s, m_options.withComments);
    QSaveFile file(m_options.path);
    if (!file.open(QIODevice::WriteOnly)) {
        fail(Failure::File, tr("Cannot write %1: %2").arg(m_options.path, file.errorString()));
        return false;
    }
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    file.write(QJsonDocument(result).toJson(QJsonDocument::Indented));
    if (!file.commit()) {
        fail(Failure::File, tr("Cannot write %1: %2").arg(m_options.path, file.errorString()));
        return false;
    }
    return true;
}

void Backup::fail(Failure failure, const QString &message)
{
    if (m_done)
        return;
    m_failure = failure;
    m_error = message;
    if (failure != Failure::None)
        saveProgress(true);
    finish();
}

void Backup::finish()
{
    m_done = true;
    QMetaObject::invokeMethod(this, &Backup::finished, Qt::QueuedConnection);
}

} // namespace actidesk
