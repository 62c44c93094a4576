#include "userguidedialog.h"

#include "translations.h"

#include <QDialogButtonBox>
#include <QFile>
#include <QTextBrowser>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace actidesk {

UserGuideDialog::UserGuideDialog(QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("ActiDesk User Guide"));
    resize(640, 560);
    auto *layout = new QVBoxLayout(this);
    m_browser = new QTextBrowser(this);
    m_browser->setAccessibleName(tr("User guide"));
    m_browser->setOpenExternalLinks(true);
    QFile guide(resourceFor(Translations::currentLocale().name()));
    if (guide.open(QIODevice::ReadOnly))
        m_browser->setHtml(QString::fromUtf8(guide.readAll()));
    layout->addWidget(m_browser);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    m_browser->setFocus();
}

QString UserGuideDialog::resourceFor(const QString &language)
{
    const QString code = language.section(u'_', 0, 0).section(u'-', 0, 0).toLower();
    const QString path = u":/guide/guide_%1.html"_s.arg(code);
    return QFile::exists(path) ? path : u":/guide/guide_en.html"_s;
}

} // namespace actidesk
