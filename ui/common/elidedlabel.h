#pragma once

#include <QLabel>

namespace actidesk {

// A one-line plain-text label that may be narrower than its text: it shows the text cut with
// "…" and the whole text as its tooltip, so a narrow window shrinks it instead of growing (or
// clipping the buttons beside it).
class ElidedLabel : public QLabel
{
    Q_OBJECT
public:
    explicit ElidedLabel(QWidget *parent = nullptr);

    void setFullText(const QString &text);
    QString fullText() const { return m_text; }

    QSize minimumSizeHint() const override;
    QSize sizeHint() const override;

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void elide();

    QString m_text;
};

} // namespace actidesk
