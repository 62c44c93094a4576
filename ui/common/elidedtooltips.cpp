#include "elidedtooltips.h"

#include <QAbstractItemView>
#include <QHelpEvent>
#include <QToolTip>

namespace actidesk {

namespace {

class ElidedToolTips : public QObject
{
public:
    explicit ElidedToolTips(QAbstractItemView *view) : QObject(view), m_view(view) { }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        // The type first: while the view is being destroyed its viewport still sends events
        // (hide, child removed), and the view is no longer a QAbstractItemView then.
        if (event->type() != QEvent::ToolTip || watched != m_view->viewport())
            return false;
        const auto *help = static_cast<QHelpEvent *>(event);
        const QModelIndex index = m_view->indexAt(help->pos());
        if (!index.isValid())
            return false;
        const QString text = index.data(Qt::DisplayRole).toString();
        const QString own = index.data(Qt::ToolTipRole).toString();
        const QRect cell = m_view->visualRect(index);
        if (text.isEmpty() || own.contains(text) || !isElided(index, text, cell.width()))
            return false; // the model's own tooltip, if any
        QToolTip::showText(help->globalPos(), own.isEmpty() ? text : QString(text + u"\n\n" + own),
                           m_view->viewport(), cell);
        return true;
    }

private:
    bool isElided(const QModelIndex &index, const QString &text, int width) const
    {
        QFont font = m_view->font();
        if (const QVariant role = index.data(Qt::FontRole); role.canConvert<QFont>())
            font = role.value<QFont>();
        const QFontMetrics metrics(font);
        // The delegate's margins and a decoration take part of the cell.
        int room = width - 2 * (m_view->style()->pixelMetric(QStyle::PM_FocusFrameHMargin) + 1);
        if (!index.data(Qt::DecorationRole).isNull())
            room -= m_view->iconSize().width() + 4;
        int widest = 0;
        for (const QString &line : text.split(u'\n'))
            widest = std::max(widest, metrics.horizontalAdvance(line));
        return widest > room;
    }

    QAbstractItemView *m_view;
};

} // namespace

void showElidedTextAsToolTip(QAbstractItemView *view)
{
    view->viewport()->installEventFilter(new ElidedToolTips(view));
}

} // namespace actidesk
