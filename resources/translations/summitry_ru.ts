<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>Summitry {version}</source>
        <translation>Summitry {version}</translation>
    </message>
    <message>
        <source>Forums, meetings, agendas, outcomes and consultation rounds, every fact cited.</source>
        <translation>Форумы, встречи, повестки дня, итоговые документы и раунды консультаций — каждый факт со ссылкой на источник.</translation>
    </message>
    <message>
        <source>version {version}</source>
        <translation>версия {version}</translation>
    </message>
    <message>
        <source>as of {date}</source>
        <translation>по состоянию на {date}</translation>
    </message>
    <message>
        <source>Dataset: {title}</source>
        <translation>Набор данных: {title}</translation>
    </message>
    <message>
        <source>Source: {title}</source>
        <translation>Источник: {title}</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>База данных</translation>
    </message>
    <message>
        <source>About Summitry</source>
        <translation>О программе Summitry</translation>
    </message>
</context>
<context>
    <name>AccessText</name>
    <message>
        <source>read-only: you can read this archive; ask its owner for editor rights</source>
        <translation>только чтение: вы можете читать этот архив; права редактора даёт его владелец</translation>
    </message>
    <message>
        <source>The owner of {archive} can make you an editor.</source>
        <translation>Владелец {archive} может сделать вас редактором.</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Opening the database…</source>
        <translation>Открытие базы данных…</translation>
    </message>
    <message>
        <source>Summitry is already running with this database; its window was brought to the front.</source>
        <translation>Summitry уже работает с этой базой данных; её окно выведено на передний план.</translation>
    </message>
    <message>
        <source>Summitry is already running</source>
        <translation>Summitry уже запущена</translation>
    </message>
    <message>
        <source>Close it first, or start Summitry on another database with --database.</source>
        <translation>Сначала закройте её или запустите Summitry с другой базой данных (параметр --database).</translation>
    </message>
</context>
<context>
    <name>BackupText</name>
    <message>
        <source>Cannot record which database {path} is, before backing it up: {reason}.</source>
        <translation>Не удалось записать, какая это база данных ({path}), перед резервным копированием: {reason}.</translation>
    </message>
    <message>
        <source>Cannot read {backup}: {reason}.</source>
        <translation>Не удаётся прочитать {backup}: {reason}.</translation>
    </message>
    <message>
        <source>{backup} is a backup of another database ({other}), not of {db_path}.</source>
        <translation>{backup} — резервная копия другой базы данных ({other}), а не {db_path}.</translation>
    </message>
    <message>
        <source>{path} is empty or missing.</source>
        <translation>Файл {path} пуст или отсутствует.</translation>
    </message>
    <message>
        <source>{path} is not a Summitry database.</source>
        <translation>{path} — не база данных Summitry.</translation>
    </message>
    <message>
        <source>{path} is damaged: {reason}.</source>
        <translation>{path}: файл повреждён: {reason}.</translation>
    </message>
    <message>
        <source>Cannot read {source}: {reason}. No backup was written.</source>
        <translation>Не удаётся прочитать {source}: {reason}. Резервная копия не записана.</translation>
    </message>
    <message>
        <source>Could not write the backup {dest}: the disk is full.</source>
        <translation>Не удалось записать резервную копию {dest}: диск заполнен.</translation>
    </message>
    <message>
        <source>Could not write the backup {dest}: {reason}.</source>
        <translation>Не удалось записать резервную копию {dest}: {reason}.</translation>
    </message>
    <message>
        <source>Could not write a verified backup to {dest}: the disk is full.</source>
        <translation>Не удалось записать проверенную резервную копию в {dest}: диск заполнен.</translation>
    </message>
    <message>
        <source>Could not write a verified backup to {dest}: {reason}.</source>
        <translation>Не удалось записать проверенную резервную копию в {dest}: {reason}.</translation>
    </message>
    <message>
        <source>Backups are made of SQLite database files only.</source>
        <translation>Резервные копии делаются только для файлов баз данных SQLite.</translation>
    </message>
    <message>
        <source>a file is in the way</source>
        <translation>на этом месте находится файл</translation>
    </message>
    <message>
        <source>Could not write a backup in {folder}: {reason}.</source>
        <translation>Не удалось записать резервную копию в папку {folder}: {reason}.</translation>
    </message>
    <message>
        <source>{dest} is a folder. Give the backup a file name, for example {example}.</source>
        <translation>{dest} — это папка. Укажите имя файла для резервной копии, например {example}.</translation>
    </message>
    <message>
        <source>{dest} is the database itself. Write the backup to another file.</source>
        <translation>{dest} — это сама база данных. Запишите резервную копию в другой файл.</translation>
    </message>
    <message>
        <source>{dest} already exists. Choose another name, or add --force to replace it if it is an earlier backup of this database.</source>
        <translation>{dest} уже существует. Выберите другое имя или добавьте --force, чтобы заменить его, если это более ранняя резервная копия этой базы данных.</translation>
    </message>
    <message>
        <source>{dest} is not a backup of this database, so it is left as it is, even with --force. Choose another name.</source>
        <translation>{dest} — не резервная копия этой базы данных, поэтому он остаётся как есть, даже с --force. Выберите другое имя.</translation>
    </message>
    <message>
        <source> The damaged file is kept as {aside}.</source>
        <translation> Повреждённый файл сохранён как {aside}.</translation>
    </message>
    <message>
        <source>Restored {db_path} from the backup {backup}.{kept}</source>
        <translation>{db_path}: восстановлено из резервной копии {backup}.{kept}</translation>
    </message>
    <message>
        <source>Started a new database at {db_path} with the bundled dataset.{kept}</source>
        <translation>Создана новая база данных {db_path} со встроенным набором данных.{kept}</translation>
    </message>
    <message>
        <source>Could not restore {db_path} from {backup}: {reason}.</source>
        <translation>Не удалось восстановить {db_path} из {backup}: {reason}.</translation>
    </message>
    <message>
        <source>There is no usable backup of {name} in {folder}.</source>
        <translation>В папке {folder} нет пригодной резервной копии {name}.</translation>
    </message>
    <message>
        <source>Restored from {backup}. The database as it was is kept at {safety}.</source>
        <translation>Восстановлено из {backup}. Прежнее состояние базы данных сохранено в {safety}.</translation>
    </message>
    <message>
        <source> A copy of the database as it was is at {safety}.</source>
        <translation> Копия прежнего состояния базы данных находится в {safety}.</translation>
    </message>
    <message>
        <source>Could not restore {db_path} from {backup}: {reason}.{kept}</source>
        <translation>Не удалось восстановить {db_path} из {backup}: {reason}.{kept}</translation>
    </message>
    <message>
        <source>Could not restore {db_path} from {backup}: the backup is too small to be one.</source>
        <translation>Не удалось восстановить {db_path} из {backup}: файл слишком мал для резервной копии.</translation>
    </message>
    <message>
        <source>{dest} already exists. Choose another name, or add --force to replace it if it is an earlier backup of this archive.</source>
        <translation>{dest} уже существует. Выберите другое имя или добавьте --force, чтобы заменить его, если это более ранняя резервная копия этого архива.</translation>
    </message>
    <message>
        <source>{dest} is not a backup of this archive, so it is left as it is, even with --force. Choose another name.</source>
        <translation>{dest} — не резервная копия этого архива, поэтому он остаётся как есть, даже с --force. Выберите другое имя.</translation>
    </message>
    <message>
        <source>{backup} is a backup of another archive ({other}), not of {archive}; nothing was changed. Add --force to replace this archive with it all the same (a safety copy of it is kept first).</source>
        <translation>{backup} — резервная копия другого архива ({other}), а не {archive}; ничего не изменено. Добавьте --force, чтобы всё же заменить ею этот архив (сначала будет сохранена его страховочная копия).</translation>
    </message>
    <message>
        <source>There is no usable backup of {archive} in {folder}.</source>
        <translation>В папке {folder} нет пригодной резервной копии {archive}.</translation>
    </message>
</context>
<context>
    <name>BriefText</name>
    <message>
        <source>Choose at least one record to export.</source>
        <translation>Выберите хотя бы одну запись для экспорта.</translation>
    </message>
    <message>
        <source>Export cancelled.</source>
        <translation>Экспорт отменён.</translation>
    </message>
    <message>
        <source>Cannot export: {reason}.</source>
        <translation>Экспорт невозможен: {reason}.</translation>
    </message>
    <message>
        <source>{type} brief</source>
        <translation>{type}: справка</translation>
    </message>
    <message>
        <source>Dossier</source>
        <translation>Досье</translation>
    </message>
    <message numerus="yes">
        <source>Dossier of %n record(s)</source>
        <translation>
            <numerusform>Досье: %n запись</numerusform>
            <numerusform>Досье: %n записи</numerusform>
            <numerusform>Досье: %n записей</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to search for. Example: --query &apos;forum:ARF year:2016&apos;.</source>
        <translation>Нечего искать. Пример: --query &apos;forum:АРФ year:2016&apos;.</translation>
    </message>
    <message>
        <source>The search &apos;{query}&apos; finds no records, so there is nothing to print.</source>
        <translation>Поиск «{query}» не нашёл записей, печатать нечего.</translation>
    </message>
    <message numerus="yes">
        <source>The search &apos;{query}&apos; finds {count}; a dossier holds at most %Ln. Narrow the query (for example add year:2016 or forum:ARF).</source>
        <translation>
            <numerusform>Поиск «{query}» находит {count}; в досье помещается не более %Ln записи. Уточните запрос (например, добавьте year:2016 или forum:АРФ).</numerusform>
            <numerusform>Поиск «{query}» находит {count}; в досье помещается не более %Ln записей. Уточните запрос (например, добавьте year:2016 или forum:АРФ).</numerusform>
            <numerusform>Поиск «{query}» находит {count}; в досье помещается не более %Ln записей. Уточните запрос (например, добавьте year:2016 или forum:АРФ).</numerusform>
        </translation>
    </message>
    <message>
        <source>Search: {query}</source>
        <translation>Поиск: {query}</translation>
    </message>
</context>
<context>
    <name>CalendarText</name>
    <message>
        <source>Source: {title}</source>
        <translation>Источник: {title}</translation>
    </message>
    <message>
        <source>Forum: {title}</source>
        <translation>Форум: {title}</translation>
    </message>
    <message>
        <source>Round {number} of {count} of {process}</source>
        <translation>Раунд {number} из {count}: {process}</translation>
    </message>
    <message>
        <source>Date as stated: {date} (EDTF {edtf}); this all-day entry spans every day the date may mean.</source>
        <translation>Дата в источнике: {date} (EDTF {edtf}); это событие на весь день охватывает все дни, которые может означать дата.</translation>
    </message>
    <message>
        <source>Status: {status}</source>
        <translation>Статус: {status}</translation>
    </message>
    <message>
        <source>Summitry record: {id}</source>
        <translation>Запись Summitry: {id}</translation>
    </message>
</context>
<context>
    <name>ChangeText</name>
    <message>
        <source>The archive was replaced by another program (restored from a backup); showing it as it is now.</source>
        <translation>Архив заменён другой программой (восстановлен из резервной копии); показан в нынешнем виде.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln record(s) changed</source>
        <translation>
            <numerusform>%Ln запись изменена</numerusform>
            <numerusform>%Ln записи изменены</numerusform>
            <numerusform>%Ln записей изменено</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln record(s) changed by {who}</source>
        <translation>
            <numerusform>%Ln запись изменил(а) {who}</numerusform>
            <numerusform>%Ln записи изменил(а) {who}</numerusform>
            <numerusform>%Ln записей изменил(а) {who}</numerusform>
        </translation>
    </message>
    <message>
        <source>{some} and {last}</source>
        <translation>{some} и {last}</translation>
    </message>
</context>
<context>
    <name>ChangedElsewhereBar</name>
    <message>
        <source>Show Their Version</source>
        <translation>Показать их версию</translation>
    </message>
    <message>
        <source>Reload, Discarding Mine</source>
        <translation>Загрузить заново, отбросив мои правки</translation>
    </message>
</context>
<context>
    <name>CheckText</name>
    <message>
        <source>error</source>
        <translation>ошибка</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>предупреждение</translation>
    </message>
    <message>
        <source>{severity}: {message}</source>
        <translation>{severity}: {message}</translation>
    </message>
    <message>
        <source>run &apos;summitry db check --repair&apos;</source>
        <translation>выполните «summitry db check --repair»</translation>
    </message>
    <message>
        <source>meeting &apos;{holder}&apos; refers to forum &apos;{ref}&apos;, which does not exist</source>
        <translation>встреча «{holder}» ссылается на несуществующий форум «{ref}»</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more meeting(s) refer to a forum that does not exist</source>
        <translation>
            <numerusform>… и ещё %n встреча ссылается на несуществующий форум</numerusform>
            <numerusform>… и ещё %n встречи ссылаются на несуществующий форум</numerusform>
            <numerusform>… и ещё %n встреч ссылаются на несуществующий форум</numerusform>
        </translation>
    </message>
    <message>
        <source>meeting &apos;{holder}&apos; refers to country &apos;{ref}&apos;, which does not exist</source>
        <translation>встреча «{holder}» ссылается на несуществующую страну «{ref}»</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more meeting(s) refer to a country that does not exist</source>
        <translation>
            <numerusform>… и ещё %n встреча ссылается на несуществующую страну</numerusform>
            <numerusform>… и ещё %n встречи ссылаются на несуществующую страну</numerusform>
            <numerusform>… и ещё %n встреч ссылаются на несуществующую страну</numerusform>
        </translation>
    </message>
    <message>
        <source>forum &apos;{holder}&apos; refers to parent forum &apos;{ref}&apos;, which does not exist</source>
        <translation>форум «{holder}» ссылается на несуществующий родительский форум «{ref}»</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more forum(s) refer to a parent forum that does not exist</source>
        <translation>
            <numerusform>… и ещё %n форум ссылается на несуществующий родительский форум</numerusform>
            <numerusform>… и ещё %n форума ссылаются на несуществующий родительский форум</numerusform>
            <numerusform>… и ещё %n форумов ссылаются на несуществующий родительский форум</numerusform>
        </translation>
    </message>
    <message>
        <source>process &apos;{holder}&apos; refers to forum &apos;{ref}&apos;, which does not exist</source>
        <translation>процесс «{holder}» ссылается на несуществующий форум «{ref}»</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more process(es) refer to a forum that does not exist</source>
        <translation>
            <numerusform>… и ещё %n процесс ссылается на несуществующий форум</numerusform>
            <numerusform>… и ещё %n процесса ссылаются на несуществующий форум</numerusform>
            <numerusform>… и ещё %n процессов ссылаются на несуществующий форум</numerusform>
        </translation>
    </message>
    <message>
        <source>round &apos;{holder}&apos; refers to process &apos;{ref}&apos;, which does not exist</source>
        <translation>раунд «{holder}» ссылается на несуществующий процесс «{ref}»</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more round(s) refer to a process that does not exist</source>
        <translation>
            <numerusform>… и ещё %n раунд ссылается на несуществующий процесс</numerusform>
            <numerusform>… и ещё %n раунда ссылаются на несуществующий процесс</numerusform>
            <numerusform>… и ещё %n раундов ссылаются на несуществующий процесс</numerusform>
        </translation>
    </message>
    <message>
        <source>round &apos;{holder}&apos; refers to country &apos;{ref}&apos;, which does not exist</source>
        <translation>раунд «{holder}» ссылается на несуществующую страну «{ref}»</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more round(s) refer to a country that does not exist</source>
        <translation>
            <numerusform>… и ещё %n раунд ссылается на несуществующую страну</numerusform>
            <numerusform>… и ещё %n раунда ссылаются на несуществующую страну</numerusform>
            <numerusform>… и ещё %n раундов ссылаются на несуществующую страну</numerusform>
        </translation>
    </message>
    <message>
        <source>outcome &apos;{holder}&apos; refers to meeting &apos;{ref}&apos;, which does not exist</source>
        <translation>итоговый документ «{holder}» ссылается на несуществующую встречу «{ref}»</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more outcome(s) refer to a meeting that does not exist</source>
        <translation>
            <numerusform>… и ещё %n итоговый документ ссылается на несуществующую встречу</numerusform>
            <numerusform>… и ещё %n итоговых документа ссылаются на несуществующую встречу</numerusform>
            <numerusform>… и ещё %n итоговых документов ссылаются на несуществующую встречу</numerusform>
        </translation>
    </message>
    <message>
        <source>outcome &apos;{holder}&apos; refers to related outcome &apos;{ref}&apos;, which does not exist</source>
        <translation>итоговый документ «{holder}» ссылается на несуществующий связанный документ «{ref}»</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more outcome(s) refer to a related outcome that does not exist</source>
        <translation>
            <numerusform>… и ещё %n итоговый документ ссылается на несуществующий связанный документ</numerusform>
            <numerusform>… и ещё %n итоговых документа ссылаются на несуществующий связанный документ</numerusform>
            <numerusform>… и ещё %n итоговых документов ссылаются на несуществующий связанный документ</numerusform>
        </translation>
    </message>
    <message>
        <source>forum &apos;{holder}&apos; refers to member country &apos;{ref}&apos;, which does not exist</source>
        <translation>форум «{holder}» ссылается на несуществующую страну-участницу «{ref}»</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more forum(s) refer to a member country that does not exist</source>
        <translation>
            <numerusform>… и ещё %n форум ссылается на несуществующую страну-участницу</numerusform>
            <numerusform>… и ещё %n форума ссылаются на несуществующую страну-участницу</numerusform>
            <numerusform>… и ещё %n форумов ссылаются на несуществующую страну-участницу</numerusform>
        </translation>
    </message>
    <message>
        <source>forum &apos;{holder}&apos; refers to meeting at which a member joined &apos;{ref}&apos;, which does not exist</source>
        <translation>форум «{holder}» ссылается на несуществующую встречу «{ref}», на которой присоединился участник</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more forum(s) refer to a meeting at which a member joined that does not exist</source>
        <translation>
            <numerusform>… и ещё %n форум ссылается на несуществующую встречу, на которой присоединился участник</numerusform>
            <numerusform>… и ещё %n форума ссылаются на несуществующую встречу, на которой присоединился участник</numerusform>
            <numerusform>… и ещё %n форумов ссылаются на несуществующую встречу, на которой присоединился участник</numerusform>
        </translation>
    </message>
    <message>
        <source>meeting &apos;{holder}&apos; refers to participating country &apos;{ref}&apos;, which does not exist</source>
        <translation>встреча «{holder}» ссылается на несуществующую страну-участницу «{ref}»</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more meeting(s) refer to a participating country that does not exist</source>
        <translation>
            <numerusform>… и ещё %n встреча ссылается на несуществующую страну-участницу</numerusform>
            <numerusform>… и ещё %n встречи ссылаются на несуществующую страну-участницу</numerusform>
            <numerusform>… и ещё %n встреч ссылаются на несуществующую страну-участницу</numerusform>
        </translation>
    </message>
    <message>
        <source>agenda item &apos;{holder}&apos; refers to topic &apos;{ref}&apos;, which does not exist</source>
        <translation>пункт повестки дня «{holder}» ссылается на несуществующую тему «{ref}»</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more agenda item(s) refer to a topic that does not exist</source>
        <translation>
            <numerusform>… и ещё %n пункт повестки дня ссылается на несуществующую тему</numerusform>
            <numerusform>… и ещё %n пункта повестки дня ссылаются на несуществующую тему</numerusform>
            <numerusform>… и ещё %n пунктов повестки дня ссылаются на несуществующую тему</numerusform>
        </translation>
    </message>
    <message>
        <source>record &apos;{holder}&apos; refers to cited source &apos;{ref}&apos;, which does not exist</source>
        <translation>запись «{holder}» ссылается на несуществующий документ-источник «{ref}»</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more record(s) refer to a cited source that does not exist</source>
        <translation>
            <numerusform>… и ещё %n запись ссылается на несуществующий документ-источник</numerusform>
            <numerusform>… и ещё %n записи ссылаются на несуществующий документ-источник</numerusform>
            <numerusform>… и ещё %n записей ссылаются на несуществующий документ-источник</numerusform>
        </translation>
    </message>
    <message>
        <source>citation of &apos;{holder}&apos; refers to record &apos;{ref}&apos;, which does not exist</source>
        <translation>цитата записи «{holder}» ссылается на несуществующую запись «{ref}»</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more citation(s) refer to a record that does not exist</source>
        <translation>
            <numerusform>… и ещё %n цитата ссылается на несуществующую запись</numerusform>
            <numerusform>… и ещё %n цитаты ссылаются на несуществующую запись</numerusform>
            <numerusform>… и ещё %n цитат ссылаются на несуществующую запись</numerusform>
        </translation>
    </message>
    <message>
        <source>the search index: {why}</source>
        <translation>поисковый индекс: {why}</translation>
    </message>
    <message>
        <source>row {row} of table {table} refers to a missing row of {parent}</source>
        <translation>строка {row} таблицы {table} ссылается на отсутствующую строку {parent}</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) have no content row</source>
        <translation>
            <numerusform>у %n записи нет строки с содержимым</numerusform>
            <numerusform>у %n записей нет строки с содержимым</numerusform>
            <numerusform>у %n записей нет строки с содержимым</numerusform>
        </translation>
    </message>
    <message>
        <source>{table} &apos;{id}&apos; has date bounds but no date</source>
        <translation>у {table} «{id}» есть границы даты, но нет даты</translation>
    </message>
    <message>
        <source>{table} &apos;{id}&apos; has the date &apos;{date}&apos;, which is not valid EDTF</source>
        <translation>у {table} «{id}» дата «{date}», не соответствующая формату EDTF</translation>
    </message>
    <message>
        <source>{table} &apos;{id}&apos; has the date &apos;{date}&apos; ({shown}, so {lower} to {upper}) but is filed under {filed_lower} to {filed_upper} ({repair})</source>
        <translation>у {table} «{id}» дата «{date}» ({shown}, то есть с {lower} по {upper}), но записаны границы с {filed_lower} по {filed_upper} ({repair})</translation>
    </message>
    <message>
        <source>forums {forums} form a loop of parents, so each is its own ancestor: import one of them again with another parent (or none)</source>
        <translation>форумы {forums} образуют замкнутую цепочку родительских форумов, и каждый оказывается собственным предком: импортируйте один из них заново с другим родительским форумом (или без него)</translation>
    </message>
    <message>
        <source>run &apos;summitry db check --repair&apos; to move the citation there</source>
        <translation>выполните «summitry db check --repair», чтобы перенести туда цитату</translation>
    </message>
    <message>
        <source>correct the citation and import it again</source>
        <translation>исправьте цитату и импортируйте её заново</translation>
    </message>
    <message>
        <source>{problem} ({hint})</source>
        <translation>{problem} ({hint})</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more citation(s) whose offsets do not hold their quote</source>
        <translation>
            <numerusform>… и ещё %n цитата, позиции которой не содержат цитируемого текста</numerusform>
            <numerusform>… и ещё %n цитаты, позиции которых не содержат цитируемого текста</numerusform>
            <numerusform>… и ещё %n цитат, позиции которых не содержат цитируемого текста</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; {movable} of all %n can be moved (run &apos;summitry db check --repair&apos; to move them)</source>
        <translation>
            <numerusform>; {movable} из %n можно перенести (выполните «summitry db check --repair», чтобы перенести их)</numerusform>
            <numerusform>; {movable} из %n можно перенести (выполните «summitry db check --repair», чтобы перенести их)</numerusform>
            <numerusform>; {movable} из %n можно перенести (выполните «summitry db check --repair», чтобы перенести их)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the search index has out-of-date text for %n record(s) ({repair})</source>
        <translation>
            <numerusform>в поисковом индексе устаревший текст %n записи ({repair})</numerusform>
            <numerusform>в поисковом индексе устаревший текст %n записей ({repair})</numerusform>
            <numerusform>в поисковом индексе устаревший текст %n записей ({repair})</numerusform>
        </translation>
    </message>
    <message>
        <source>the search index is damaged: {damage} ({repair})</source>
        <translation>поисковый индекс повреждён: {damage} ({repair})</translation>
    </message>
    <message numerus="yes">
        <source>the search index lacks %n record(s) ({repair})</source>
        <translation>
            <numerusform>в поисковом индексе не хватает %n записи ({repair})</numerusform>
            <numerusform>в поисковом индексе не хватает %n записей ({repair})</numerusform>
            <numerusform>в поисковом индексе не хватает %n записей ({repair})</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the search index holds %n record(s) that no longer exist ({repair})</source>
        <translation>
            <numerusform>в поисковом индексе есть %n запись, которой больше нет ({repair})</numerusform>
            <numerusform>в поисковом индексе есть %n записи, которых больше нет ({repair})</numerusform>
            <numerusform>в поисковом индексе есть %n записей, которых больше нет ({repair})</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChoiceText</name>
    <message>
        <source>Meetings</source>
        <translation>Встречи</translation>
    </message>
    <message>
        <source>Consultation rounds</source>
        <translation>Раунды консультаций</translation>
    </message>
    <message>
        <source>Processes</source>
        <translation>Процессы</translation>
    </message>
    <message>
        <source>Outcome documents</source>
        <translation>Итоговые документы</translation>
    </message>
    <message>
        <source>Forums</source>
        <translation>Форумы</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Проведено</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Запланировано</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Планируется</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Отменено</translation>
    </message>
    <message>
        <source>Postponed</source>
        <translation>Отложено</translation>
    </message>
    <message>
        <source>Adopted</source>
        <translation>Принято</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Ожидается</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Проект</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>Предложено</translation>
    </message>
