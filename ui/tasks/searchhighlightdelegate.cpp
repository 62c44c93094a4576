#include "searchhighlightdelegate.h"

#include "scopefiltermodel.h"

#include <QApplication>
#include <QPainter>
#include <QTextLayout>

namespace actidesk {

SearchHighlightDelegate::SearchHighlightDelegate(const ScopeFilterModel *filter, QObject *parent)
    : QStyledItemDelegate(parent), m_filter(filter)
{
}

void SearchHighlightDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                                    const QModelIndex &index) const
{
    const QStringList &words = m_filter->searchWords();
    if (words.isEmpty()) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString text = opt.text;
    // The matches, as ranges of the text.
    QList<QTextLayout::FormatRange> ranges;
    for (const QString &word : words) {
        for (qsizetype at = text.indexOf(word, 0, Qt::CaseInsensitive); at >= 0;
             at = text.indexOf(word, at + word.size(), Qt::CaseInsensitive)) {
            QTextLayout::FormatRange range;
            range.start = int(at);
            range.length = int(word.size());
            range.format.setFontWeight(QFont::Bold);
            range.format.setBackground(opt.palette.color(QPalette::Highlight).lighter(170));
            if (!(opt.state & QStyle::State_Selected))
                range.format.setForeground(opt.palette.color(QPalette::Text));
            ranges.append(range);
        }
    }
    if (ranges.isEmpty()) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    // The item without its text (background, selection, focus, icon), then the text with the
    // matches formatted.
    opt.text.clear();
    const QWidget *widget = opt.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);
    const QRect textRect = style->subElementRect(QStyle::SE_ItemViewItemText, &opt, widget);
    const int margin = style->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, widget) + 1;
    const QString elided =
        opt.fontMetrics.elidedText(text, opt.textElideMode, textRect.width() - 2 * margin);
    QTextLayout layout(elided, opt.font);
    layout.setFormats(ranges);
    layout.beginLayout();
    QTextLine line = layout.createLine();
    if (line.isValid())
        line.setLineWidth(textRect.width() - 2 * margin);
    layout.endLayout();
    painter->save();
    painter->setPen(opt.palette.color(
        (opt.state & QStyle::State_Selected) ? QPalette::HighlightedText : QPalette::Text));
    const qreal y = textRect.top() + (textRect.height() - opt.fontMetrics.height()) / 2.0;
    layout.draw(painter, QPointF(textRect.left() + margin, y));
    painter->restore();
}

} // namespace actidesk
