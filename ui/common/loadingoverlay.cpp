#include "loadingoverlay.h"

#include <QAbstractScrollArea>
#include <QEvent>

namespace actidesk {

LoadingOverlay::LoadingOverlay(QAbstractScrollArea *view, const QString &text)
    : QLabel(text.isEmpty() ? tr("Loading\u2026") : text, view->viewport())
{
    setAlignment(Qt::AlignCenter);
    setWordWrap(true);
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::Base);
    setForegroundRole(QPalette::PlaceholderText);
    setAccessibleName(this->text());
    view->viewport()->installEventFilter(this);
    setGeometry(view->viewport()->rect());
    hide();
}

void LoadingOverlay::setLoading(bool loading)
{
    m_loading = loading;
    setVisible(loading);
    if (loading)
        raise();
}

bool LoadingOverlay::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == parentWidget() && event->type() == QEvent::Resize)
        setGeometry(parentWidget()->rect());
    return QLabel::eventFilter(watched, event);
}

} // namespace actidesk