</context>
<context>
    <name>CitationsEditor</name>
    <message>
        <source>Uncited: select a passage in the source viewer and choose Cite for ….</source>
        <translation>Без ссылок: выделите фрагмент в просмотре источника и выберите «Сослаться для …».</translation>
    </message>
    <message>
        <source>Remove Citation</source>
        <translation>Удалить ссылку</translation>
    </message>
</context>
<context>
    <name>CommandText</name>
    <message>
        <source>No record with id &apos;{id}&apos;. Try &apos;summitry search {id}&apos;.</source>
        <translation>Нет записи с идентификатором «{id}». Попробуйте: summitry search {id}</translation>
    </message>
    <message>
        <source>Note: {hint}</source>
        <translation>Примечание: {hint}</translation>
    </message>
    <message>
        <source>Nothing to search for. Example: summitry search &apos;piracy forum:ARF year:2016&apos;</source>
        <translation>Нечего искать. Пример: summitry search &apos;пиратство forum:АРФ year:2016&apos;</translation>
    </message>
    <message numerus="yes">
        <source> (showing %Ln)</source>
        <translation>
            <numerusform> (показан %Ln)</numerusform>
            <numerusform> (показано %Ln)</numerusform>
            <numerusform> (показано %Ln)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; ranked among the %Ln most recently added</source>
        <translation>
            <numerusform>; ранжированы среди %Ln последней добавленной</numerusform>
            <numerusform>; ранжированы среди %Ln последних добавленных</numerusform>
            <numerusform>; ранжированы среди %Ln последних добавленных</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConnectServerDialog</name>
    <message>
        <source>Connect to a Server</source>
        <translation>Подключение к серверу</translation>
    </message>
    <message>
        <source>Recent servers:</source>
        <translation>Недавние серверы:</translation>
    </message>
    <message>
        <source>Host and database</source>
        <translation>Сервер и база данных</translation>
    </message>
    <message>
        <source>A libpq service</source>
        <translation>Служба libpq</translation>
    </message>
    <message>
        <source>db.example.org, or a socket folder such as /var/run/postgresql</source>
        <translation>db.example.org или папка сокета, например /var/run/postgresql</translation>
    </message>
    <message>
        <source>your login name, if left empty</source>
        <translation>ваше имя входа, если оставить пустым</translation>
    </message>
    <message>
        <source>a name in ~/.pg_service.conf, such as team</source>
        <translation>имя из ~/.pg_service.conf, например team</translation>
    </message>
    <message>
        <source>~/.postgresql/root.crt, libpq&apos;s default</source>
        <translation>~/.postgresql/root.crt, по умолчанию в libpq</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Выбрать…</translation>
    </message>
    <message>
        <source>Connect with:</source>
        <translation>Подключаться через:</translation>
    </message>
    <message>
        <source>Host:</source>
        <translation>Сервер:</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>Порт:</translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>База данных:</translation>
    </message>
    <message>
        <source>User:</source>
        <translation>Пользователь:</translation>
    </message>
    <message>
        <source>Service:</source>
        <translation>Служба:</translation>
    </message>
    <message>
        <source>SSL mode:</source>
        <translation>Режим SSL:</translation>
    </message>
    <message>
        <source>Root certificate:</source>
        <translation>Корневой сертификат:</translation>
    </message>
    <message>
        <source>The same archive from the command line: summitry --database &apos;URL&apos;</source>
        <translation>Тот же архив из командной строки: summitry --database &apos;URL&apos;</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Остановить</translation>
    </message>
    <message>
        <source>Test Connection</source>
        <translation>Проверить подключение</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Подключиться</translation>
    </message>
    <message>
        <source>URL:</source>
        <translation>URL:</translation>
    </message>
    <message>
        <source>never encrypt</source>
        <translation>никогда не шифровать</translation>
    </message>
    <message>
        <source>encrypt when the server offers it (libpq&apos;s default)</source>
        <translation>шифровать, если сервер это предлагает (по умолчанию в libpq)</translation>
    </message>
    <message>
        <source>always encrypt, without checking the server&apos;s certificate</source>
        <translation>всегда шифровать, не проверяя сертификат сервера</translation>
    </message>
    <message>
        <source>encrypt, and check the server&apos;s certificate against the root certificate</source>
        <translation>шифровать и проверять сертификат сервера по корневому сертификату</translation>
    </message>
    <message>
        <source>as verify-ca, and check the server&apos;s name too (the safe choice on a network)</source>
        <translation>как verify-ca, и проверять ещё имя сервера (надёжный выбор в сети)</translation>
    </message>
    <message>
        <source>Root Certificate</source>
        <translation>Корневой сертификат</translation>
    </message>
    <message>
        <source>Certificates (*.crt *.pem *.cer);;All files (*)</source>
        <translation>Сертификаты (*.crt *.pem *.cer);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Name the libpq service (a section of ~/.pg_service.conf), or connect with a host.</source>
        <translation>Укажите службу libpq (раздел ~/.pg_service.conf) или подключайтесь через сервер.</translation>
    </message>
    <message>
        <source>Name the database on the server (for example summitry).</source>
        <translation>Укажите базу данных на сервере (например, summitry).</translation>
    </message>
    <message>
        <source>No password was given: nothing was opened.</source>
        <translation>Пароль не введён: ничего не открыто.</translation>
    </message>
    <message>
        <source>Stopped waiting for the server. Nothing was opened or changed.</source>
        <translation>Ожидание сервера остановлено. Ничего не открыто и не изменено.</translation>
    </message>
    <message>
        <source>Asking the server at {url}…</source>
        <translation>Запрос к серверу {url}…</translation>
    </message>
</context>
<context>
    <name>CopyText</name>
    <message>
        <source>reading the records for the search index…</source>
        <translation>чтение записей для поискового указателя…</translation>
    </message>
    <message>
        <source>building the search index…</source>
        <translation>построение поискового указателя…</translation>
    </message>
    <message>
        <source>{source} is both the source and the target: copy it to another database.</source>
        <translation>{source} — одновременно источник и цель: скопируйте в другую базу данных.</translation>
    </message>
    <message>
        <source>{target} is neither a file nor a server: copy to a file or a server.</source>
        <translation>{target} — не файл и не сервер: копируйте в файл или на сервер.</translation>
    </message>
    <message>
        <source>{path} is a folder. Give the copy a file name, for example {example}.</source>
        <translation>{path} — это папка. Укажите имя файла для копии, например {example}.</translation>
    </message>
    <message>
        <source>{target} refused the copy</source>
        <translation>{target} не принимает копию</translation>
    </message>
    <message>
        <source>{target}: checking the references between records…</source>
        <translation>{target}: проверка ссылок между записями…</translation>
    </message>
    <message>
        <source>{target}: updating the server&apos;s statistics…</source>
        <translation>{target}: обновление статистики сервера…</translation>
    </message>
    <message>
        <source>the archive is in place; {target} could not update its statistics now, so its first opens and searches may be slower until the server&apos;s autovacuum has done so.</source>
        <translation>архив на месте; {target} не удалось сейчас обновить статистику, поэтому первые открытия и поиски могут быть медленнее, пока это не сделает autovacuum сервера.</translation>
    </message>
    <message>
        <source>{path} cannot be changed: {reason}</source>
        <translation>{path} нельзя изменить: {reason}</translation>
    </message>
    <message>
        <source>{source} is not a Summitry archive, so there is nothing to copy.</source>
        <translation>{source} — не архив Summitry, копировать нечего.</translation>
    </message>
    <message>
        <source>{source} is at database version {version}, newer than this Summitry&apos;s {ours}: a copy would leave out what this Summitry does not know. Copy it with a newer Summitry.</source>
        <translation>{source} имеет версию базы данных {version}, более новую, чем {ours} у этой версии Summitry: в копию не попало бы то, чего эта версия не знает. Скопируйте архив более новой версией Summitry.</translation>
    </message>
    <message>
        <source>{source} has no table &apos;{table}&apos;: it is not a whole Summitry archive.</source>
        <translation>В {source} нет таблицы «{table}»: это не полный архив Summitry.</translation>
    </message>
    <message>
        <source>{source} has a column this Summitry does not know ({column}): a copy would leave it out. Copy it with the Summitry that wrote it.</source>
        <translation>В {source} есть столбец, неизвестный этой версии Summitry ({column}): в копию он не попал бы. Скопируйте архив той версией Summitry, которая его записала.</translation>
    </message>
    <message>
        <source>{source} could not be read</source>
        <translation>{source} не удалось прочитать</translation>
    </message>
    <message>
        <source>{target} refused the copy: {reason}. The source&apos;s references do not hold: run &apos;summitry db check&apos; on it. Nothing was copied.</source>
        <translation>{target} не принимает копию: {reason}. Ссылки в источнике нарушены: выполните для него «summitry db check». Ничего не скопировано.</translation>
    </message>
    <message>
        <source>{target} refused the copy: {reason}. Nothing was copied.</source>
        <translation>{target} не принимает копию: {reason}. Ничего не скопировано.</translation>
    </message>
    <message>
        <source>{what}: {reason}. Nothing was copied.</source>
        <translation>{what}: {reason}. Ничего не скопировано.</translation>
    </message>
    <message>
        <source>{target} holds tables of another application ({tables}) and is not a Summitry archive; it is left as it is, even with --replace. Choose a new file or an empty database.</source>
        <translation>В {target} таблицы другого приложения ({tables}), это не архив Summitry; база остаётся как есть, даже с --replace. Выберите новый файл или пустую базу данных.</translation>
    </message>
    <message>
        <source>{target} is a Summitry archive at database version {version}, and this Summitry writes version {ours}; it is left as it is. Upgrade it first (&apos;summitry db upgrade&apos;), or choose a new file or an empty database.</source>
        <translation>{target} — архив Summitry с версией базы данных {version}, а эта версия Summitry записывает версию {ours}; архив остаётся как есть. Сначала обновите его («summitry db upgrade») или выберите новый файл или пустую базу данных.</translation>
    </message>
    <message>
        <source>{target} already holds an archive ({held}); it is left as it is. Add --replace to replace it with the copy (a verified safety copy of it is kept first), or choose a new file or an empty database.</source>
        <translation>В {target} уже есть архив ({held}); он остаётся как есть. Добавьте --replace, чтобы заменить его копией (сначала сохраняется его проверенная страховочная копия), или выберите новый файл или пустую базу данных.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln record(s)</source>
        <translation>
            <numerusform>%Ln запись</numerusform>
            <numerusform>%Ln записи</numerusform>
            <numerusform>%Ln записей</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln saved search(es)</source>
        <translation>
            <numerusform>%Ln сохранённый поиск</numerusform>
            <numerusform>%Ln сохранённых поиска</numerusform>
            <numerusform>%Ln сохранённых поисков</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln dataset(s)</source>
        <translation>
            <numerusform>%Ln набор данных</numerusform>
            <numerusform>%Ln набора данных</numerusform>
            <numerusform>%Ln наборов данных</numerusform>
        </translation>
    </message>
    <message>
        <source>{target} refused a row of the table &apos;{table}&apos;</source>
        <translation>{target} не принимает строку таблицы «{table}»</translation>
    </message>
    <message>
        <source>{target} could not finish the copy</source>
        <translation>{target} не удалось завершить копирование</translation>
    </message>
    <message>
        <source>The copy in {target} has {rows} rows of &apos;{table}&apos; where {source} has {expected}.</source>
        <translation>В копии в {target} строк таблицы «{table}»: {rows}, а в {source}: {expected}.</translation>
    </message>
    <message>
        <source>{path} already exists.</source>
        <translation>{path} уже существует.</translation>
    </message>
    <message>
        <source>{path} could not be written</source>
        <translation>{path} не удалось записать</translation>
    </message>
    <message>
        <source>Could not write {path}: {reason}.</source>
        <translation>Не удалось записать {path}: {reason}.</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>Something went wrong in Summitry. What you were doing was not completed; nothing half-done was saved, and you can keep working.</source>
        <translation>В Summitry произошла ошибка. Начатое действие не выполнено; ничего незавершённого не сохранено, работу можно продолжать.</translation>
    </message>
    <message>
        <source>Summitry closed unexpectedly the last time it ran. Your database is safe: every change is saved whole or not at all. &apos;Show details&apos; shows the technical trace it left; you can copy it into a bug report.</source>
        <translation>При прошлом запуске Summitry неожиданно закрылась. База данных не пострадала: каждое изменение сохраняется целиком или не сохраняется вовсе. Кнопка «Показать подробности» откроет оставшийся технический след; его можно скопировать в сообщение об ошибке.</translation>
    </message>
    <message>
        <source>Summitry — unexpected error</source>
        <translation>Summitry — непредвиденная ошибка</translation>
    </message>
    <message>
        <source>The details are kept in {path}.</source>
        <translation>Подробности записаны в {path}.</translation>
    </message>
    <message>
        <source>The details could not be written to a log.</source>
        <translation>Подробности не удалось записать в журнал.</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>Копировать подробности</translation>
    </message>
    <message>
        <source>Hide details</source>
        <translation>Скрыть подробности</translation>
    </message>
    <message>
        <source>Show details</source>
        <translation>Показать подробности</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Скопировано</translation>
    </message>
    <message>
        <source>Summitry — closed unexpectedly last time</source>
        <translation>Summitry — неожиданное закрытие при прошлом запуске</translation>
    </message>
