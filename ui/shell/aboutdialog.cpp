#include "aboutdialog.h"

#include "actideskversion.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QTextDocumentFragment>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace actidesk {

AboutDialog::AboutDialog(const QString &server, const std::optional<ServerInfo> &info,
                         QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("About ActiDesk"));
    auto *layout = new QVBoxLayout(this);
    QStringList parts;
    parts << u"<h3>"_s + tr("ActiDesk %1").arg(QString::fromLatin1(ACTIDESK_VERSION)) + u"</h3>"_s;
    parts << u"<p>"_s
            + tr("A fast, keyboard-first desktop client for actiTIME that keeps working "
                 "offline.")
            + u"</p>"_s;
    parts << u"<p>"_s
            + tr("Licence: proprietary. © 2026 The ActiDesk developers, all rights reserved; "
                 "distributed under the terms agreed with its developers. actiTIME is a "
                 "trademark of its owner; ActiDesk is not affiliated with it.")
            + u"</p>"_s;
    parts << u"<p>"_s
            + tr("Qt %1 (built with Qt %2).")
                  .arg(QString::fromLatin1(qVersion()), QString::fromLatin1(QT_VERSION_STR))
            + u"</p>"_s;
    QString serverPart;
    if (server.isEmpty()) {
        serverPart = tr("Server: not signed in.");
    } else {
        serverPart = tr("Server: %1").arg(server.toHtmlEscaped());
        if (info && !info->companyName.isEmpty())
            serverPart += u"<br>"_s + tr("Company: %1").arg(info->companyName.toHtmlEscaped());
        if (info && !info->serverUuid.isEmpty())
            serverPart += u"<br>"_s + tr("Server ID: %1").arg(info->serverUuid.toHtmlEscaped());
        serverPart += u"<br>"_s
            + tr("Server version: not reported by the server (the actiTIME API has no version "
                 "field).");
        if (!info)
            serverPart += u"<br>"_s + tr("The server's settings were not read yet.");
    }
    parts << u"<p>"_s + serverPart + u"</p>"_s;
    m_text = new QLabel(parts.join(QString()), this);
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::RichText);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_text->setMinimumWidth(420);
    layout->addWidget(m_text);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

QString AboutDialog::text() const
{
    return QTextDocumentFragment::fromHtml(m_text->text()).toPlainText();
}

} // namespace actidesk
