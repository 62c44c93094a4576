#pragma once

#include <QStringView>

#include <span>

namespace emu::seednames {

// Word lists the seed generator draws from. Fixed order matters: the generator picks by index, so
// editing a list changes every generated dataset (tests compare two runs, never stored output).
using List = std::span<const QStringView>;

List firstNames();
List lastNames();
List companyStems(); // "Northwind"
List companySuffixes(); // "Logistics"
List legalForms(); // "Inc.", "GmbH"
List customerDescriptions();
List projectNames();
List projectDescriptions();
List taskDescriptions();
List customerComments();
List projectComments();
List taskComments();

// A kind of task: names are "<verb> <object>" (or one of `objects` alone when `verbs` is empty),
// typed with one type of work, and time entered on them gets one of `comments`.
struct TaskCategory
{
    int typeOfWorkId;
    int weight;
    List verbs;
    List objects;
    List comments;
};

std::span<const TaskCategory> taskCategories();

} // namespace emu::seednames