</context>
<context>
    <name>DataExportActions</name>
    <message>
        <source>Spreadsheet (CSV)</source>
        <translation>таблицу (CSV)</translation>
    </message>
    <message>
        <source>CSV spreadsheets (*.csv)</source>
        <translation>Таблицы CSV (*.csv)</translation>
    </message>
    <message>
        <source>Calendar (ICS)</source>
        <translation>календарь (ICS)</translation>
    </message>
    <message>
        <source>iCalendar files (*.ics)</source>
        <translation>Файлы iCalendar (*.ics)</translation>
    </message>
    <message>
        <source>Export &amp;Data</source>
        <translation>Экспорт &amp;данных</translation>
    </message>
    <message>
        <source>Selected Records to &amp;Spreadsheet (CSV)…</source>
        <translation>Выбранные записи в &amp;таблицу (CSV)…</translation>
    </message>
    <message>
        <source>One row per record, for a spreadsheet</source>
        <translation>По строке на запись, для электронной таблицы</translation>
    </message>
    <message>
        <source>Selected Records to &amp;Calendar (ICS)…</source>
        <translation>Выбранные записи в &amp;календарь (ICS)…</translation>
    </message>
    <message>
        <source>The dated meetings and rounds</source>
        <translation>Встречи и раунды с датами</translation>
    </message>
    <message>
        <source>Search Results to S&amp;preadsheet (CSV)…</source>
        <translation>Результаты поиска в т&amp;аблицу (CSV)…</translation>
    </message>
    <message>
        <source>One row per record the search finds</source>
        <translation>По строке на каждую найденную запись</translation>
    </message>
    <message>
        <source>Search Results to C&amp;alendar (ICS)…</source>
        <translation>Результаты поиска в ка&amp;лендарь (ICS)…</translation>
    </message>
    <message>
        <source>The dated meetings and rounds it finds</source>
        <translation>Найденные встречи и раунды с датами</translation>
    </message>
    <message>
        <source>Export to {format}</source>
        <translation>Экспорт в {format}</translation>
    </message>
    <message>
        <source>Nothing to export</source>
        <translation>Нечего экспортировать</translation>
    </message>
    <message>
        <source>Select a record in the tree first.</source>
        <translation>Сначала выберите запись в дереве.</translation>
    </message>
    <message numerus="yes">
        <source>Summitry (%n record(s))</source>
        <translation>
            <numerusform>Summitry (%n запись)</numerusform>
            <numerusform>Summitry (%n записи)</numerusform>
            <numerusform>Summitry (%n записей)</numerusform>
        </translation>
    </message>
    <message>
        <source>No search</source>
        <translation>Поиск не выполнен</translation>
    </message>
    <message>
        <source>Search first (Ctrl+F); then export what it finds.</source>
        <translation>Сначала выполните поиск (Ctrl+F), затем экспортируйте найденное.</translation>
    </message>
    <message>
        <source>The search &apos;{query}&apos; finds no records.</source>
        <translation>По запросу «{query}» ничего не найдено.</translation>
    </message>
    <message>
        <source>Too many records</source>
        <translation>Слишком много записей</translation>
    </message>
    <message numerus="yes">
        <source>The search &apos;{query}&apos; finds more than %Ln records. Narrow it (for example add year:2016 or forum:ARF), or export everything with: summitry export -o FILE</source>
        <translation>
            <numerusform>По запросу «{query}» найдено больше %Ln записи. Уточните запрос (например, добавьте year:2016 или forum:ARF) или экспортируйте всю базу командой: summitry export -o ФАЙЛ</numerusform>
            <numerusform>По запросу «{query}» найдено больше %Ln записей. Уточните запрос (например, добавьте year:2016 или forum:ARF) или экспортируйте всю базу командой: summitry export -o ФАЙЛ</numerusform>
            <numerusform>По запросу «{query}» найдено больше %Ln записей. Уточните запрос (например, добавьте year:2016 или forum:ARF) или экспортируйте всю базу командой: summitry export -o ФАЙЛ</numerusform>
        </translation>
    </message>
    <message>
        <source>Summitry search</source>
        <translation>Поиск Summitry</translation>
    </message>
    <message>
        <source>Writing {name}…</source>
        <translation>Запись файла {name}…</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Экспорт</translation>
    </message>
    <message>
        <source>Could not write {name}: {reason}.
Nothing was changed.</source>
        <translation>Не удалось записать {name}: {reason}.
Ничего не изменено.</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Экспорт не выполнен</translation>
    </message>
    <message>
        <source>Nothing to put in a calendar</source>
        <translation>Нечего поместить в календарь</translation>
    </message>
    <message>
        <source>None of these records is a meeting or round with a date. Nothing was written.</source>
        <translation>Среди этих записей нет встреч или раундов с датой. Файл не записан.</translation>
    </message>
</context>
<context>
    <name>DataExportText</name>
    <message numerus="yes">
        <source>Exported %n record(s) to {path}</source>
        <translation>
            <numerusform>В файл {path} экспортирована %n запись</numerusform>
            <numerusform>В файл {path} экспортированы %n записи</numerusform>
            <numerusform>В файл {path} экспортировано %n записей</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n calendar event(s) to {path} (left out: {left})</source>
        <translation>
            <numerusform>В файл {path} экспортировано %n событие календаря (пропущено: {left})</numerusform>
            <numerusform>В файл {path} экспортировано %n события календаря (пропущено: {left})</numerusform>
            <numerusform>В файл {path} экспортировано %n событий календаря (пропущено: {left})</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n calendar event(s) to {path}</source>
        <translation>
            <numerusform>В файл {path} экспортировано %n событие календаря</numerusform>
            <numerusform>В файл {path} экспортировано %n события календаря</numerusform>
            <numerusform>В файл {path} экспортировано %n событий календаря</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DataText</name>
    <message>
        <source>{path}: nothing was imported.</source>
        <translation>{path}: ничего не импортировано.</translation>
    </message>
    <message>
        <source>Not tried: {paths}.</source>
        <translation>Не обработаны: {paths}.</translation>
    </message>
    <message>
        <source>The search &apos;{query}&apos; finds no records; nothing was written.</source>
        <translation>Поиск «{query}» не нашёл записей; ничего не записано.</translation>
    </message>
    <message numerus="yes">
        <source>The search &apos;{query}&apos; finds more than %Ln records; narrow it (for example add year:2016 or forum:ARF), or leave out --query to export everything.</source>
        <translation>
            <numerusform>Поиск «{query}» находит более %Ln записи; уточните его (например, добавьте year:2016 или forum:АРФ) или уберите --query, чтобы экспортировать всё.</numerusform>
            <numerusform>Поиск «{query}» находит более %Ln записей; уточните его (например, добавьте year:2016 или forum:АРФ) или уберите --query, чтобы экспортировать всё.</numerusform>
            <numerusform>Поиск «{query}» находит более %Ln записей; уточните его (например, добавьте year:2016 или forum:АРФ) или уберите --query, чтобы экспортировать всё.</numerusform>
        </translation>
    </message>
    <message>
        <source>{reason}; nothing was written.</source>
        <translation>{reason}; ничего не записано.</translation>
    </message>
    <message>
        <source>Cannot write {path}: {reason}. Nothing was written.</source>
        <translation>Не удаётся записать {path}: {reason}. Ничего не записано.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n record(s) to {path}</source>
        <translation>
            <numerusform>Экспортирована %n запись в {path}</numerusform>
            <numerusform>Экспортированы %n записи в {path}</numerusform>
            <numerusform>Экспортировано %n записей в {path}</numerusform>
        </translation>
    </message>
    <message>
        <source> (left out: {records})</source>
        <translation> (пропущено: {records})</translation>
    </message>
    <message>
        <source>None of the records chosen is a dated meeting or round{note}; nothing was written.</source>
        <translation>Среди выбранных записей нет встреч или раундов с датой{note}; ничего не записано.</translation>
    </message>
    <message numerus="yes">
        <source>%n meeting(s)</source>
        <translation>
            <numerusform>%n встреча</numerusform>
            <numerusform>%n встречи</numerusform>
            <numerusform>%n встреч</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n round(s)</source>
        <translation>
            <numerusform>%n раунд</numerusform>
            <numerusform>%n раунда</numerusform>
            <numerusform>%n раундов</numerusform>
        </translation>
    </message>
    <message>
        <source> and </source>
        <translation> и </translation>
    </message>
    <message>
        <source>Exported {events} to {path} as calendar events{note}</source>
        <translation>Экспортировано в {path} как события календаря: {events}{note}</translation>
    </message>
</context>
<context>
    <name>DatabaseChoice</name>
    <message>
        <source>The database opened last time, {last}, is no longer there (moved, deleted, or on a drive that is not connected); Summitry opened the default database, {default}, instead.</source>
        <translation>База данных, открытая в прошлый раз ({last}), не найдена (перемещена, удалена или находится на неподключённом диске); вместо неё Summitry открыла базу данных по умолчанию: {default}.</translation>
    </message>
    <message>
        <source>Opened {path}.</source>
        <translation>Открыта база данных {path}.</translation>
    </message>
    <message>
        <source>Started a new database at {path} with the bundled dataset.</source>
        <translation>Создана новая база данных {path} со встроенным набором данных.</translation>
    </message>
    <message>
        <source>Connected to {path}.</source>
        <translation>Подключено к {path}.</translation>
    </message>
    <message>
        <source>Opening {path}…</source>
        <translation>Открытие {path}…</translation>
    </message>
</context>
<context>
    <name>DatabaseFiles</name>
    <message>
        <source>Summitry databases (*.sqlite3 *.sqlite *.db);;All files (*)</source>
        <translation>Базы данных Summitry (*.sqlite3 *.sqlite *.db);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Open Database</source>
        <translation>Открыть базу данных</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Открыть</translation>
    </message>
    <message>
        <source>New Database</source>
        <translation>Новая база данных</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Создать</translation>
    </message>
    <message>
        <source>The file already exists</source>
        <translation>Файл уже существует</translation>
    </message>
    <message>
        <source>{path} already exists and was left as it is.

Choose another name, or open it with File ▸ Open Database….</source>
        <translation>Файл {path} уже существует и оставлен без изменений.

Выберите другое имя или откройте его командой Файл ▸ Открыть базу данных….</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>e.g. 2013-11, 2016-23 (autumn), 2016-07-25/2016-07-26</source>
        <translation>напр. 2013-11, 2016-23 (осень), 2016-07-25/2016-07-26</translation>
    </message>
</context>
<context>
    <name>DateText</name>
    <message>
        <source>&apos;{value}&apos; is not an EDTF date</source>
        <translation>«{value}» — не дата EDTF</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; names a day that does not exist ({day})</source>
        <translation>«{value}» называет несуществующий день ({day})</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a valid EDTF date (examples: 2014, 2013-11, 2016-23 for autumn 2016, 2016-07-25/2016-07-26)</source>
        <translation>«{value}» — не допустимая дата EDTF (примеры: 2014, 2013-11, 2016-23 — осень 2016, 2016-07-25/2016-07-26)</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is outside the years Summitry handles (1 to 9999)</source>
        <translation>«{value}» вне лет, с которыми работает Summitry (с 1 по 9999)</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; ends before it starts</source>
        <translation>«{value}» заканчивается раньше, чем начинается</translation>
    </message>
</context>
<context>
    <name>DbText</name>
    <message numerus="yes">
        <source>Set the date bounds of %n record(s) from their dates.</source>
        <translation>
            <numerusform>Границы даты %n записи пересчитаны по её дате.</numerusform>
            <numerusform>Границы дат %n записей пересчитаны по их датам.</numerusform>
            <numerusform>Границы дат %n записей пересчитаны по их датам.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Moved %n citation(s) to where their quoted passages now are.</source>
        <translation>
            <numerusform>%n цитата перенесена туда, где теперь находится цитируемый фрагмент.</numerusform>
            <numerusform>%n цитаты перенесены туда, где теперь находятся цитируемые фрагменты.</numerusform>
            <numerusform>%n цитат перенесены туда, где теперь находятся цитируемые фрагменты.</numerusform>
        </translation>
    </message>
    <message>
        <source>Rebuilt the search index.</source>
        <translation>Поисковый индекс построен заново.</translation>
    </message>
    <message>
        <source>{database}: no problems found.</source>
        <translation>{database}: проблем не найдено.</translation>
    </message>
    <message>
        <source>not checked: {what}</source>
        <translation>не проверено: {what}</translation>
    </message>
    <message>
        <source>Backup written and verified: {path}</source>
        <translation>Резервная копия записана и проверена: {path}</translation>
    </message>
    <message>
        <source>{reason}: {file}. The database is unchanged.</source>
        <translation>{reason}: {file}. База данных не изменена.</translation>
    </message>
    <message>
        <source>Waiting for another import into {archive} to finish…</source>
        <translation>Ожидание завершения другого импорта в {archive}…</translation>
    </message>
    <message>
        <source>Copied {source} to {target}: {records} ({rows}) in {seconds} s.</source>
        <translation>Копирование {source} в {target} завершено: {records} ({rows}) за {seconds} с.</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n запись</numerusform>
            <numerusform>%n записи</numerusform>
            <numerusform>%n записей</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n строка</numerusform>
            <numerusform>%n строки</numerusform>
            <numerusform>%n строк</numerusform>
        </translation>
    </message>
    <message>
        <source>What {archive} held before is kept, verified, at {path}.</source>
        <translation>Прежнее содержимое {archive} сохранено и проверено: {path}.</translation>
    </message>
    <message>
        <source>Checked {database}: no problems found.</source>
        <translation>Проверка {database}: проблем не найдено.</translation>
    </message>
    <message numerus="yes">
        <source>&apos;summitry db check&apos; found %n problem(s) in the copy, as in its source.</source>
        <translation>
            <numerusform>Проверка «summitry db check» нашла в копии %n проблему, как и в источнике.</numerusform>
            <numerusform>Проверка «summitry db check» нашла в копии %n проблемы, как и в источнике.</numerusform>
            <numerusform>Проверка «summitry db check» нашла в копии %n проблем, как и в источнике.</numerusform>
        </translation>
    </message>
    <message>
        <source>{database} is at database version {version} already: nothing to upgrade.</source>
        <translation>{database} уже имеет версию базы данных {version}: обновлять нечего.</translation>
    </message>
    <message>
        <source>{database} upgraded from database version {before} to {after}.</source>
        <translation>{database}: база данных обновлена с версии {before} до {after}.</translation>
    </message>
    <message>
        <source>The archive as it was is backed up, verified, at {path}.</source>
        <translation>Резервная копия архива в прежнем виде записана и проверена: {path}.</translation>
    </message>
    <message>
        <source>Restored {archive} from {backup}.</source>
        <translation>{archive}: восстановлено из {backup}.</translation>
    </message>
    <message>
        <source>The archive as it was is kept at {path}.</source>
        <translation>Прежнее состояние архива сохранено в {path}.</translation>
    </message>
    <message>
        <source>Note: {note}</source>
        <translation>Примечание: {note}</translation>
    </message>
    <message>
        <source>--force is for an archive on a server: a backup of another database is never restored over a file.</source>
        <translation>--force — только для архива на сервере: резервная копия другой базы данных никогда не восстанавливается поверх файла.</translation>
    </message>
    <message>
        <source>Waiting for another program to finish writing to {path} …</source>
        <translation>Ожидание, пока другая программа закончит запись в {path}…</translation>
    </message>
    <message>
        <source>another process</source>
        <translation>другой процесс</translation>
    </message>
    <message>
        <source>Summitry is running with {path} ({who}). Use &apos;Restore newest verified backup&apos; in its window, or close it and try again.</source>
        <translation>Summitry работает с {path} ({who}). Воспользуйтесь командой «Восстановить последнюю проверенную копию» в его окне или закройте его и повторите попытку.</translation>
    </message>
    <message>
        <source>Note: the records&apos; history was not carried over from the database as it was: {reason}</source>
        <translation>Примечание: история записей не перенесена из прежнего состояния базы данных: {reason}</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) changed by the restore; each has a revision (&apos;summitry history ID&apos;).</source>
        <translation>
            <numerusform>%n запись изменена восстановлением; у неё есть версия («summitry history ID»).</numerusform>
            <numerusform>%n записи изменены восстановлением; у каждой есть версия («summitry history ID»).</numerusform>
            <numerusform>%n записей изменены восстановлением; у каждой есть версия («summitry history ID»).</numerusform>
        </translation>
    </message>
    <message>
        <source>{problem} Nothing was changed.</source>
        <translation>{problem} Ничего не изменено.</translation>
    </message>
    <message>
        <source>Could not finish: {reason} ({file}).</source>
        <translation>Не удалось завершить: {reason} ({file}).</translation>
    </message>
    <message>
        <source>Could not finish: {reason}.</source>
        <translation>Не удалось завершить: {reason}.</translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message>
        <source>{type} · id {id}</source>
        <translation>{type} · идентификатор {id}</translation>
    </message>
    <message>
        <source>uncited</source>
        <translation>без ссылок</translation>
    </message>
    <message>
        <source>Cited</source>
        <translation>Ссылки</translation>
    </message>
    <message>
        <source>Topics:</source>
        <translation>Темы:</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Повестка дня</translation>
    </message>
    <message>
        <source>Related</source>
        <translation>Связанные записи</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Источники</translation>
    </message>
    <message>
        <source>Not from a source</source>
        <translation>Не из источника</translation>
    </message>
    <message>
        <source>note</source>
        <translation>примечание</translation>
    </message>
    <message>
        <source>passage</source>
        <translation>фрагмент</translation>
    </message>
</context>
<context>
    <name>DetailView</name>
    <message>
        <source>Record details</source>
        <translation>Сведения о записи</translation>
    </message>
    <message>
        <source>Copy record id ({id})</source>
        <translation>Копировать идентификатор записи ({id})</translation>
    </message>
</context>
<context>
    <name>EditingController</name>
    <message>
        <source>Ne&amp;w</source>
        <translation>Соз&amp;дать</translation>
    </message>
    <message>
        <source>A new meeting in the selected forum</source>
        <translation>Новая встреча в выбранном форуме</translation>
    </message>
    <message>
        <source>A new record: {label}</source>
        <translation>Новая запись: {label}</translation>
    </message>
    <message>
        <source>New Sou&amp;rce…</source>
        <translation>Новый исто&amp;чник…</translation>
    </message>
    <message>
        <source>Paste a text, or read a .txt, .html or .pdf file</source>
        <translation>Вставьте текст или прочитайте файл .txt, .html или .pdf</translation>
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
        <source>&amp;Edit Record…</source>
        <translation>Из&amp;менить запись…</translation>
    </message>
    <message>
        <source>Edit the shown record</source>
        <translation>Изменить показанную запись</translation>
    </message>
    <message>
        <source>&amp;Delete Record…</source>
        <translation>&amp;Удалить запись…</translation>
    </message>
    <message>
        <source>Delete the shown record</source>
        <translation>Удалить показанную запись</translation>
    </message>
    <message>
        <source>&amp;Cite Selection</source>
        <translation>&amp;Сослаться на выделенное</translation>
    </message>
    <message>
        <source>Cite the passage selected in the source</source>
        <translation>Сослаться на фрагмент, выделенный в источнике</translation>
    </message>
    <message>
        <source>Edit No&amp;te</source>
        <translation>&amp;Заметка</translation>
    </message>
    <message>
        <source>&amp;Cite Selection for {target}</source>
        <translation>&amp;Сослаться на выделенное для: {target}</translation>
    </message>
    <message>
        <source>Delete record</source>
        <translation>Удаление записи</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… и ещё %n</numerusform>
            <numerusform>… и ещё %n</numerusform>
            <numerusform>… и ещё %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete “{title}”? %n record(s) refer to it:</source>
        <translation>
            <numerusform>Удалить «{title}»? На неё ссылается %n запись:</numerusform>
            <numerusform>Удалить «{title}»? На неё ссылаются %n записи:</numerusform>
            <numerusform>Удалить «{title}»? На неё ссылаются %n записей:</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete Them Too</source>
        <translation>Удалить и их</translation>
    </message>
    <message>
        <source>Keep Them, Detached</source>
        <translation>Оставить их, убрав ссылку</translation>
    </message>
    <message>
        <source>Delete “{title}”? Undo (Ctrl+Z) brings it back.</source>
        <translation>Удалить «{title}»? Отмена (Ctrl+Z) вернёт её.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Not deleted: {who} changed {id} meanwhile. Look at it again first.</source>
        <translation>Не удалено: {who} тем временем изменил(а) {id}. Сначала посмотрите на запись ещё раз.</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>кто-то</translation>
    </message>
    <message>
        <source>Deleted {id}</source>
        <translation>Удалено: {id}</translation>
    </message>
    <message>
        <source>Cannot {step}: {who} changed the record since.</source>
        <translation>Нельзя выполнить «{step}»: {who} с тех пор изменил(а) запись.</translation>
    </message>
    <message>
        <source>Done: {step}</source>
        <translation>Выполнено: {step}</translation>
    </message>
    <message>
        <source>Restored {id} as it was after that revision</source>
        <translation>{id} восстановлена в виде после этой правки</translation>
    </message>
    <message>
        <source>Note saved on {id}</source>
        <translation>Заметка к {id} сохранена</translation>
    </message>
    <message>
        <source>Note removed from {id}</source>
        <translation>Заметка к {id} удалена</translation>
    </message>
    <message>
        <source>Cited for {target}</source>
        <translation>Ссылка добавлена для: {target}</translation>
    </message>
    <message>
        <source>Not cited: {id} has problems to fix first ({problem})</source>
        <translation>Ссылка не добавлена: в {id} сначала надо исправить ошибки ({problem})</translation>
    </message>
    <message>
        <source>Not cited: {who} changed {id} meanwhile</source>
        <translation>Ссылка не добавлена: {who} тем временем изменил(а) {id}</translation>
    </message>
    <message>
        <source>Cite for {target}</source>
        <translation>Сослаться для: {target}</translation>
    </message>
</context>
<context>
    <name>ExportText</name>
    <message>
        <source>Name the records to print: --id ID (repeat --id for a dossier), or --query QUERY.</source>
        <translation>Укажите записи для печати: --id ID (повторите --id для досье) или --query ЗАПРОС.</translation>
    </message>
    <message>
        <source>Note: {hint}</source>
        <translation>Примечание: {hint}</translation>
    </message>
    <message>
        <source>Nothing was written to {path}.</source>
        <translation>В {path} ничего не записано.</translation>
    </message>
    <message>
        <source>Warning: {warning}</source>
        <translation>Предупреждение: {warning}</translation>
    </message>
    <message numerus="yes">
        <source>Wrote the brief of {id} (%n page(s)) to {path}</source>
        <translation>
            <numerusform>Справка по {id} (%n страница) записана в {path}</numerusform>
            <numerusform>Справка по {id} (%n страницы) записана в {path}</numerusform>
            <numerusform>Справка по {id} (%n страниц) записана в {path}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote the dossier of {records} records (%n page(s)) to {path}</source>
        <translation>
            <numerusform>Досье (записей: {records}; %n страница) записано в {path}</numerusform>
            <numerusform>Досье (записей: {records}; %n страницы) записано в {path}</numerusform>
            <numerusform>Досье (записей: {records}; %n страниц) записано в {path}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FieldLabel</name>
    <message>
        <source>id</source>
        <translation>идентификатор</translation>
    </message>
    <message>
        <source>citations</source>
        <translation>ссылки на источники</translation>
    </message>
    <message>
        <source>citation</source>
        <translation>ссылка на источник</translation>
    </message>
    <message>
        <source>source</source>
        <translation>источник</translation>
    </message>
    <message>
        <source>quoted passage</source>
        <translation>цитируемый фрагмент</translation>
    </message>
    <message>
        <source>start</source>
        <translation>начало</translation>
    </message>
    <message>
        <source>end</source>
        <translation>конец</translation>
    </message>
    <message>
        <source>paragraph</source>
        <translation>абзац</translation>
    </message>
    <message>
        <source>note</source>
        <translation>примечание</translation>
    </message>
    <message>
        <source>basis</source>
        <translation>основание</translation>
    </message>
    <message>
        <source>other name</source>
        <translation>другое название</translation>
    </message>
    <message>
        <source>name</source>
        <translation>название</translation>
    </message>
    <message>
        <source>language</source>
        <translation>язык</translation>
    </message>
    <message>
        <source>figure</source>
        <translation>показатель</translation>
    </message>
    <message>
        <source>label</source>
        <translation>подпись</translation>
    </message>
    <message>
        <source>value</source>
        <translation>значение</translation>
    </message>
    <message>
        <source>as of</source>
        <translation>по состоянию на</translation>
    </message>
    <message>
        <source>member</source>
        <translation>участник</translation>
    </message>
    <message>
        <source>country</source>
        <translation>страна</translation>
    </message>
    <message>
        <source>role</source>
        <translation>роль</translation>
    </message>
    <message>
        <source>since</source>
        <translation>с</translation>
    </message>
    <message>
        <source>until</source>
        <translation>по</translation>
    </message>
    <message>
        <source>joined at</source>
        <translation>вступление на встрече</translation>
    </message>
    <message>
        <source>participant</source>
        <translation>участник</translation>
    </message>
    <message>
        <source>organisation</source>
        <translation>организация</translation>
    </message>
    <message>
        <source>head of delegation</source>
        <translation>глава делегации</translation>
    </message>
    <message>
        <source>head&apos;s title</source>
        <translation>должность главы</translation>
    </message>
    <message>
        <source>agenda item</source>
        <translation>пункт повестки</translation>
    </message>
    <message>
        <source>title</source>
        <translation>название</translation>
    </message>
    <message>
        <source>description</source>
        <translation>описание</translation>
    </message>
    <message>
        <source>topics</source>
        <translation>темы</translation>
    </message>
    <message>
        <source>related outcome</source>
        <translation>связанный документ</translation>
    </message>
    <message>
        <source>outcome</source>
        <translation>итоговый документ</translation>
    </message>
    <message>
        <source>relation</source>
        <translation>связь</translation>
    </message>
    <message>
        <source>dataset</source>
        <translation>набор данных</translation>
    </message>
    <message>
        <source>version</source>
        <translation>версия</translation>
    </message>
    <message>
        <source>publisher</source>
        <translation>издатель</translation>
    </message>
    <message>
        <source>date</source>
        <translation>дата</translation>
    </message>
    <message>
        <source>languages</source>
        <translation>языки</translation>
    </message>
    <message>
        <source>web address</source>
        <translation>веб-адрес</translation>
    </message>
    <message>
        <source>text</source>
        <translation>текст</translation>
    </message>
    <message>
        <source>ISO code</source>
        <translation>код ISO</translation>
    </message>
    <message>
        <source>ISO alpha-3 code</source>
        <translation>код ISO alpha-3</translation>
    </message>
    <message>
        <source>other names</source>
        <translation>другие названия</translation>
    </message>
    <message>
        <source>topic</source>
        <translation>тема</translation>
    </message>
    <message>
        <source>forum</source>
        <translation>форум</translation>
    </message>
    <message>
        <source>abbreviation</source>
        <translation>сокращение</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>вид</translation>
    </message>
    <message>
        <source>founded</source>
        <translation>основан</translation>
    </message>
    <message>
        <source>part of</source>
        <translation>входит в</translation>
    </message>
    <message>
        <source>number of participants</source>
        <translation>число участников</translation>
    </message>
    <message>
        <source>figures</source>
        <translation>показатели</translation>
    </message>
    <message>
        <source>members</source>
        <translation>участники</translation>
    </message>
    <message>
        <source>meeting</source>
        <translation>встреча</translation>
    </message>
    <message>
        <source>number in its series</source>
        <translation>номер в серии</translation>
    </message>
    <message>
        <source>level</source>
        <translation>уровень</translation>
    </message>
    <message>
        <source>city</source>
        <translation>город</translation>
    </message>
    <message>
        <source>host country</source>
        <translation>принимающая страна</translation>
    </message>
    <message>
        <source>status</source>
        <translation>статус</translation>
    </message>
    <message>
        <source>status as of</source>
        <translation>статус на дату</translation>
    </message>
    <message>
        <source>on the sidelines</source>
        <translation>на полях</translation>
    </message>
    <message>
        <source>participants</source>
        <translation>участники</translation>
    </message>
    <message>
        <source>agenda</source>
        <translation>повестка</translation>
    </message>
    <message>
        <source>process</source>
        <translation>процесс</translation>
    </message>
    <message>
        <source>goal</source>
        <translation>цель</translation>
    </message>
    <message>
        <source>rounds</source>
        <translation>раунды</translation>
    </message>
    <message>
        <source>round</source>
        <translation>раунд</translation>
    </message>
    <message>
        <source>number</source>
        <translation>номер</translation>
    </message>
    <message>
        <source>adopted at</source>
        <translation>принят на</translation>
    </message>
    <message>
        <source>period covered</source>
        <translation>охватываемый период</translation>
    </message>
    <message>
        <source>related outcomes</source>
        <translation>связанные документы</translation>
    </message>
    <message>
        <source>names in other languages</source>
        <translation>названия на других языках</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Any forum</source>
        <translation>Любой форум</translation>
    </message>
    <message>
        <source>Any type</source>
        <translation>Любой тип</translation>
    </message>
    <message>
        <source>Any country</source>
        <translation>Любая страна</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Любой статус</translation>
    </message>
    <message>
        <source>Any topic</source>
        <translation>Любая тема</translation>
    </message>
    <message>
        <source>Filter by forum</source>
        <translation>Отбор по форуму</translation>
    </message>
    <message>
        <source>Filter by type</source>
        <translation>Отбор по типу</translation>
    </message>
    <message>
        <source>Filter by country</source>
        <translation>Отбор по стране</translation>
    </message>
    <message>
        <source>Filter by status</source>
        <translation>Отбор по статусу</translation>
    </message>
    <message>
        <source>Filter by topic</source>
        <translation>Отбор по теме</translation>
    </message>
    <message>
        <source>From: {example}</source>
        <translation>С {example}</translation>
    </message>
    <message>
        <source>To: {example}</source>
        <translation>По {example}</translation>
    </message>
    <message>
        <source>Dates from</source>
        <translation>Даты с</translation>
    </message>
    <message>
        <source>Dates to</source>
        <translation>Даты по</translation>
    </message>
    <message>
        <source>Dates from (2014, 2013-11 or 2013-11-14); writes date:FROM..TO</source>
        <translation>Даты с (2014, 2013-11 или 2013-11-14); добавляет в запрос date:С..ПО</translation>
    </message>
    <message>
        <source>Dates to (2016, 2016-06 or 2016-06-30); writes date:FROM..TO</source>
        <translation>Даты по (2016, 2016-06 или 2016-06-30); добавляет в запрос date:С..ПО</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Даты</translation>
    </message>
    <message>
        <source>Not a date the search understands: write 2014, 2013-11 or 2013-11-14.</source>
        <translation>Поиск не понимает такую дату: напишите 2014, 2013-11 или 2013-11-14.</translation>
    </message>
</context>
<context>
    <name>Fonts</name>
    <message>
        <source>This document contains Chinese, Japanese or Korean text, but no font for it is installed, so those characters print as empty boxes. Install a CJK font (for example Noto Sans CJK, Debian package fonts-noto-cjk) and export again.</source>
        <translation>В документе есть текст на китайском, японском или корейском языке, но шрифт для него не установлен, поэтому эти знаки печатаются пустыми прямоугольниками. Установите шрифт CJK (например, Noto Sans CJK, пакет Debian fonts-noto-cjk) и повторите экспорт.</translation>
    </message>
</context>
<context>
    <name>ForumTreeModel</name>
    <message>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>id {id}</source>
        <translation>идентификатор {id}</translation>
    </message>
</context>
<context>
    <name>GrantText</name>
    <message>
        <source>Readers and editors are for an archive on a PostgreSQL server; a file is one person&apos;s (share it by putting the archive on a server: see &apos;Sharing an archive with a team&apos; in the README). Nothing was changed.</source>
        <translation>Читатели и редакторы бывают у архива на сервере PostgreSQL; файл принадлежит одному человеку (чтобы поделиться архивом, перенесите его на сервер: см. «Sharing an archive with a team» в README). Ничего не изменено.</translation>
    </message>
    <message>
        <source>There is no user &apos;{name}&apos; on the server of {archive}.</source>
        <translation>На сервере {archive} нет пользователя «{name}».</translation>
    </message>
    <message>
        <source>Its administrator creates one first (createuser {name}). Nothing was changed.</source>
        <translation>Сначала его создаёт администратор (createuser {name}). Ничего не изменено.</translation>
    </message>
    <message>
        <source>{name} may no longer read or change {archive}.</source>
        <translation>{name} больше не может читать и изменять {archive}.</translation>
    </message>
    <message>
        <source>{name} may now read {archive}, and change nothing.</source>
        <translation>{name} теперь может читать {archive}, ничего не изменяя.</translation>
    </message>
    <message>
        <source>{name} may now read and change the records of {archive} (not upgrade it).</source>
        <translation>{name} теперь может читать и изменять записи {archive} (но не обновлять архив).</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Кто</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Что</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Изменено</translation>
    </message>
    <message>
        <source>Restore This Revision</source>
        <translation>Восстановить эту правку</translation>
    </message>
    <message numerus="yes">
        <source>%n revision(s) of {id}</source>
        <translation>
            <numerusform>%n правка {id}</numerusform>
            <numerusform>%n правки {id}</numerusform>
            <numerusform>%n правок {id}</numerusform>
        </translation>
    </message>
    <message>
        <source>No revisions of {id} yet</source>
        <translation>У {id} пока нет правок</translation>
    </message>
    <message>
        <source>before: {before}
after: {after}</source>
        <translation>было: {before}
стало: {after}</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import</source>
        <translation>Импорт</translation>
    </message>
    <message numerus="yes">
        <source>Importing %n file(s)…</source>
        <translation>
            <numerusform>Импорт %n файла…</numerusform>
            <numerusform>Импорт %n файлов…</numerusform>
            <numerusform>Импорт %n файлов…</numerusform>
        </translation>
    </message>
    <message>
        <source>Copy All</source>
        <translation>Копировать все</translation>
    </message>
    <message>
        <source>Copy every problem, one line each (Ctrl+C copies the selected rows)</source>
        <translation>Копировать все ошибки, по строке на каждую (Ctrl+C копирует выделенные строки)</translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>Импорт не выполнен</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Отмена…</translation>
    </message>
    <message>
        <source>Summitry data (*.json *.yaml *.yml);;All files (*)</source>
        <translation>Данные Summitry (*.json *.yaml *.yml);;Все файлы (*)</translation>
    </message>
</context>
<context>
    <name>ImportText</name>
    <message>
        <source>Import failed: nothing was imported.</source>
        <translation>Импорт не выполнен: ничего не импортировано.</translation>
    </message>
    <message numerus="yes">
        <source>Import finished with problems: {imported} of %n file(s) were imported.</source>
        <translation>
            <numerusform>Импорт завершён с ошибками: импортировано файлов — {imported} из %n.</numerusform>
            <numerusform>Импорт завершён с ошибками: импортировано файлов — {imported} из %n.</numerusform>
            <numerusform>Импорт завершён с ошибками: импортировано файлов — {imported} из %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import cancelled: nothing more was written.</source>
        <translation>Импорт отменён: больше ничего не записано.</translation>
    </message>
    <message>
        <source>Import finished.</source>
        <translation>Импорт завершён.</translation>
    </message>
</context>
<context>
    <name>ImportWords</name>
    <message numerus="yes">
        <source>{file}: nothing changed (%n record(s) already up to date).</source>
        <translation>
            <numerusform>{file}: ничего не изменилось (%n запись уже актуальна).</numerusform>
            <numerusform>{file}: ничего не изменилось (%n записи уже актуальны).</numerusform>
            <numerusform>{file}: ничего не изменилось (%n записей уже актуальны).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{file}: %n added, {updated} updated, {unchanged} unchanged.</source>
        <translation>
            <numerusform>{file}: добавлена %n, обновлено {updated}, без изменений {unchanged}.</numerusform>
            <numerusform>{file}: добавлено %n, обновлено {updated}, без изменений {unchanged}.</numerusform>
            <numerusform>{file}: добавлено %n, обновлено {updated}, без изменений {unchanged}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of your own records with the same ids were left as they are.</source>
        <translation>
            <numerusform>%n ваша запись с тем же идентификатором оставлена как есть.</numerusform>
            <numerusform>%n ваши записи с теми же идентификаторами оставлены как есть.</numerusform>
            <numerusform>%n ваших записей с теми же идентификаторами оставлены как есть.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Citations moved to where their quoted passages now are in the changed sources: {count} (in %n record(s)).</source>
        <translation>
            <numerusform>Ссылки перенесены туда, где их цитаты теперь стоят в изменённых источниках: {count} (в %n записи).</numerusform>
            <numerusform>Ссылки перенесены туда, где их цитаты теперь стоят в изменённых источниках: {count} (в %n записях).</numerusform>
            <numerusform>Ссылки перенесены туда, где их цитаты теперь стоят в изменённых источниках: {count} (в %n записях).</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking records</source>
        <translation>Проверка записей</translation>
    </message>
    <message>
        <source>Checking the format of each record</source>
        <translation>Проверка формата каждой записи</translation>
    </message>
    <message>
        <source>Reading the file</source>
        <translation>Чтение файла</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Готово</translation>
    </message>
    <message>
        <source>Writing the history of each record</source>
        <translation>Сохранение истории изменений записей</translation>
    </message>
    <message>
        <source>Checking the references between records</source>
        <translation>Проверка связей между записями</translation>
    </message>
    <message>
        <source>Checking the citations of changed sources</source>
        <translation>Проверка ссылок на изменённые источники</translation>
    </message>
    <message>
        <source>Reading records</source>
        <translation>Чтение записей</translation>
    </message>
    <message>
        <source>Writing records</source>
        <translation>Запись записей в базу</translation>
    </message>
    <message>
        <source>Writing the agenda and the search index</source>
        <translation>Запись повестки дня и поискового индекса</translation>
    </message>
    <message numerus="yes">
        <source>{file}: %n problem(s) found; nothing was imported.</source>
        <translation>
            <numerusform>{file}: найдена %n проблема; ничего не импортировано.</numerusform>
            <numerusform>{file}: найдены %n проблемы; ничего не импортировано.</numerusform>
            <numerusform>{file}: найдено %n проблем; ничего не импортировано.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… и ещё %n</numerusform>
            <numerusform>… и ещё %n</numerusform>
            <numerusform>… и ещё %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportWorker</name>
    <message>
        <source>{path}: not imported (cancelled).</source>
        <translation>{path}: не импортирован (отменено).</translation>
    </message>
    <message>
        <source>{path}: cancelled; nothing was written.</source>
        <translation>{path}: отменено; ничего не записано.</translation>
    </message>
    <message>
        <source>{path}: import failed: {reason}</source>
        <translation>{path}: импорт не выполнен: {reason}</translation>
    </message>
</context>
<context>
    <name>LiveUpdates</name>
    <message>
        <source>Show the records that changed</source>
        <translation>Показать изменённые записи</translation>
    </message>
    <message>
        <source>{title} ({id})</source>
        <translation>{title} ({id})</translation>
    </message>
    <message>
        <source>{id} (deleted)</source>
        <translation>{id} (удалена)</translation>
    </message>
    <message numerus="yes">
        <source>… and %Ln more</source>
        <translation>
            <numerusform>… и ещё %Ln</numerusform>
            <numerusform>… и ещё %Ln</numerusform>
            <numerusform>… и ещё %Ln</numerusform>
        </translation>
    </message>
    <message>
        <source>This archive is read-only for you</source>
        <translation>Этот архив для вас только для чтения</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Timeline</source>
        <translation>Хронология</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <source>Opening the database…</source>
        <translation>Открытие базы данных…</translation>
    </message>
    <message>
        <source>No record with id {id}</source>
        <translation>Нет записи с идентификатором {id}</translation>
    </message>
    <message>
        <source>{database} (read-only)</source>
        <translation>{database} (только чтение)</translation>
    </message>
    <message>
        <source>Counting records…</source>
        <translation>Подсчёт записей…</translation>
    </message>
    <message>
        <source>The record {id} has been deleted.</source>
        <translation>Запись {id} удалена.</translation>
    </message>
    <message>
        <source>No longer in the archive</source>
        <translation>Больше нет в архиве</translation>
    </message>
    <message>
        <source>Copied {id}</source>
        <translation>Скопировано: {id}</translation>
    </message>
    <message>
        <source>Go to record</source>
        <translation>Переход к записи</translation>
    </message>
    <message>
        <source>Record id:</source>
        <translation>Идентификатор записи:</translation>
    </message>
    <message>
        <source>{what} is not available in this build yet.</source>
        <translation>{what}: пока недоступно в этой сборке.</translation>
    </message>
    <message>
        <source>Outcome documents whose adopting meeting is not known. Expand the group to list them.</source>
        <translation>Итоговые документы, для которых неизвестна встреча, где они приняты. Раскройте группу, чтобы увидеть их список.</translation>
    </message>
    <message>
        <source>Countries named in the data. Expand the group to list them.</source>
        <translation>Страны, упомянутые в данных. Раскройте группу, чтобы увидеть их список.</translation>
    </message>
    <message>
        <source>The topics agenda items are filed under. Expand the group to list them.</source>
        <translation>Темы, к которым отнесены пункты повестки дня. Раскройте группу, чтобы увидеть их список.</translation>
    </message>
    <message>
        <source>The source documents every fact cites. Expand the group to list them.</source>
        <translation>Документы-источники, на которые ссылается каждый факт. Раскройте группу, чтобы увидеть их список.</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Импорт…</translation>
    </message>
    <message>
        <source>Import records from JSON or YAML files</source>
        <translation>Импортировать записи из файлов JSON или YAML</translation>
    </message>
    <message>
        <source>&amp;Open Database…</source>
        <translation>&amp;Открыть базу данных…</translation>
    </message>
    <message>
        <source>Switch to another database</source>
        <translation>Перейти к другой базе данных</translation>
    </message>
    <message>
        <source>&amp;New Database…</source>
        <translation>&amp;Новая база данных…</translation>
    </message>
    <message>
        <source>Start a new database with the bundled dataset</source>
        <translation>Создать новую базу данных со встроенным набором данных</translation>
    </message>
    <message>
        <source>&amp;Connect to a Server…</source>
        <translation>Подключиться к &amp;серверу…</translation>
    </message>
    <message>
        <source>Open an archive on a PostgreSQL server</source>
        <translation>Открыть архив на сервере PostgreSQL</translation>
    </message>
    <message>
        <source>&amp;Export to PDF…</source>
        <translation>&amp;Экспорт в PDF…</translation>
    </message>
    <message>
        <source>Export to PDF</source>
        <translation>Экспорт в PDF</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Печать…</translation>
    </message>
    <message>
        <source>Printing</source>
        <translation>Печать</translation>
    </message>
    <message>
        <source>Print Pre&amp;view…</source>
        <translation>Пред&amp;варительный просмотр…</translation>
    </message>
    <message>
        <source>Print preview</source>
        <translation>Предварительный просмотр</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>Copy Record &amp;Id</source>
        <translation>Копировать &amp;идентификатор записи</translation>
    </message>
    <message>
        <source>Copy the shown record&apos;s id</source>
        <translation>Копировать идентификатор показанной записи</translation>
    </message>
    <message>
        <source>Copy Record Id</source>
        <comment>the toolbar&apos;s button</comment>
        <translation>Копировать идентификатор</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Найти…</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Поиск</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>Н&amp;астройки…</translation>
    </message>
    <message>
        <source>The language of the interface</source>
        <translation>Язык интерфейса</translation>
    </message>
    <message>
        <source>&amp;Tree</source>
        <translation>&amp;Дерево</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;Сведения</translation>
    </message>
    <message>
        <source>T&amp;imeline</source>
        <translation>&amp;Хронология</translation>
    </message>
    <message>
        <source>&amp;Source Viewer</source>
        <translation>&amp;Просмотр источника</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <source>&amp;Reset Layout</source>
        <translation>Восстановить &amp;расположение</translation>
    </message>
    <message>
        <source>Panes and docks as at first start</source>
        <translation>Панели и окна — как при первом запуске</translation>
    </message>
    <message>
        <source>Focus the Tree</source>
        <translation>Перейти к дереву</translation>
    </message>
    <message>
        <source>Focus the Details</source>
        <translation>Перейти к сведениям</translation>
    </message>
    <message>
        <source>Focus the Timeline</source>
        <translation>Перейти к хронологии</translation>
    </message>
    <message>
        <source>Timeline: Zoom In</source>
        <translation>Хронология: крупнее</translation>
    </message>
    <message>
        <source>Timeline: Zoom Out</source>
        <translation>Хронология: мельче</translation>
    </message>
    <message>
        <source>Timeline: Fit to Data</source>
        <translation>Хронология: показать всё</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Назад</translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation>&amp;Вперёд</translation>
    </message>
    <message>
        <source>Go to Record &amp;Id…</source>
        <translation>Перейти к записи по &amp;идентификатору…</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>П&amp;ереход</translation>
    </message>
    <message>
        <source>Open &amp;Data Folder</source>
        <translation>Открыть папку &amp;данных</translation>
    </message>
    <message>
        <source>The default database, backups, recent searches</source>
        <translation>База данных по умолчанию, резервные копии, недавние запросы</translation>
    </message>
    <message>
        <source>Open &amp;Log Folder</source>
        <translation>Открыть папку &amp;журналов</translation>
    </message>
    <message>
        <source>Crash reports, to send with a bug report</source>
        <translation>Отчёты о сбоях — для приложения к сообщению об ошибке</translation>
    </message>
    <message>
        <source>&amp;About Summitry</source>
        <translation>&amp;О программе Summitry</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Основная панель</translation>
    </message>
    <message>
        <source>Cannot create {folder}: {reason}</source>
        <translation>Не удалось создать {folder}: {reason}</translation>
    </message>
    <message>
        <source>No file manager opened {folder}</source>
        <translation>Ни один файловый менеджер не открыл {folder}</translation>
    </message>
    <message>
        <source>Opened {folder}</source>
        <translation>Открыта папка {folder}</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>Фильтры</translation>
    </message>
    <message>
        <source>Search Results</source>
        <translation>Результаты поиска</translation>
    </message>
    <message>
        <source>Search: {count}</source>
        <translation>Поиск: {count}</translation>
    </message>
    <message>
        <source>&amp;Search Language</source>
        <translation>&amp;Язык запросов</translation>
    </message>
    <message>
        <source>The search language, with examples to try</source>
        <translation>Язык запросов, с примерами, которые можно попробовать</translation>
    </message>
</context>
<context>
    <name>NameText</name>
    <message>
        <source>round {number}</source>
        <translation>раунд {number}</translation>
    </message>
</context>
<context>
    <name>NoteBox</name>
    <message>
        <source>Note (private: yours, not part of the record&apos;s data)</source>
        <translation>Заметка (личная: только ваша, не входит в данные записи)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Заметка</translation>
    </message>
    <message>
        <source>Your own note on this record</source>
        <translation>Ваша заметка к этой записи</translation>
    </message>
    <message>
        <source>Save Note</source>
        <translation>Сохранить заметку</translation>
    </message>
</context>
<context>
    <name>OpenErrorDialog</name>
    <message>
        <source>The database is damaged</source>
        <translation>База данных повреждена</translation>
    </message>
    <message>
        <source>This file is not a database</source>
        <translation>Этот файл — не база данных</translation>
    </message>
    <message>
        <source>This database belongs to another application</source>
        <translation>Эта база данных принадлежит другой программе</translation>
    </message>
    <message>
        <source>This database is from a newer Summitry</source>
        <translation>Эта база данных создана более новой версией Summitry</translation>
    </message>
    <message>
        <source>The database is busy</source>
        <translation>База данных занята</translation>
    </message>
    <message>
        <source>The database cannot be created or written here</source>
        <translation>Здесь нельзя создать базу данных или записать в неё</translation>
    </message>
    <message>
        <source>The database cannot be read</source>
        <translation>Базу данных не удаётся прочитать</translation>
    </message>
    <message>
        <source>The database does not exist</source>
        <translation>База данных не существует</translation>
    </message>
    <message>
        <source>The disk is full</source>
        <translation>Диск заполнен</translation>
    </message>
    <message>
        <source>The database server cannot be reached</source>
        <translation>Сервер базы данных недоступен</translation>
    </message>
    <message>
        <source>The database server offers no encrypted connection</source>
        <translation>Сервер базы данных не предлагает шифрованного подключения</translation>
    </message>
    <message>
        <source>The database server&apos;s certificate could not be verified</source>
        <translation>Не удалось проверить сертификат сервера базы данных</translation>
    </message>
    <message>
        <source>The server&apos;s address is not usable</source>
        <translation>Адрес сервера непригоден</translation>
    </message>
    <message>
        <source>The database server is not ready</source>
        <translation>Сервер базы данных ещё не готов</translation>
    </message>
    <message>
        <source>The database server asks for a password</source>
        <translation>Сервер базы данных запрашивает пароль</translation>
    </message>
    <message>
        <source>The database server refused the login</source>
        <translation>Сервер базы данных отклонил вход</translation>
    </message>
    <message>
        <source>The database is not on the server</source>
        <translation>На сервере нет этой базы данных</translation>
    </message>
    <message>
        <source>No permission to use this archive</source>
        <translation>Нет прав на работу с этим архивом</translation>
    </message>
    <message>
        <source>The connection to the server was lost</source>
        <translation>Соединение с сервером потеряно</translation>
    </message>
    <message>
        <source>The server reports damaged data</source>
        <translation>Сервер сообщает о повреждённых данных</translation>
    </message>
    <message>
        <source>The database server refused</source>
        <translation>Сервер базы данных отказал</translation>
    </message>
    <message>
        <source>PostgreSQL support is not installed</source>
        <translation>Поддержка PostgreSQL не установлена</translation>
    </message>
    <message>
        <source>The database is open in another Summitry window</source>
        <translation>База данных открыта в другом окне Summitry</translation>
    </message>
    <message>
        <source>Summitry — cannot open the database</source>
        <translation>Summitry — не удаётся открыть базу данных</translation>
    </message>
    <message>
        <source>The database cannot be opened</source>
        <translation>Базу данных не удаётся открыть</translation>
    </message>
    <message>
        <source>Connect to a server…</source>
        <translation>Подключиться к серверу…</translation>
    </message>
    <message>
        <source>Check the server&apos;s address, user and SSL mode, test them, and connect.</source>
        <translation>Проверьте адрес сервера, пользователя и режим SSL, протестируйте их и подключитесь.</translation>
    </message>
    <message>
        <source>Restore newest verified backup</source>
        <translation>Восстановить последнюю проверенную резервную копию</translation>
    </message>
    <message>
        <source>No backup that passes the check was found in {folder}.</source>
        <translation>В {folder} не найдено резервной копии, прошедшей проверку.</translation>
    </message>
    <message>
        <source>Put back {backup}. The damaged file is kept aside, renamed, not deleted.</source>
        <translation>Вернуть {backup}. Повреждённый файл будет переименован и сохранён, а не удалён.</translation>
    </message>
    <message>
        <source>Start a new database</source>
        <translation>Создать новую базу данных</translation>
    </message>
    <message>
        <source>In its place, with the bundled dataset, as every new database begins. The damaged file is kept aside, renamed, not deleted.</source>
        <translation>На её месте, со встроенным набором данных, как любую новую базу. Повреждённый файл будет переименован и сохранён, а не удалён.</translation>
    </message>
    <message>
        <source>Open another database…</source>
        <translation>Открыть другую базу данных…</translation>
    </message>
    <message>
        <source>Choose another Summitry database.</source>
        <translation>Выбрать другую базу данных Summitry.</translation>
    </message>
    <message>
        <source>New database…</source>
        <translation>Новая база данных…</translation>
    </message>
    <message>
        <source>Choose a name and a place for a new database; it begins with the bundled dataset.</source>
        <translation>Выбрать имя и место для новой базы данных; она будет содержать встроенный набор данных.</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Повторить</translation>
    </message>
    <message>
        <source>Once that window has been closed.</source>
        <translation>После того как то окно будет закрыто.</translation>
    </message>
    <message>
        <source>Once the other program has finished, or the problem is fixed.</source>
        <translation>Когда другая программа завершит работу или проблема будет устранена.</translation>
    </message>
    <message>
        <source>Back to {database}</source>
        <translation>Вернуться к {database}</translation>
    </message>
    <message>
        <source>Keep working with the database this window shows. Nothing has been changed.</source>
        <translation>Продолжить работу с базой данных, открытой в этом окне. Ничего не изменено.</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Выйти</translation>
    </message>
    <message>
        <source>Close Summitry. Nothing has been changed.</source>
        <translation>Закрыть Summitry. Ничего не изменено.</translation>
    </message>
    <message>
        <source>Could not recover {name}: {reason} The damaged file has not been moved.</source>
        <translation>Не удалось восстановить {name}: {reason} Повреждённый файл не перемещён.</translation>
    </message>
    <message>
        <source>{name} is open in another Summitry window ({holder}). That window was brought to the front.</source>
        <translation>База данных {name} открыта в другом окне Summitry ({holder}). Это окно выведено на передний план.</translation>
    </message>
    <message>
        <source>{name} is open in another Summitry window ({holder}).</source>
        <translation>База данных {name} открыта в другом окне Summitry ({holder}).</translation>
    </message>
    <message>
        <source>Work with it there, or close that window and try again.</source>
        <translation>Работайте с ней там или закройте то окно и повторите попытку.</translation>
    </message>
</context>
<context>
    <name>OpenText</name>
    <message>
        <source>The file is damaged. Summitry can restore the newest verified backup, keeping the damaged file aside (in the app: &apos;Restore newest verified backup&apos;; on the command line: &apos;summitry db restore&apos;).</source>
        <translation>Файл повреждён. Summitry может восстановить последнюю проверенную резервную копию, сохранив повреждённый файл отдельно (в приложении: «Восстановить последнюю проверенную копию»; в командной строке: «summitry db restore»).</translation>
    </message>
    <message>
        <source>Another program is using the database. Close it or wait a moment, then try again.</source>
        <translation>Базу данных использует другая программа. Закройте её или подождите немного, затем повторите попытку.</translation>
    </message>
    <message>
        <source>Free some space on that disk (or move the database to one with room), then try again.</source>
        <translation>Освободите место на этом диске (или перенесите базу данных на диск, где есть место), затем повторите попытку.</translation>
    </message>
    <message>
        <source>Copy it somewhere writable and open the copy to make changes.</source>
        <translation>Чтобы вносить изменения, скопируйте её туда, где разрешена запись, и откройте копию.</translation>
    </message>
    <message>
        <source>{where} cannot be used: the disk that holds it is full.</source>
        <translation>{where}: использовать невозможно — диск, на котором находится база данных, заполнен.</translation>
    </message>
    <message>
        <source>{where} is busy: another program is using it.</source>
        <translation>{where}: база данных занята — её использует другая программа.</translation>
    </message>
    <message>
        <source>{where} is damaged: {words}.</source>
        <translation>{where}: база данных повреждена: {words}.</translation>
    </message>
    <message>
        <source>{where} cannot be changed: it is read-only.</source>
        <translation>{where}: изменить нельзя — база данных доступна только для чтения.</translation>
    </message>
    <message>
        <source>Cannot open {where}: {words}.</source>
        <translation>Не удаётся открыть {where}: {words}.</translation>
    </message>
    <message>
        <source>Check that the file and its folder can be read.</source>
        <translation>Проверьте, что файл и его папку можно читать.</translation>
    </message>
    <message>
        <source>{where} is damaged: SQLite cannot read it ({words}).</source>
        <translation>{where}: база данных повреждена — SQLite не может её прочитать ({words}).</translation>
    </message>
    <message>
        <source>Cannot write to {where}: {words}.</source>
        <translation>Не удаётся записать в {where}: {words}.</translation>
    </message>
    <message>
        <source>Open it read-only, or copy it somewhere writable.</source>
        <translation>Откройте её только для чтения или скопируйте туда, где разрешена запись.</translation>
    </message>
    <message>
        <source>Cannot use {where}: {words}.</source>
        <translation>Не удаётся использовать {where}: {words}.</translation>
    </message>
    <message>
        <source>Cannot read {path}: {reason}.</source>
        <translation>Не удаётся прочитать {path}: {reason}.</translation>
    </message>
    <message>
        <source>Check the file&apos;s permissions.</source>
        <translation>Проверьте права доступа к файлу.</translation>
    </message>
    <message>
        <source>{path} is not a database file (it does not start with a SQLite header).</source>
        <translation>{path} — не файл базы данных (он не начинается с заголовка SQLite).</translation>
    </message>
    <message>
        <source>Choose a Summitry database, or a new file name to start a new one (with the bundled dataset).</source>
        <translation>Выберите базу данных Summitry или новое имя файла, чтобы создать новую базу (со встроенным набором данных).</translation>
    </message>
    <message>
        <source>{path} is a SQLite database of another application, not a Summitry database.</source>
        <translation>{path} — база данных SQLite другого приложения, а не Summitry.</translation>
    </message>
    <message>
        <source>Summitry leaves it untouched. Choose a Summitry database or a new file name.</source>
        <translation>Summitry её не трогает. Выберите базу данных Summitry или новое имя файла.</translation>
    </message>
    <message>
        <source>{path} was written by a newer Summitry (database version {version}; this Summitry reads up to version {latest}).</source>
        <translation>{path}: база данных записана более новой версией Summitry (версия базы данных {version}; эта версия Summitry читает версии до {latest}).</translation>
    </message>
    <message>
        <source>Update Summitry to open it. The file has not been changed.</source>
        <translation>Чтобы открыть её, обновите Summitry. Файл не изменён.</translation>
    </message>
    <message>
        <source>Choose another location: &apos;Open another database…&apos; in the app, or --database / SUMMITRY_DATABASE.</source>
        <translation>Выберите другое место: «Открыть другую базу данных…» в приложении или --database / SUMMITRY_DATABASE.</translation>
    </message>
    <message>
        <source>opened read-only as asked</source>
        <translation>открыта только для чтения по запросу</translation>
    </message>
    <message>
        <source>{path} does not exist.</source>
        <translation>{path} не существует.</translation>
    </message>
    <message>
        <source>Check the path.</source>
        <translation>Проверьте путь.</translation>
    </message>
    <message>
        <source>{path} is on read-only media or not writable for you; it is open read-only.</source>
        <translation>{path}: файл находится на носителе только для чтения или недоступен вам для записи; база данных открыта только для чтения.</translation>
    </message>
    <message>
        <source>{path} needs to be set up or upgraded, but it is read-only.</source>
        <translation>{path}: базу данных нужно настроить или обновить, но она доступна только для чтения.</translation>
    </message>
    <message>
        <source>Copy it somewhere writable and open the copy.</source>
        <translation>Скопируйте её туда, где разрешена запись, и откройте копию.</translation>
    </message>
    <message>
        <source>{path} holds no database to upgrade.</source>
        <translation>В {path} нет базы данных для обновления.</translation>
    </message>
    <message>
        <source>Cannot create the folder {folder}: {reason}.</source>
        <translation>Не удаётся создать папку {folder}: {reason}.</translation>
    </message>
    <message>
        <source>Cannot create a database in {folder}: the folder is not writable.</source>
        <translation>Не удаётся создать базу данных в {folder}: запись в папку запрещена.</translation>
    </message>
    <message>
        <source>{where} needs an upgrade to database version {version}.</source>
        <translation>{where}: базу данных нужно обновить до версии {version}.</translation>
    </message>
    <message>
        <source>{where} is busy: another program is writing to it.</source>
        <translation>{where}: база данных занята — в неё пишет другая программа.</translation>
    </message>
    <message>
        <source>SQLite integrity check: {problem}</source>
        <translation>проверка целостности SQLite: {problem}</translation>
    </message>
</context>
<context>
    <name>OutageBanner</name>
    <message>
        <source>Retry</source>
        <translation>Повторить</translation>
    </message>
</context>
<context>
    <name>OutageWatch</name>
    <message>
        <source>Connecting to the server again…</source>
        <translation>Повторное подключение к серверу…</translation>
    </message>
    <message>
        <source>Retry found the server still unavailable.</source>
        <translation>Сервер по-прежнему недоступен.</translation>
    </message>
    <message>
        <source>Connected to the server again.</source>
        <translation>Подключение к серверу восстановлено.</translation>
    </message>
</context>
<context>
    <name>PageText</name>
    <message>
        <source>, data as of {date}</source>
        <translation>, данные на {date}</translation>
    </message>
    <message>
        <source>{type} for record {id}</source>
        <translation>{type}, запись {id}</translation>
    </message>
    <message numerus="yes">
        <source>Dossier of %n record(s)</source>
        <translation>
            <numerusform>Досье: %n запись</numerusform>
            <numerusform>Досье: %n записи</numerusform>
            <numerusform>Досье: %n записей</numerusform>
        </translation>
    </message>
    <message>
        <source>Data as of {date}</source>
        <translation>Данные на {date}</translation>
    </message>
    <message>
        <source>Data as of: not stated</source>
        <translation>Дата данных не указана</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n запись</numerusform>
            <numerusform>%n записи</numerusform>
            <numerusform>%n записей</numerusform>
        </translation>
    </message>
    <message>
        <source>Exported {date}</source>
        <translation>Экспортировано {date}</translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translation>Страница {page} из {pages}</translation>
    </message>
    <message>
        <source>source as in note {number}</source>
        <translation>источник — см. примечание {number}</translation>
    </message>
    <message>
        <source>, para. {number}</source>
        <translation>, п. {number}</translation>
    </message>
    <message>
        <source>Not from a source ({basis}).</source>
        <translation>Не из источника ({basis}).</translation>
    </message>
    <message>
        <source>UNCITED</source>
        <translation>БЕЗ ИСТОЧНИКОВ</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Повестка дня</translation>
    </message>
    <message>
        <source>Topics: {topics}</source>
        <translation>Темы: {topics}</translation>
    </message>
    <message>
        <source>Related records</source>
        <translation>Связанные записи</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>Связь</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Запись</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Идентификатор</translation>
    </message>
    <message>
        <source>My note</source>
        <translation>Моя заметка</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Источники</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Стр.</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s): {types}</source>
        <translation>
            <numerusform>%n запись: {types}</numerusform>
            <numerusform>%n записи: {types}</numerusform>
            <numerusform>%n записей: {types}</numerusform>
        </translation>
    </message>
    <message>
        <source>Period covered: {period}</source>
        <translation>Охватываемый период: {period}</translation>
    </message>
    <message>
        <source>Dataset: {name}</source>
        <translation>Набор данных: {name}</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Содержание</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <source>Section {number} of {count}</source>
        <translation>Раздел {number} из {count}</translation>
    </message>
    <message>
        <source>Chronology</source>
        <translation>Хронология</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Место</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
</context>
<context>
    <name>PartsEditor</name>
    <message>
        <source>Add: {part}</source>
        <translation>Добавить: {part}</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Move Up</source>
        <translation>Выше</translation>
    </message>
    <message>
        <source>Move Down</source>
        <translation>Ниже</translation>
    </message>
</context>
<context>
    <name>PasswordPrompt</name>
    <message>
        <source>Password for the Database Server</source>
        <translation>Пароль для сервера базы данных</translation>
    </message>
    <message>
        <source>The PostgreSQL server {server} asks for the password of the user {user} to open {database}.</source>
        <translation>Сервер PostgreSQL {server} запрашивает пароль пользователя {user}, чтобы открыть {database}.</translation>
    </message>
    <message>
        <source>(libpq&apos;s default user)</source>
        <translation>(пользователь libpq по умолчанию)</translation>
    </message>
    <message>
        <source>the archive</source>
        <translation>архив</translation>
    </message>
    <message>
        <source>Archive: {url}</source>
        <translation>Архив: {url}</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Пароль</translation>
    </message>
    <message>
        <source>Remember for this session</source>
        <translation>Запомнить до конца сеанса</translation>
    </message>
    <message>
        <source>Until Summitry quits. Summitry never writes a password anywhere; to keep one, put it in ~/.pgpass or a libpq service file.</source>
        <translation>До выхода из Summitry. Summitry нигде не записывает пароль; чтобы сохранить его, поместите его в ~/.pgpass или файл службы libpq.</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Подключиться</translation>
    </message>
</context>
<context>
    <name>PdfExport</name>
    <message>
        <source>Export cancelled. Nothing was written.</source>
        <translation>Экспорт отменён. Ничего не записано.</translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translation>Страница {page} из {pages}</translation>
    </message>
    <message>
        <source>Cannot start writing the PDF (Qt could not open a painter on it). Nothing was written.</source>
        <translation>Не удаётся начать запись PDF (Qt не смог начать рисование). Ничего не записано.</translation>
    </message>
    <message>
        <source>Reading record {record} of {records}</source>
        <translation>Чтение записи {record} из {records}</translation>
    </message>
    <message>
        <source>Laying out pages</source>
        <translation>Вёрстка страниц</translation>
    </message>
    <message>
        <source>Saving</source>
        <translation>Сохранение</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Готово</translation>
    </message>
    <message>
        <source>Cannot save {path}: {folder} is a file, not a folder. Nothing was written.</source>
        <translation>Не удаётся сохранить {path}: {folder} — файл, а не папка. Ничего не записано.</translation>
    </message>
    <message>
        <source>Cannot save {path}: the folder {folder} does not exist. Nothing was written.</source>
        <translation>Не удаётся сохранить {path}: папки {folder} не существует. Ничего не записано.</translation>
    </message>
    <message>
        <source>Cannot save {path}: {reason}. Nothing was written.</source>
        <translation>Не удаётся сохранить {path}: {reason}. Ничего не записано.</translation>
    </message>
    <message>
        <source>Cannot save {path}: {reason}. Nothing was changed (the file that was there is untouched).</source>
        <translation>Не удаётся сохранить {path}: {reason}. Ничего не изменено (прежний файл не тронут).</translation>
    </message>
    <message>
        <source>Cannot save {path}: {reason}. Nothing was changed.</source>
        <translation>Не удаётся сохранить {path}: {reason}. Ничего не изменено.</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>диск заполнен</translation>
    </message>
    <message>
        <source>you may not write in that folder</source>
        <translation>нет прав на запись в эту папку</translation>
    </message>
    <message>
        <source>part of the path is a file, not a folder</source>
        <translation>часть пути — файл, а не папка</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <source>System ({language})</source>
        <translation>Системный ({language})</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Язык:</translation>
    </message>
    <message>
        <source>Summitry uses the language you choose from its next start.</source>
        <translation>Выбранный язык будет использоваться со следующего запуска Summitry.</translation>
    </message>
    <message>
        <source>The new language takes effect when Summitry starts again.</source>
        <translation>Новый язык вступит в силу при следующем запуске Summitry.</translation>
    </message>
</context>
<context>
    <name>PrintActions</name>
    <message>
        <source>Summitry dossier - {title}</source>
        <translation>Подборка Summitry - {title}</translation>
    </message>
    <message>
        <source>brief</source>
        <translation>справка</translation>
    </message>
    <message>
        <source>Save the selected record as a PDF brief, or several selected records as a dossier</source>
        <translation>Сохранить выбранную запись как справку в PDF, а несколько выбранных записей — как подборку</translation>
    </message>
    <message>
        <source>Export &amp;Search Results to PDF…</source>
        <translation>Экспорт &amp;результатов поиска в PDF…</translation>
    </message>
    <message>
        <source>Save every record the current search finds as one PDF dossier</source>
        <translation>Сохранить все записи, найденные текущим поиском, одной подборкой в PDF</translation>
    </message>
    <message>
        <source>Nothing to print</source>
        <translation>Нечего печатать</translation>
    </message>
    <message>
        <source>Select a record in the tree first.</source>
        <translation>Сначала выберите запись в дереве.</translation>
    </message>
    <message>
        <source>Export to PDF</source>
        <translation>Экспорт в PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Документы PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Include my notes</source>
        <translation>Включить мои заметки</translation>
    </message>
    <message>
        <source>Print each record&apos;s private note in the brief, under its own heading</source>
        <translation>Напечатать личную заметку каждой записи в справке, под отдельным заголовком</translation>
    </message>
    <message>
        <source>Replace the file?</source>
        <translation>Заменить файл?</translation>
    </message>
    <message>
        <source>{name} already exists in {folder}.
Replace it? The old file stays as it is until the new one is completely written.</source>
        <translation>Файл {name} уже есть в папке {folder}.
Заменить его? Прежний файл останется нетронутым, пока новый не будет записан полностью.</translation>
    </message>
    <message>
        <source>PDF saved</source>
        <translation>PDF сохранён</translation>
    </message>
    <message numerus="yes">
        <source>Saved {name} (%n page(s)).</source>
        <translation>
            <numerusform>Сохранён файл {name} (%n страница).</numerusform>
            <numerusform>Сохранён файл {name} (%n страницы).</numerusform>
            <numerusform>Сохранён файл {name} (%n страниц).</numerusform>
        </translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Открыть</translation>
    </message>
    <message>
        <source>No search</source>
        <translation>Поиск не выполнен</translation>
    </message>
    <message>
        <source>Search first (Ctrl+F); then export what it finds.</source>
        <translation>Сначала выполните поиск (Ctrl+F), затем экспортируйте найденное.</translation>
    </message>
    <message>
        <source>Cannot export the search results</source>
        <translation>Не удаётся экспортировать результаты поиска</translation>
    </message>
    <message>
        <source>Cannot export to PDF</source>
        <translation>Не удаётся экспортировать в PDF</translation>
    </message>
    <message numerus="yes">
        <source>Preparing a dossier of %n record(s)…</source>
        <translation>
            <numerusform>Подготовка подборки из %n записи…</numerusform>
            <numerusform>Подготовка подборки из %n записей…</numerusform>
            <numerusform>Подготовка подборки из %n записей…</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Cannot print</source>
        <translation>Не удаётся напечатать</translation>
    </message>
    <message>
        <source>Print preview — {title}</source>
        <translation>Предварительный просмотр — {title}</translation>
    </message>
    <message>
        <source>The printer could not be started. Check that it is connected.</source>
        <translation>Не удалось запустить принтер. Проверьте, что он подключён.</translation>
    </message>
</context>
<context>
    <name>PrintText</name>
    <message numerus="yes">
        <source>Summitry dossier (%n record(s))</source>
        <translation>
            <numerusform>Подборка Summitry (%n запись)</numerusform>
            <numerusform>Подборка Summitry (%n записи)</numerusform>
            <numerusform>Подборка Summitry (%n записей)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProblemList</name>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Место</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Ошибка</translation>
    </message>
    <message>
        <source>Problems found</source>
        <translation>Найденные ошибки</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more: Copy All copies every one of them.</source>
        <translation>
            <numerusform>… и ещё %n: кнопка «Копировать все» копирует все ошибки.</numerusform>
            <numerusform>… и ещё %n: кнопка «Копировать все» копирует все ошибки.</numerusform>
            <numerusform>… и ещё %n: кнопка «Копировать все» копирует все ошибки.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProblemText</name>
    <message>
        <source>true/false</source>
        <translation>true/false</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>число</translation>
    </message>
    <message>
        <source>text</source>
        <translation>текст</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>список</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>объект</translation>
    </message>
    <message>
        <source>missing required fields {names}</source>
        <translation>нет обязательных полей {names}</translation>
    </message>
    <message>
        <source>missing required field &apos;{name}&apos;</source>
        <translation>нет обязательного поля «{name}»</translation>
    </message>
    <message>
        <source>unknown fields {names} (allowed here: {allowed})</source>
        <translation>неизвестные поля {names} (здесь допустимы: {allowed})</translation>
    </message>
    <message>
        <source>unknown field {names} (allowed here: {allowed})</source>
        <translation>неизвестное поле {names} (здесь допустимы: {allowed})</translation>
    </message>
    <message>
        <source>should be {expected}, not {found}</source>
        <translation>должно быть: {expected}, а не {found}</translation>
    </message>
    <message>
        <source>{value} is not one of: {choices}</source>
        <translation>{value} — не одно из значений: {choices}</translation>
    </message>
    <message>
        <source>does not have the expected form</source>
        <translation>имеет не тот вид, что ожидается</translation>
    </message>
    <message>
        <source>{value} is out of range ({bound} {limit})</source>
        <translation>{value} вне допустимого диапазона ({bound} {limit})</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>пусто</translation>
    </message>
    <message numerus="yes">
        <source>is too long (at most %n character(s))</source>
        <translation>
            <numerusform>слишком длинно (не более %n знака)</numerusform>
            <numerusform>слишком длинно (не более %n знаков)</numerusform>
            <numerusform>слишком длинно (не более %n знаков)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>has too many entries (at most %n)</source>
        <translation>
            <numerusform>слишком много элементов (не более %n)</numerusform>
            <numerusform>слишком много элементов (не более %n)</numerusform>
            <numerusform>слишком много элементов (не более %n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>has too many languages (at most %n)</source>
        <translation>
            <numerusform>слишком много языков (не более %n)</numerusform>
            <numerusform>слишком много языков (не более %n)</numerusform>
            <numerusform>слишком много языков (не более %n)</numerusform>
        </translation>
    </message>
    <message>
        <source>id &apos;{id}&apos; is used twice in this file (first at {place})</source>
        <translation>идентификатор «{id}» встречается в файле дважды (впервые: {place})</translation>
    </message>
</context>
<context>
    <name>ProgressText</name>
    <message numerus="yes">
        <source>%Ln</source>
        <comment>a number of rows, grouped in thousands</comment>
        <translation>
            <numerusform>%Ln</numerusform>
            <numerusform>%Ln</numerusform>
            <numerusform>%Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{what}: {percent}% ({done} of %Ln row(s))</source>
        <translation>
            <numerusform>{what}: {percent}% ({done} из %Ln строки)</numerusform>
            <numerusform>{what}: {percent}% ({done} из %Ln строк)</numerusform>
            <numerusform>{what}: {percent}% ({done} из %Ln строк)</numerusform>
        </translation>
    </message>
    <message>
        <source>{what} ({done} of {total})</source>
        <translation>{what} ({done} из {total})</translation>
    </message>
</context>
<context>
    <name>RecordCode</name>
    <message>
        <source>Held</source>
        <translation>Проведена</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Запланирована</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Планируется</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Отменена</translation>
    </message>
    <message>
        <source>Postponed</source>
        <translation>Отложена</translation>
    </message>
    <message>
        <source>Adopted</source>
        <translation>Принят</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Ожидается</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Проект</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>Предложен</translation>
    </message>
    <message>
        <source>Leaders</source>
        <translation>Лидеры</translation>
    </message>
    <message>
        <source>Ministers</source>
        <translation>Министры</translation>
    </message>
    <message>
        <source>Senior officials</source>
        <translation>Старшие должностные лица</translation>
    </message>
    <message>
        <source>Officials</source>
        <translation>Должностные лица</translation>
    </message>
    <message>
        <source>Experts</source>
        <translation>Эксперты</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Другое</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <source>Summit</source>
        <translation>Саммит</translation>
    </message>
    <message>
        <source>Ministerial forum</source>
        <translation>Министерский форум</translation>
    </message>
    <message>
        <source>Dialogue partnership</source>
        <translation>Партнёрство по диалогу</translation>
    </message>
    <message>
        <source>Security forum</source>
        <translation>Форум по безопасности</translation>
    </message>
    <message>
        <source>Defence forum</source>
        <translation>Оборонный форум</translation>
    </message>
    <message>
        <source>Declaration</source>
        <translation>Декларация</translation>
    </message>
    <message>
        <source>Chairs statement</source>
        <translation>Заявление председателя</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>Заявление</translation>
    </message>
    <message>
        <source>Plan of action</source>
        <translation>План действий</translation>
    </message>
    <message>
        <source>Work plan</source>
        <translation>План работы</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Соглашение</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Доклад</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Член</translation>
    </message>
    <message>
        <source>Dialogue partner</source>
        <translation>Партнёр по диалогу</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Участник</translation>
    </message>
    <message>
        <source>Observer</source>
        <translation>Наблюдатель</translation>
    </message>
    <message>
        <source>Founding member</source>
        <translation>Член-основатель</translation>
    </message>
    <message>
        <source>Implements</source>
        <translation>Выполняет</translation>
    </message>
    <message>
        <source>Implemented by</source>
        <translation>Выполняется документом</translation>
    </message>
    <message>
        <source>Supersedes</source>
        <translation>Заменяет</translation>
    </message>
    <message>
        <source>Superseded by</source>
        <translation>Заменён документом</translation>
    </message>
    <message>
        <source>Related</source>
        <translation>Связан</translation>
    </message>
    <message>
        <source>General knowledge</source>
        <translation>Общеизвестные сведения</translation>
    </message>
</context>
<context>
    <name>RecordEditor</name>
    <message>
        <source>Text From File…</source>
        <translation>Текст из файла…</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) to fix before saving</source>
        <translation>
            <numerusform>Перед сохранением исправьте %n ошибку</numerusform>
            <numerusform>Перед сохранением исправьте %n ошибки</numerusform>
            <numerusform>Перед сохранением исправьте %n ошибок</numerusform>
        </translation>
    </message>
    <message>
        <source>New {kind}</source>
        <translation>Новая запись: {kind}</translation>
    </message>
    <message>
        <source>Edit {kind} {id}</source>
        <translation>Правка: {kind} {id}</translation>
    </message>
    <message>
        <source>Saved {id}</source>
        <translation>Сохранено: {id}</translation>
    </message>
    <message>
        <source>Changed meanwhile</source>
        <translation>Изменено тем временем</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>кто-то</translation>
    </message>
    <message>
        <source> at {time}</source>
        <translation> в {time}</translation>
    </message>
    <message>
        <source>{who} deleted this {kind}{at} — your edits are kept here, but cannot be saved over the deletion; copy what you need.</source>
        <translation>{who}: запись удалена ({kind}){at} — ваши правки остаются здесь, но сохранить их поверх удаления нельзя; скопируйте нужное.</translation>
    </message>
    <message>
        <source>{who} changed this {kind}{at} — you had no edits, so the form now shows their version.</source>
        <translation>{who}: запись изменена ({kind}){at} — у вас не было правок, поэтому форма теперь показывает новую версию.</translation>
    </message>
    <message>
        <source>{who} changed this {kind}{at} — your edits are kept, but Save is refused until you reload their version.</source>
        <translation>{who}: запись изменена ({kind}){at} — ваши правки сохранены в форме, но сохранить их нельзя, пока вы не загрузите новую версию.</translation>
    </message>
    <message>
        <source>Reloaded: the form shows the version by {who}; your edits were discarded.</source>
        <translation>Загружено заново: форма показывает версию, сохранённую {who}; ваши правки отброшены.</translation>
    </message>
    <message>
        <source>{who} changed this record at {at} after you opened it.</source>
        <translation>{who} изменил(а) эту запись в {at}, после того как вы её открыли.</translation>
    </message>
    <message>
        <source>{who} changed this record after you opened it.</source>
        <translation>{who} изменил(а) эту запись после того, как вы её открыли.</translation>
    </message>
    <message>
        <source>Your changes were not saved, and theirs were not overwritten: compare them below, copy what you need, and edit it again.</source>
        <translation>Ваши изменения не сохранены, а чужие не перезаписаны: сравните их ниже, скопируйте нужное и измените запись снова.</translation>
    </message>
    <message>
        <source>Your edits are kept: compare them below, copy what you need, and edit it again.</source>
        <translation>Ваши правки сохранены в форме: сравните их с приведёнными ниже, скопируйте нужное и внесите правку снова.</translation>
    </message>
    <message>
        <source>(deleted)</source>
        <translation>(удалена)</translation>
    </message>
    <message>
        <source>Not saved: {who} changed it meanwhile</source>
        <translation>Не сохранено: {who} тем временем изменил(а) запись</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Несохранённые изменения</translation>
    </message>
    <message>
        <source>Save the changes to this record ({kind})?</source>
        <translation>Сохранить изменения этой записи ({kind})?</translation>
    </message>
    <message>
        <source>Text from a file</source>
        <translation>Текст из файла</translation>
    </message>
    <message>
        <source>Documents (*.txt *.html *.htm *.pdf);;All files (*)</source>
        <translation>Документы (*.txt *.html *.htm *.pdf);;Все файлы (*)</translation>
    </message>
    <message numerus="yes">
        <source>Text of {file}: %Ln character(s)</source>
        <translation>
            <numerusform>Текст {file}: %Ln знак</numerusform>
            <numerusform>Текст {file}: %Ln знака</numerusform>
            <numerusform>Текст {file}: %Ln знаков</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecordPane</name>
    <message>
        <source>Details</source>
        <translation>Подробности</translation>
    </message>
    <message>
        <source>History</source>
        <translation>История</translation>
    </message>
</context>
<context>
    <name>RecordText</name>
    <message>
        <source>Meeting</source>
        <translation>Встреча</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Место</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message numerus="yes">
        <source>Showing {shown} of {total} meeting(s).</source>
        <translation>
            <numerusform>Показано {shown} из {total} встречи.</numerusform>
            <numerusform>Показано {shown} из {total} встреч.</numerusform>
            <numerusform>Показано {shown} из {total} встреч.</numerusform>
        </translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>С</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>По</translation>
    </message>
    <message>
        <source>Joined at</source>
        <translation>Вступление на встрече</translation>
    </message>
    <message>
        <source>Abbreviation</source>
        <translation>Сокращение</translation>
    </message>
    <message>
        <source>Also known as</source>
        <translation>Другие названия</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Founded</source>
        <translation>Основан</translation>
    </message>
    <message>
        <source>Part of</source>
        <translation>Входит в</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Участники</translation>
    </message>
    <message>
        <source>Meetings (latest first)</source>
        <translation>Встречи (сначала последние)</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Члены</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Площадка</translation>
    </message>
    <message>
        <source>Process</source>
        <translation>Процесс</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Кратко</translation>
    </message>
    <message>
        <source>ISO 3166 code</source>
        <translation>Код ISO 3166</translation>
    </message>
    <message>
        <source>Meetings held here (latest first)</source>
        <translation>Встречи, проведённые здесь (сначала последние)</translation>
    </message>
    <message>
        <source>Member of</source>
        <translation>Членство</translation>
    </message>
    <message>
        <source>Forum</source>
        <translation>Форум</translation>
    </message>
    <message>
        <source>On the agenda of (latest first)</source>
        <translation>В повестке дня встреч (сначала последние)</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Описание</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>Издатель</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Языки</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Объём</translation>
    </message>
    <message numerus="yes">
        <source>%Ln character(s)</source>
        <translation>
            <numerusform>%Ln знак</numerusform>
            <numerusform>%Ln знака</numerusform>
            <numerusform>%Ln знаков</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Showing {shown} of {total} record(s).</source>
        <translation>
            <numerusform>Показано {shown} из {total} записи.</numerusform>
            <numerusform>Показано {shown} из {total} записей.</numerusform>
            <numerusform>Показано {shown} из {total} записей.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cited by</source>
        <translation>Ссылаются</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Запись</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Текст</translation>
    </message>
    <message>
        <source>Ordinal</source>
        <translation>Порядковый номер</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Уровень</translation>
    </message>
    <message>
        <source>not stated</source>
        <translation>не указана</translation>
    </message>
    <message>
        <source>Heads of delegation</source>
        <translation>Главы делегаций</translation>
    </message>
    <message>
        <source>On the sidelines</source>
        <translation>На полях</translation>
    </message>
    <message>
        <source>Outcomes</source>
        <translation>Итоговые документы</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Документ</translation>
    </message>
    <message>
        <source>Previous meeting</source>
        <translation>Предыдущая встреча</translation>
    </message>
    <message>
        <source>Next meeting</source>
        <translation>Следующая встреча</translation>
    </message>
    <message>
        <source>Round before</source>
        <translation>Раунд до встречи</translation>
    </message>
    <message>
        <source>Round after</source>
        <translation>Раунд после встречи</translation>
    </message>
    <message>
        <source>Joined the forum here</source>
        <translation>Вступили в форум на этой встрече</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Цель</translation>
    </message>
    <message>
        <source>Rounds</source>
        <translation>Раунды</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>Раунд</translation>
    </message>
    <message>
        <source>{number} of {count}</source>
        <translation>{number} из {count}</translation>
    </message>
    <message>
        <source>Previous round</source>
        <translation>Предыдущий раунд</translation>
    </message>
    <message>
        <source>Next round</source>
        <translation>Следующий раунд</translation>
    </message>
    <message>
        <source>Round {number} of {count}</source>
        <translation>Раунд {number} из {count}</translation>
    </message>
    <message>
        <source>Adopted at</source>
        <translation>Принят на встрече</translation>
    </message>
    <message>
        <source>Period covered</source>
        <translation>Охватываемый период</translation>
    </message>
    <message>
        <source>Refers here ({relation})</source>
        <translation>Ссылается сюда ({relation})</translation>
    </message>
    <message>
        <source>{number}st</source>
        <translation>{number}-я</translation>
    </message>
    <message>
        <source>{number}nd</source>
        <translation>{number}-я</translation>
    </message>
    <message>
        <source>{number}rd</source>
        <translation>{number}-я</translation>
    </message>
    <message>
        <source>{number}th</source>
        <translation>{number}-я</translation>
    </message>
    <message>
        <source>{status} (as of {date})</source>
        <translation>{status} (на {date})</translation>
    </message>
    <message numerus="yes">
        <source>more than %Ln</source>
        <translation>
            <numerusform>более %Ln</numerusform>
            <numerusform>более %Ln</numerusform>
            <numerusform>более %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln</source>
        <translation>
            <numerusform>%Ln</numerusform>
            <numerusform>%Ln</numerusform>
            <numerusform>%Ln</numerusform>
        </translation>
    </message>
    <message>
        <source>Outcome document</source>
        <translation>Итоговый документ</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Тема</translation>
    </message>
    <message>
        <source>Source document</source>
        <translation>Документ-источник</translation>
    </message>
</context>
<context>
    <name>RecordTree</name>
    <message>
        <source>Forums and meetings</source>
        <translation>Форумы и встречи</translation>
    </message>
</context>
<context>
    <name>RefEditor</name>
    <message>
        <source>type a name or an id</source>
        <translation>введите название или id</translation>
    </message>
</context>
<context>
    <name>ResultsView</name>
    <message>
        <source>Type in the search box to find records.</source>
        <translation>Введите запрос в поле поиска, чтобы найти записи.</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Результаты поиска</translation>
    </message>
    <message numerus="yes">
        <source>{count} — ranked among the %Ln most recently added; add words to narrow</source>
        <translation>
            <numerusform>{count} — лучшие отобраны из %Ln последней добавленной записи; уточните запрос, чтобы сузить поиск</numerusform>
            <numerusform>{count} — лучшие отобраны из %Ln последних добавленных записей; уточните запрос, чтобы сузить поиск</numerusform>
            <numerusform>{count} — лучшие отобраны из %Ln последних добавленных записей; уточните запрос, чтобы сузить поиск</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RoundCode</name>
    <message>
        <source>Held</source>
        <translation>Проведён</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Запланирован</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Планируется</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Отменён</translation>
    </message>
    <message>
        <source>Postponed</source>
        <translation>Отложен</translation>
    </message>
</context>
<context>
    <name>SavedSearchText</name>
    <message>
        <source>{name} (shared by {owner})</source>
        <translation>{name} (общий, от {owner})</translation>
    </message>
    <message>
        <source>{name} (shared)</source>
        <translation>{name} (общий)</translation>
    </message>
</context>
<context>
    <name>SearchBar</name>
    <message>
        <source>Search</source>
        <translation>Поиск</translation>
    </message>
    <message>
        <source>Search (Ctrl+F) — e.g. piracy forum:ARF year:2016</source>
        <translation>Поиск (Ctrl+F), например: piracy forum:ARF year:2016</translation>
    </message>
    <message>
        <source>Search records. Click ? (or press F1) for the search language.</source>
        <translation>Поиск записей. Нажмите «?» (или F1), чтобы открыть описание языка запросов.</translation>
    </message>
    <message>
        <source>Searches</source>
        <translation>Запросы</translation>
    </message>
    <message>
        <source>Recent and saved searches</source>
        <translation>Недавние и сохранённые запросы</translation>
    </message>
    <message>
        <source>Sea&amp;rches</source>
        <translation>&amp;Запросы</translation>
    </message>
    <message>
        <source>The search language, with examples</source>
        <translation>Язык запросов, с примерами</translation>
    </message>
    <message>
        <source>No database open</source>
        <translation>База данных не открыта</translation>
    </message>
    <message>
        <source>Saved searches</source>
        <translation>Сохранённые запросы</translation>
    </message>
    <message>
        <source>None yet</source>
        <translation>Пока нет</translation>
    </message>
    <message>
        <source>Recent searches</source>
        <translation>Недавние запросы</translation>
    </message>
    <message>
        <source>Save This Search…</source>
        <translation>Сохранить этот запрос…</translation>
    </message>
    <message>
        <source>Delete a Saved Search</source>
        <translation>Удалить сохранённый запрос</translation>
    </message>
    <message>
        <source>Clear Recent Searches</source>
        <translation>Очистить недавние запросы</translation>
    </message>
    <message>
        <source>Save Search</source>
        <translation>Сохранение запроса</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Название:</translation>
    </message>
    <message>
        <source>Share the search</source>
        <translation>Поделиться поиском</translation>
    </message>
    <message>
        <source>Share &apos;{name}&apos; with everyone using this archive? They can use it, not change it.</source>
        <translation>Поделиться поиском «{name}» со всеми, кто работает с этим архивом? Они смогут им пользоваться, но не изменять его.</translation>
    </message>
    <message>
        <source>Cannot save the search</source>
        <translation>Не удаётся сохранить запрос</translation>
    </message>
</context>
<context>
    <name>SearchController</name>
    <message>
        <source>Press Enter in the search box to find everything matching {query}.</source>
        <translation>Нажмите Enter в поле поиска, чтобы найти всё, что соответствует {query}.</translation>
    </message>
    <message>
        <source>The search failed.</source>
        <translation>Поиск не выполнен.</translation>
    </message>
</context>
<context>
    <name>SearchHelpDialog</name>
    <message>
        <source>same as {query}; also {words}</source>
        <translation>то же, что {query}; также {words}</translation>
    </message>
    <message>
        <source>same as {query}</source>
        <translation>то же, что {query}</translation>
    </message>
    <message>
        <source>records mentioning piracy (any case, accents ignored)</source>
        <translation>записи, где упоминается piracy (регистр и диакритика не учитываются)</translation>
    </message>
    <message>
        <source>the exact phrase</source>
        <translation>точная фраза</translation>
    </message>
    <message>
        <source>words starting with consult (consultation, consultations …)</source>
        <translation>слова, начинающиеся с consult (consultation, consultations …)</translation>
    </message>
    <message>
        <source>English stemming: also consultations, consulted</source>
        <translation>английские слова в любой форме: также consultations, consulted</translation>
    </message>
    <message>
        <source>both words (words next to each other must all match)</source>
        <translation>оба слова (все слова запроса должны найтись)</translation>
    </message>
    <message>
        <source>either word</source>
        <translation>любое из двух слов</translation>
    </message>
    <message>
        <source>security, but not ARF (also: NOT ARF)</source>
        <translation>security, но не ARF (или: NOT ARF)</translation>
    </message>
    <message>
        <source>parentheses group</source>
        <translation>скобки группируют условия</translation>
    </message>
    <message>
        <source>a forum by abbreviation, name, alias or id</source>
        <translation>форум по сокращению, названию, другому названию или идентификатору</translation>
    </message>
    <message>
        <source>meetings or rounds (also outcome, forum, process)</source>
        <translation>встречи или раунды (а также outcome, forum, process)</translation>
    </message>
    <message>
        <source>held in a country (name, alias or ISO code: country:LA)</source>
        <translation>проведённые в стране (название, другое название или код ISO: country:LA)</translation>
    </message>
    <message>
        <source>held in a city</source>
        <translation>проведённые в городе</translation>
    </message>
    <message>
        <source>dated in 2014 (uncertain dates count if they may fall in it)</source>
        <translation>с датой в 2014 году (неточные даты — если могут приходиться на него)</translation>
    </message>
    <message>
        <source>dated between Nov 2013 and Jun 2016 (open ends: date:2015..)</source>
        <translation>с датой с ноября 2013 по июнь 2016 года (без одной из границ: date:2015..)</translation>
    </message>
    <message>
        <source>held, scheduled, planned, adopted, expected …</source>
        <translation>значения: held, scheduled, planned, adopted, expected …</translation>
    </message>
    <message>
        <source>meetings with an agenda item on a topic</source>
        <translation>встречи с пунктом повестки дня по теме</translation>
    </message>
    <message>
        <source>meetings at a level (leaders, ministerial, senior officials …)</source>
        <translation>встречи определённого уровня (leaders, ministerial, senior officials …)</translation>
    </message>
    <message>
        <source>records anna changed (imported, edited, restored)</source>
        <translation>записи, изменённые anna (импорт, правка, восстановление)</translation>
    </message>
    <message>
        <source>records changed since November 2026 (UTC)</source>
        <translation>записи, изменённые с ноября 2026 года (UTC)</translation>
    </message>
    <message>
        <source>a Russian word in any form: also Манила, Манилы (еще: ещё)</source>
        <translation>русское слово в любой форме: также Манила, Манилы (еще = ещё)</translation>
    </message>
    <message>
        <source>acronyms exactly: АРФ, never арфа (арф: either)</source>
        <translation>аббревиатуры — точно: АРФ, но не арфа (арф — и то и другое)</translation>
    </message>
    <message>
        <source>names and aliases in any language, in any form</source>
        <translation>названия и другие названия на любом языке, в любой форме</translation>
    </message>
    <message>
        <source>records&apos; names in other languages too</source>
        <translation>и названия записей на других языках</translation>
    </message>
    <message>
        <source>One search language for the search box, the command line (summitry search) and saved searches. It ignores case and accents (cafe finds café), stems English words (consultation finds consultations) and finds every form of a Russian word (Манила finds Маниле). Words next to each other must all match; field filters narrow by forum, type, place, date, status, topic or level, with their values in English or Russian, and by who changed a record and when.</source>
        <translation>Единый язык запросов для поля поиска, командной строки (summitry search) и сохранённых запросов. Регистр и диакритика не учитываются (cafe находит café), английские слова находятся в любой форме (consultation находит consultations), русские — тоже (Манила находит Маниле). Слова, стоящие рядом, должны найтись все; поля уточняют поиск по форуму, типу, месту, дате, статусу, теме или уровню, а их значения можно писать по-английски или по-русски, а также по тому, кто и когда изменил запись.</translation>
    </message>
    <message>
        <source>Dates are uncertain, and the search respects it: a filter matches a record whose date may fall in the range. Any input is safe: a broken query is read as well as it can be, and a line under the search box says what was done. Choosing a forum, topic or country in the tree or the detail pane writes its filter into an empty search box.</source>
        <translation>Даты бывают неточными, и поиск это учитывает: условие выполняется, если дата записи может попадать в заданный промежуток. Ошибиться нельзя: запрос с ошибкой прочитывается как можно лучше, а строка под полем поиска объясняет, что было сделано. Если выбрать форум, тему или страну в дереве или в панели сведений, соответствующее условие появится в пустом поле поиска.</translation>
    </message>
    <message>
        <source>Search Language</source>
        <translation>Язык запросов</translation>
    </message>
    <message>
        <source>Search examples</source>
        <translation>Примеры запросов</translation>
    </message>
    <message>
        <source>Query</source>
        <translation>Запрос</translation>
    </message>
    <message>
        <source>Finds</source>
        <translation>Что находит</translation>
    </message>
    <message>
        <source>&amp;Try It</source>
        <translation>&amp;Попробовать</translation>
    </message>
    <message>
        <source>Put the chosen example in the search box and search</source>
        <translation>Вставить выбранный пример в поле поиска и выполнить поиск</translation>
    </message>
</context>
<context>
    <name>SearchHint</name>
    <message>
        <source>{field}: needs a value.</source>
        <translation>{field}: нужно значение.</translation>
    </message>
    <message>
        <source>No forum called &apos;{name}&apos;. Try: {examples}.</source>
        <translation>Нет форума «{name}». Попробуйте: {examples}.</translation>
    </message>
    <message>
        <source>No country called &apos;{name}&apos;. Try a name or ISO code: {examples}.</source>
        <translation>Нет страны «{name}». Попробуйте название или код ISO: {examples}.</translation>
    </message>
    <message>
        <source>No topic called &apos;{name}&apos;. Try: {examples}.</source>
        <translation>Нет темы «{name}». Попробуйте: {examples}.</translation>
    </message>
    <message>
        <source>No meeting or round was held in a city called &apos;{name}&apos;.</source>
        <translation>В городе «{name}» не проводилось ни встреч, ни раундов.</translation>
    </message>
    <message>
        <source>No record has the status &apos;{name}&apos;. Try: {examples}.</source>
        <translation>Ни у одной записи нет статуса «{name}». Попробуйте: {examples}.</translation>
    </message>
    <message>
        <source>No meeting is at the level &apos;{name}&apos;. Try: {examples}.</source>
        <translation>Нет встреч на уровне «{name}». Попробуйте: {examples}.</translation>
    </message>
    <message>
        <source>type: is one of meeting, round, outcome, forum, process, or in Russian встреча, раунд, документ, форум, процесс (not &apos;{name}&apos;).</source>
        <translation>type: — одно из: встреча, раунд, документ, форум, процесс (или по-английски meeting, round, outcome, forum, process), а не «{name}».</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a year the search understands; write {example}.</source>
        <translation>«{value}» — не год, понятный поиску; напишите {example}.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a date the search understands; write {example}.</source>
        <translation>«{value}» — не дата, понятная поиску; напишите {example}.</translation>
    </message>
    <message>
        <source> or </source>
        <translation> или </translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a date the search understands; write {example}</source>
        <translation>«{value}» — не дата, понятная поиску; напишите {example}</translation>
    </message>
    <message>
        <source>Nobody has changed a record yet.</source>
        <translation>Пока никто не изменял записи.</translation>
    </message>
    <message>
        <source>Nobody called &apos;{name}&apos; has changed a record. Changed by: {known}.</source>
        <translation>Никто с именем «{name}» не изменял записи. Изменяли: {known}.</translation>
    </message>
    <message>
        <source>A quotation mark is not closed; the phrase runs to the end.</source>
        <translation>Кавычка не закрыта; фраза продолжается до конца запроса.</translation>
    </message>
    <message>
        <source>{field}: needs a value, for example {example}.</source>
        <translation>{field}: нужно значение, например {example}.</translation>
    </message>
    <message>
        <source>There is no field &apos;{name}:&apos;; searched for the words instead. Fields: {fields}.</source>
        <translation>Поля «{name}:» нет; искались слова. Поля: {fields}.</translation>
    </message>
    <message>
        <source>A closing parenthesis has no opening one; it was ignored.</source>
        <translation>У закрывающей скобки нет открывающей; она пропущена.</translation>
    </message>
    <message>
        <source>OR needs words on both sides, as in: piracy OR terrorism.</source>
        <translation>OR нужны слова с обеих сторон, например: пиратство OR терроризм.</translation>
    </message>
    <message>
        <source>NOT needs a word after it, as in: NOT ARF.</source>
        <translation>После NOT нужно слово, например: NOT АРФ.</translation>
    </message>
    <message numerus="yes">
        <source>Only the first %n words and filters are used.</source>
        <translation>
            <numerusform>Учитываются только первое %n слово и фильтры.</numerusform>
            <numerusform>Учитываются только первые %n слова и фильтра.</numerusform>
            <numerusform>Учитываются только первые %n слов и фильтров.</numerusform>
        </translation>
    </message>
    <message>
        <source>&apos;{text}&apos; has no letters or digits to search for; it was ignored.</source>
        <translation>В «{text}» нет букв или цифр для поиска; пропущено.</translation>
    </message>
    <message numerus="yes">
        <source>Parentheses nested more than %n deep were ignored.</source>
        <translation>
            <numerusform>Скобки глубже %n уровня вложенности пропущены.</numerusform>
            <numerusform>Скобки глубже %n уровней вложенности пропущены.</numerusform>
            <numerusform>Скобки глубже %n уровней вложенности пропущены.</numerusform>
        </translation>
    </message>
    <message>
        <source>A parenthesis is not closed; it was closed at the end.</source>
        <translation>Скобка не закрыта; она закрыта в конце запроса.</translation>
    </message>
</context>
<context>
    <name>SearchRunner</name>
    <message>
        <source>The search failed: {reason}</source>
        <translation>Поиск не выполнен: {reason}</translation>
    </message>
</context>
<context>
    <name>SearchText</name>
    <message>
        <source>No results</source>
        <translation>Ничего не найдено</translation>
    </message>
    <message numerus="yes">
        <source>%Ln+ result(s)</source>
        <comment>counting stopped: there are more</comment>
        <translation>
            <numerusform>%Ln+ результат</numerusform>
            <numerusform>%Ln+ результата</numerusform>
            <numerusform>%Ln+ результатов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln result(s)</source>
        <translation>
            <numerusform>%Ln результат</numerusform>
            <numerusform>%Ln результата</numerusform>
            <numerusform>%Ln результатов</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SearchWords</name>
    <message>
        <source>Round {number}</source>
        <translation>Раунд {number}</translation>
    </message>
    <message>
        <source>Venue: {place}</source>
        <translation>Место: {place}</translation>
    </message>
</context>
<context>
    <name>ServerText</name>
    <message>
        <source>{where} is empty: no Summitry archive is set up in it yet.</source>
        <translation>{where}: база данных пуста — в ней ещё не создан архив Summitry.</translation>
    </message>
    <message>
        <source>Open it to set it up.</source>
        <translation>Откройте её, чтобы создать архив.</translation>
    </message>
    <message>
        <source>This archive has no search index yet (database version {version}): its owner runs &apos;{command}&apos; once to build it.</source>
        <translation>У этого архива ещё нет поискового индекса (версия базы данных {version}): чтобы построить его, владелец архива один раз выполняет «{command}».</translation>
    </message>
    <message>
        <source>{where} holds tables of another application ({tables}) and is not a Summitry archive.</source>
        <translation>{where}: база данных содержит таблицы другого приложения ({tables}) и не является архивом Summitry.</translation>
    </message>
    <message>
        <source>Summitry leaves it unchanged. Choose an empty database, or a Summitry archive.</source>
        <translation>Summitry оставляет её без изменений. Выберите пустую базу данных или архив Summitry.</translation>
    </message>
    <message>
        <source>a newer release</source>
        <translation>более новой версии</translation>
    </message>
    <message>
        <source>{where} needs Summitry {needs} or newer (database version {version}; this is Summitry {this}, which reads up to version {latest}).</source>
        <translation>{where}: нужен Summitry {needs} или новее (версия базы данных {version}; это Summitry {this}, читающий версии до {latest}).</translation>
    </message>
    <message>
        <source>Update Summitry to open it. The archive has not been changed.</source>
        <translation>Чтобы открыть его, обновите Summitry. Архив не изменён.</translation>
    </message>
    <message>
        <source>This archive needs Summitry {needs} or newer to change it ({where} is at database version {version}; this is Summitry {this}); it is open read-only.</source>
        <translation>Чтобы изменять этот архив, нужен Summitry {needs} или новее ({where} — версия базы данных {version}; это Summitry {this}); архив открыт только для чтения.</translation>
    </message>
    <message>
        <source>Update Summitry to make changes.</source>
        <translation>Чтобы вносить изменения, обновите Summitry.</translation>
    </message>
    <message>
        <source>{where} is at database version {version} and this Summitry writes version {latest}; it is open read-only until its owner runs &apos;{command}&apos;.</source>
        <translation>{where}: версия базы данных {version}, а эта версия Summitry записывает версию {latest}; архив открыт только для чтения, пока его владелец не выполнит «{command}».</translation>
    </message>
    <message>
        <source>The archive&apos;s owner runs &apos;{command} --database URL&apos; once; every older Summitry then reads it only.</source>
        <translation>Владелец архива один раз выполняет «{command} --database URL»; после этого все более старые версии Summitry только читают его.</translation>
    </message>
    <message>
        <source>Only the owner of {where} ({owner}) can upgrade it.</source>
        <translation>Обновить {where} может только владелец ({owner}).</translation>
    </message>
    <message>
        <source>Ask them to run &apos;{command}&apos;. Nothing was changed.</source>
        <translation>Попросите его выполнить «{command}». Ничего не изменено.</translation>
    </message>
    <message>
        <source>{where} is empty: it holds no archive to upgrade.</source>
        <translation>{where}: база данных пуста — в ней нет архива для обновления.</translation>
    </message>
    <message>
        <source>Open it to set up.</source>
        <translation>Откройте её, чтобы создать архив.</translation>
    </message>
    <message>
        <source>{where} is at database version {version}, newer than this Summitry&apos;s {latest}.</source>
        <translation>{where}: версия базы данных {version} новее, чем {latest}, которую знает эта версия Summitry.</translation>
    </message>
    <message>
        <source>It needs no upgrade from this Summitry; update Summitry to {needs} or newer.</source>
        <translation>Этой версии Summitry не нужно его обновлять; обновите Summitry до {needs} или новее.</translation>
    </message>
    <message>
        <source>Check the server&apos;s address (and that it is running), then try again.</source>
        <translation>Проверьте адрес сервера (и что он запущен), затем повторите попытку.</translation>
    </message>
    <message>
        <source>Check the user name and password (in the URL, ~/.pgpass or the service file), then try again.</source>
        <translation>Проверьте имя пользователя и пароль (в URL, ~/.pgpass или файле служб), затем повторите попытку.</translation>
    </message>
    <message>
        <source>Ask the archive&apos;s owner (or the server&apos;s administrator) for access.</source>
        <translation>Попросите доступ у владельца архива (или администратора сервера).</translation>
    </message>
    <message>
        <source>{where} is on a PostgreSQL server, and this Summitry was installed without PostgreSQL support.</source>
        <translation>{where} находится на сервере PostgreSQL, а этот Summitry установлен без поддержки PostgreSQL.</translation>
    </message>
    <message>
        <source>Install it with: pip install &apos;summitry[postgresql]&apos;</source>
        <translation>Установите её командой: pip install &apos;summitry[postgresql]&apos;</translation>
    </message>
    <message>
        <source>{where}: the server refused: {words}.</source>
        <translation>{where}: сервер отказал: {words}.</translation>
    </message>
    <message>
        <source>Cannot reach the database server of {where}: it is not running, or not at that address.</source>
        <translation>Не удаётся связаться с сервером баз данных {where}: он не запущен или находится не по этому адресу.</translation>
    </message>
    <message>
        <source>The server of {where} does not offer an encrypted (TLS) connection, and sslmode={sslmode} requires one.</source>
        <translation>Сервер {where} не предлагает зашифрованного соединения (TLS), а sslmode={sslmode} его требует.</translation>
    </message>
    <message>
        <source>Ask the server&apos;s administrator to turn on SSL (ssl = on), or check that this is the right server.</source>
        <translation>Попросите администратора сервера включить SSL (ssl = on) или проверьте, тот ли это сервер.</translation>
    </message>
    <message>
        <source>The server of {where} offers an encrypted (TLS) connection, but its certificate failed the check sslmode={sslmode} asks for.</source>
        <translation>Сервер {where} предлагает зашифрованное соединение (TLS), но его сертификат не прошёл проверку, которую требует sslmode={sslmode}.</translation>
    </message>
    <message>
        <source>Check the root certificate (sslrootcert in the URL or service file, or ~/.postgresql/root.crt) and, for verify-full, that the host is the name in the server&apos;s certificate.</source>
        <translation>Проверьте корневой сертификат (sslrootcert в URL или файле служб либо ~/.postgresql/root.crt), а для verify-full — что имя хоста совпадает с именем в сертификате сервера.</translation>
    </message>
    <message>
        <source>The database server of {where} is starting up or shutting down.</source>
        <translation>Сервер баз данных {where} запускается или останавливается.</translation>
    </message>
    <message>
        <source>Wait a moment, then try again.</source>
        <translation>Подождите немного, затем повторите попытку.</translation>
    </message>
    <message>
        <source>{where} is not a usable server address.</source>
        <translation>{where} — непригодный адрес сервера.</translation>
    </message>
    <message>
        <source>Check the URL&apos;s host, port and options.</source>
        <translation>Проверьте хост, порт и параметры в URL.</translation>
    </message>
    <message>
        <source>The server of {where} asks for a password.</source>
        <translation>Сервер {where} запрашивает пароль.</translation>
    </message>
    <message>
        <source>Give it in ~/.pgpass or a libpq service file (or in the URL), then try again.</source>
        <translation>Укажите его в ~/.pgpass или в файле служб libpq (или в URL), затем повторите попытку.</translation>
    </message>
    <message>
        <source>The server of {where} refused the user name or password.</source>
        <translation>Сервер {where} отклонил имя пользователя или пароль.</translation>
    </message>
    <message>
        <source>The server of {where} has no such database.</source>
        <translation>На сервере {where} нет такой базы данных.</translation>
    </message>
    <message>
        <source>Check the database&apos;s name, or ask the server&apos;s administrator to create it (createdb).</source>
        <translation>Проверьте имя базы данных или попросите администратора сервера создать её (createdb).</translation>
    </message>
    <message>
        <source>The connection to the server of {where} was lost; what was being done was not finished, and nothing half-done was saved.</source>
        <translation>Соединение с сервером {where} потеряно; начатое действие не завершено, и ничего незавершённого не сохранено.</translation>
    </message>
    <message>
        <source>Try again. If it keeps happening, check the network and the server.</source>
        <translation>Повторите попытку. Если это повторяется, проверьте сеть и сервер.</translation>
    </message>
    <message>
        <source>{where} is busy: other work on the server holds what this needs.</source>
        <translation>{where}: архив занят — другая работа на сервере удерживает то, что нужно для этого действия.</translation>
    </message>
    <message>
        <source>Try again in a moment.</source>
        <translation>Повторите попытку чуть позже.</translation>
    </message>
    <message>
        <source>{where} cannot be changed: the server&apos;s disk is full.</source>
        <translation>{where}: изменить нельзя — диск сервера заполнен.</translation>
    </message>
    <message>
        <source>Ask the server&apos;s administrator to free some space, then try again.</source>
        <translation>Попросите администратора сервера освободить место, затем повторите попытку.</translation>
    </message>
    <message>
        <source>{where} cannot be changed: the server accepts only reads (a standby, or a read-only setting).</source>
        <translation>{where}: изменить нельзя — сервер принимает только чтение (резервный сервер или настройка «только чтение»).</translation>
    </message>
    <message>
        <source>Connect to the server that accepts changes, or ask its administrator.</source>
        <translation>Подключитесь к серверу, который принимает изменения, или обратитесь к его администратору.</translation>
    </message>
    <message>
        <source>The server reports damaged data in {where}.</source>
        <translation>Сервер сообщает о повреждённых данных в {where}.</translation>
    </message>
    <message>
        <source>Tell the server&apos;s administrator: pg_amcheck finds the damage, and the server&apos;s backups repair it.</source>
        <translation>Сообщите администратору сервера: pg_amcheck найдёт повреждение, а резервные копии сервера его исправят.</translation>
    </message>
    <message>
        <source>The server of {where} asks for a password for user &apos;{user}&apos;.</source>
        <translation>Сервер {where} запрашивает пароль пользователя «{user}».</translation>
    </message>
    <message>
        <source>The server of {where} refused the user name or password for &apos;{user}&apos;.</source>
        <translation>Сервер {where} отклонил имя пользователя или пароль для «{user}».</translation>
    </message>
    <message>
        <source>{where}: this login has no permission to use this archive.</source>
        <translation>{where}: у этой учётной записи нет прав на использование этого архива.</translation>
    </message>
    <message>
        <source>{where}: user &apos;{user}&apos; has no permission to use this archive.</source>
        <translation>{where}: у пользователя «{user}» нет прав на использование этого архива.</translation>
    </message>
    <message>
        <source>{where}: this login has no permission to open this archive.</source>
        <translation>{where}: у этой учётной записи нет прав на открытие этого архива.</translation>
    </message>
    <message>
        <source>{where}: user &apos;{user}&apos; has no permission to open this archive.</source>
        <translation>{where}: у пользователя «{user}» нет прав на открытие этого архива.</translation>
    </message>
    <message>
        <source>{where}: this login has no permission to set up or change this archive.</source>
        <translation>{where}: у этой учётной записи нет прав на создание или изменение этого архива.</translation>
    </message>
    <message>
        <source>{where}: user &apos;{user}&apos; has no permission to set up or change this archive.</source>
        <translation>{where}: у пользователя «{user}» нет прав на создание или изменение этого архива.</translation>
    </message>
    <message>
        <source>Connected to PostgreSQL {version} as {user}, encrypted (TLS).</source>
        <translation>Подключено к PostgreSQL {version} как {user}, с шифрованием (TLS).</translation>
    </message>
    <message>
        <source>Connected to PostgreSQL {version} as {user}.</source>
        <translation>Подключено к PostgreSQL {version} как {user}.</translation>
    </message>
    <message>
        <source>The database holds another application&apos;s tables ({tables}) and no Summitry archive: Summitry leaves it unchanged. Choose an empty database, or a Summitry archive.</source>
        <translation>В базе данных есть таблицы другого приложения ({tables}) и нет архива Summitry: Summitry оставляет её без изменений. Выберите пустую базу данных или архив Summitry.</translation>
    </message>
    <message>
        <source>The database is empty: Connect sets up a Summitry archive in it, with the bundled dataset.</source>
        <translation>База данных пуста: «Подключиться» создаст в ней архив Summitry со встроенным набором данных.</translation>
    </message>
    <message>
        <source>It holds a Summitry archive (database version {version}) that needs a newer Summitry.</source>
        <translation>В ней архив Summitry (версия базы данных {version}), которому нужна более новая версия Summitry.</translation>
    </message>
    <message>
        <source>It holds a Summitry archive from a newer Summitry (database version {version}): it opens read-only.</source>
        <translation>В ней архив более новой версии Summitry (версия базы данных {version}): он откроется только для чтения.</translation>
    </message>
    <message>
        <source>It holds a Summitry archive at database version {version}: it opens read-only until its owner runs &apos;{command}&apos;.</source>
        <translation>В ней архив Summitry с версией базы данных {version}: он открывается только для чтения, пока его владелец не выполнит «{command}».</translation>
    </message>
    <message>
        <source>It holds a Summitry archive.</source>
        <translation>В ней архив Summitry.</translation>
    </message>
    <message>
        <source>the server&apos;s own storage (its pages and indexes): that is the server&apos;s to check; its administrator can run pg_amcheck</source>
        <translation>собственное хранилище сервера (его страницы и индексы): его проверяет сам сервер; администратор может запустить pg_amcheck</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>The settings file {path} could not be read; Summitry started with its defaults (the file is kept as {aside}).</source>
        <translation>Не удалось прочитать файл настроек {path}; Summitry запущена с настройками по умолчанию (файл сохранён как {aside}).</translation>
    </message>
</context>
<context>
    <name>ShowText</name>
    <message>
        <source>{type} · id {id}</source>
        <translation>{type} · идентификатор {id}</translation>
    </message>
    <message>
        <source>Cited</source>
        <translation>Со ссылками</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Повестка дня</translation>
    </message>
    <message>
        <source>Topics: {topics}</source>
        <translation>Темы: {topics}</translation>
    </message>
    <message>
        <source>Related</source>
        <translation>Связанные записи</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Примечания</translation>
    </message>
    <message>
        <source>source {id}</source>
        <translation>источник {id}</translation>
    </message>
    <message>
        <source>paragraph {number}</source>
        <translation>пункт {number}</translation>
    </message>
    <message>
        <source>Not from the source ({basis}): {comment}</source>
        <translation>Не из источника ({basis}): {comment}</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Источники</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <source>(id {id}; &apos;summitry show {id}&apos; prints its text)</source>
        <translation>(идентификатор {id}; его текст выводит summitry show {id})</translation>
    </message>
</context>
<context>
    <name>SingleInstance</name>
    <message>
        <source>another process</source>
        <translation>другой процесс</translation>
    </message>
    <message>
        <source>Summitry is already running with this database ({who}).</source>
        <translation>Summitry уже работает с этой базой данных ({who}).</translation>
    </message>
</context>
<context>
    <name>SourceViewer</name>
    <message>
        <source>Click a cited passage in the details to open its source here.</source>
        <translation>Щёлкните ссылку на источник в сведениях о записи, чтобы открыть здесь цитируемый фрагмент.</translation>
    </message>
    <message>
        <source>Source text</source>
        <translation>Текст источника</translation>
    </message>
</context>
<context>
    <name>TimelineLegend</name>
    <message>
        <source>held</source>
        <translation>проведено</translation>
    </message>
    <message>
        <source>scheduled / planned</source>
        <translation>предстоит</translation>
    </message>
    <message>
        <source>several</source>
        <translation>несколько</translation>
    </message>
    <message>
        <source>month or longer</source>
        <translation>месяц и дольше</translation>
    </message>
    <message>
        <source>as of the sources</source>
        <translation>дата источников</translation>
    </message>
    <message>
        <source>Timeline legend</source>
        <translation>Условные обозначения хронологии</translation>
    </message>
    <message>
        <source>Filled: held · hollow, dashed: scheduled or planned · dark block: several meetings too close to tell apart (zoom in) · pale band: dated only to a month or more · dashed red line: the sources&apos; date</source>
        <translation>Закрашенная отметка: проведено · пустая, пунктиром: предстоит (назначено или запланировано) · тёмный блок: несколько встреч слишком близко друг к другу (увеличьте масштаб) · бледная полоса: дата известна лишь с точностью до месяца или грубее · красный пунктир: дата, на которую составлены источники</translation>
    </message>
</context>
<context>
    <name>TimelinePanel</name>
    <message>
        <source>Process</source>
        <translation>Процесс</translation>
    </message>
    <message>
        <source>Forum lanes</source>
        <translation>Строки форумов</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Крупнее</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Мельче</translation>
    </message>
    <message>
        <source>Fit to data</source>
        <translation>Показать всё</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Всё</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Экспорт</translation>
    </message>
    <message>
        <source>Export as PNG…</source>
        <translation>Экспорт в PNG…</translation>
    </message>
    <message>
        <source>Export as SVG…</source>
        <translation>Экспорт в SVG…</translation>
    </message>
    <message>
        <source>Process:</source>
        <translation>Процесс:</translation>
    </message>
    <message>
        <source>Too many meetings: shown up to {date}, zoom in for the rest</source>
        <translation>Слишком много встреч: показаны до {date}, для остальных увеличьте масштаб</translation>
    </message>
    <message>
        <source>Export timeline as PNG</source>
        <translation>Экспорт хронологии в PNG</translation>
    </message>
    <message>
        <source>Export timeline as SVG</source>
        <translation>Экспорт хронологии в SVG</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>Изображение PNG (*.png)</translation>
    </message>
    <message>
        <source>SVG drawing (*.svg)</source>
        <translation>Рисунок SVG (*.svg)</translation>
    </message>
    <message>
        <source>Could not write {path}. Choose another folder.</source>
        <translation>Не удалось записать {path}. Выберите другую папку.</translation>
    </message>
    <message>
        <source>Timeline saved as {path}</source>
        <translation>Хронология сохранена в {path}</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Хронология</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <source>as of {date}</source>
        <translation>на {date}</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Хронология</translation>
    </message>
    <message>
        <source>No events</source>
        <translation>Нет событий</translation>
    </message>
    <message>
        <source>{events} in {lane}</source>
        <translation>{lane}: {events}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln of them highlighted</source>
        <translation>
            <numerusform>выделено из них: %Ln</numerusform>
            <numerusform>выделено из них: %Ln</numerusform>
            <numerusform>выделено из них: %Ln</numerusform>
        </translation>
    </message>
    <message>
        <source>Click to list them</source>
        <translation>Щёлкните, чтобы увидеть список</translation>
    </message>
    <message>
        <source>Click to zoom in</source>
        <translation>Щёлкните, чтобы увеличить масштаб</translation>
    </message>
    <message numerus="yes">
        <source>… and %Ln more</source>
        <translation>
            <numerusform>… и ещё %Ln</numerusform>
            <numerusform>… и ещё %Ln</numerusform>
            <numerusform>… и ещё %Ln</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TimelineWords</name>
    <message numerus="yes">
        <source>%Ln round(s)</source>
        <translation>
            <numerusform>%Ln раунд</numerusform>
            <numerusform>%Ln раунда</numerusform>
            <numerusform>%Ln раундов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln meeting(s)</source>
        <translation>
            <numerusform>%Ln встреча</numerusform>
            <numerusform>%Ln встречи</numerusform>
            <numerusform>%Ln встреч</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln event(s)</source>
        <translation>
            <numerusform>%Ln событие</numerusform>
            <numerusform>%Ln события</numerusform>
            <numerusform>%Ln событий</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TreeText</name>
    <message>
        <source>Outcome documents without a meeting</source>
        <translation>Итоговые документы вне встреч</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Страны</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Темы</translation>
    </message>
    <message>
        <source>Source documents</source>
        <translation>Документы-источники</translation>
    </message>
    <message>
        <source>Last changed by {who} on {when}</source>
        <translation>Последнее изменение: {who}, {when}</translation>
    </message>
    <message>
        <source>Round {number}</source>
        <translation>Раунд {number}</translation>
    </message>
    <message numerus="yes">
        <source>%n forum(s)</source>
        <translation>
            <numerusform>%n форум</numerusform>
            <numerusform>%n форума</numerusform>
            <numerusform>%n форумов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n meeting(s)</source>
        <translation>
            <numerusform>%n встреча</numerusform>
            <numerusform>%n встречи</numerusform>
            <numerusform>%n встреч</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n process(es)</source>
        <translation>
            <numerusform>%n процесс</numerusform>
            <numerusform>%n процесса</numerusform>
            <numerusform>%n процессов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n round(s)</source>
        <translation>
            <numerusform>%n раунд</numerusform>
            <numerusform>%n раунда</numerusform>
            <numerusform>%n раундов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n outcome(s)</source>
        <translation>
            <numerusform>%n итоговый документ</numerusform>
            <numerusform>%n итоговых документа</numerusform>
            <numerusform>%n итоговых документов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n source(s)</source>
        <translation>
            <numerusform>%n источник</numerusform>
            <numerusform>%n источника</numerusform>
            <numerusform>%n источников</numerusform>
        </translation>
    </message>
    <message>
        <source>No records</source>
        <translation>Нет записей</translation>
    </message>
</context>
</TS>
