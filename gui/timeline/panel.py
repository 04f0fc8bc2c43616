"""The timeline panel: a process selector, optional forum lanes, zoom buttons, export, and the canvas.

The rounds of the chosen process (the EAS consultations on regional security
by default) form the first lane; each chosen forum adds a lane with its
meetings, read from the database only for the visible date range.
"""

from __future__ import annotations

import zlib
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings, QStandardPaths, Qt, QTimer, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QComboBox,
    QDockWidget,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QScrollArea,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from gui.icons import COLOURS
from gui.timeline.legend import TimelineLegend
from gui.timeline.view import AXIS_HEIGHT, LANE_HEIGHT, Lane, TimelineView, day_number
from model import i18n

if TYPE_CHECKING:
    from model.store.database import Database

#: Forum lanes' colours (none of them the rounds' green). A forum keeps its colour from session to session:
#: it is chosen from the forum's id, the next free one when another lane shown has it.
LANE_COLOURS = [
    "#2f6db5",
    "#c0392b",
    "#7d3c98",
    "#d68910",
    "#16a085",
    "#7b5b3a",
    "#c2185b",
    "#5d6d7e",
    "#9a7d0a",
    "#1a3a6b",
]
#: How far beyond the visible range forum lanes are read, in spans, so short pans need no query.
PREFETCH = 1.0
#: A lane added makes the timeline's dock taller, up to this share of the window's height.
GROW_AT_MOST = 0.5
_TOP_OR_BOTTOM = (Qt.DockWidgetArea.TopDockWidgetArea, Qt.DockWidgetArea.BottomDockWidgetArea)
#: At most this many meetings are read for the lanes at once (the earliest first); more would slow a zoom-out.
READ_AT_MOST = 20000


class TimelinePanel(QWidget):
    """Timeline with its controls. ``recordActivated(str)`` fires when the user picks an event."""

    recordActivated = Signal(str)
    #: A picture of the timeline was written to this path.
    exported = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("timelinePanel")
        self._db: Database | None = None
        #: Where the export folder last used is kept (the window gives its settings); None: this session only.
        self.settings: QSettings | None = None
        self._export_folder = ""
        self.view = TimelineView()
        # More lanes than the panel is tall scroll; the view is as tall as its lanes.
        self.lane_scroll = QScrollArea()
        self.lane_scroll.setObjectName("timelineScroll")
        self.lane_scroll.setWidget(self.view)
        self.lane_scroll.setWidgetResizable(True)
        self.lane_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.lane_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # However small the dock is left (a window made small, then large again), one lane shows whole: its marks
        # and the labels under them, not a strip of marks with the labels cut off.
        self.lane_scroll.setMinimumHeight(self.view.minimumSizeHint().height())
        self.legend = TimelineLegend()
        self.process_box = QComboBox()
        self.process_box.setObjectName("processSelector")
        self.process_box.setAccessibleName(self.tr("Process"))
        self.process_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.lanes_button = QToolButton()
        self.lanes_button.setText(self.tr("Forum lanes"))
        self.lanes_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.lanes_menu = QMenu(self.lanes_button)
        self.lanes_menu.aboutToShow.connect(self._fill_lanes_menu)
        self.lanes_button.setMenu(self.lanes_menu)
        # Every forum (hundreds in a large archive) and the chosen ones, in the menu's order. The menu's
        # actions are made when it first opens: start-up does not build one per forum. Nor does it read the
        # forums, unless lanes were kept from the last run: None until they are read (_forums()).
        self._forum_choices: list[tuple[str, str]] | None = []
        self._chosen: list[str] = []
        self.zoom_in_button = self._button(self.tr("Zoom in"), "+", lambda: self.view.zoom(1.5))
        self.zoom_out_button = self._button(self.tr("Zoom out"), "−", lambda: self.view.zoom(1 / 1.5))
        self.fit_button = self._button(self.tr("Fit to data"), self.tr("Fit"), self.view.fit)
        self.export_button = QToolButton()
        self.export_button.setText(self.tr("Export"))
        self.export_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        export_menu = QMenu(self.export_button)
        export_menu.addAction(self.tr("Export as PNG…"), lambda: self.export_dialog("png"))
        export_menu.addAction(self.tr("Export as SVG…"), lambda: self.export_dialog("svg"))
        self.export_button.setMenu(export_menu)
        self.partial_label = QLabel()
        self.partial_label.setObjectName("timelinePartial")
        self.partial_label.setTextFormat(Qt.TextFormat.PlainText)
        self.partial_label.setStyleSheet("color: #8a5a00")
        self.partial_label.hide()

        bar = QHBoxLayout()
        bar.setContentsMargins(4, 2, 4, 2)
        label = QLabel(self.tr("Process:"))
        label.setBuddy(self.process_box)
        bar.addWidget(label)
        bar.addWidget(self.process_box)
        bar.addWidget(self.lanes_button)
        bar.addSpacing(12)
        bar.addWidget(self.legend, 1)
        bar.addWidget(self.partial_label)
        for w in (self.zoom_out_button, self.zoom_in_button, self.fit_button, self.export_button):
            bar.addWidget(w)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addLayout(bar)
        layout.addWidget(self.lane_scroll, 1)

        self._process_lane: Lane | None = None
        self._forum_lanes: dict[str, Lane] = {}
        self._loaded: tuple[float, float] | None = None
        self._refresh = QTimer(self)
        self._refresh.setSingleShot(True)
        self._refresh.setInterval(120)
        self._refresh.timeout.connect(self._load_forum_events)
        self.process_box.currentIndexChanged.connect(self._on_process_changed)
        self.view.eventActivated.connect(self.recordActivated)
        self.view.rangeChanged.connect(self._on_range_changed)

    def _button(self, tip: str, text: str, slot: object) -> QToolButton:
        button = QToolButton()
        button.setText(text)
        button.setToolTip(tip)
        button.setAccessibleName(tip)
        button.clicked.connect(slot)
        return button

    # --- data --------------------------------------------------------------------------------------------

    def set_database(
        self, database: Database | None, process_id: str | None = None, forums: Sequence[str] = ()
    ) -> None:
        """Attach a database; show ``process_id`` (or the default process) and lanes for ``forums``."""
        from model.reads import queries

        self._db = database
        self.process_box.blockSignals(True)
        self.process_box.clear()
        self.lanes_menu.clear()
        self._forum_choices, self._chosen = [], []
        self._forum_lanes = {}
        self._process_lane = None
        if database is None:
            self.process_box.blockSignals(False)
            self._rebuild()
            return
        with database.reader() as conn:
            choices = queries.processes(conn, i18n.language())  # names in the interface's language
            default = queries.default_process(conn)
        for c in choices:
            self.process_box.addItem(c.label, c.id)
        wanted = process_id if process_id in {c.id for c in choices} else default
        self.process_box.setCurrentIndex(max(self.process_box.findData(wanted), 0))
        self.process_box.blockSignals(False)
        self._forum_choices = None
        self._chosen = [fid for fid, _label in self._forums() if fid in forums] if forums else []
        self._load_process()
        # Lanes with their extents now, their meetings once fitted: read once, for the range shown.
        self._sync_forum_lanes(load=False)
        self.view.fit()
        self._refresh.start()

    def process_id(self) -> str | None:
        data = self.process_box.currentData()
        return str(data) if data else None

    def set_process(self, process_id: str) -> bool:
        index = self.process_box.findData(process_id)
        if index < 0:
            return False
        self.process_box.setCurrentIndex(index)
        return True

    def forum_lanes(self) -> list[str]:
        """The forums shown as lanes, in the order of the Forum lanes menu."""
        return list(self._chosen)

    def _forums(self) -> list[tuple[str, str]]:
        """Every forum as (id, label), by label in the interface's language: read when first needed."""
        if self._forum_choices is None:
            from model.reads import queries

            self._forum_choices = []
            if self._db is not None:
                with self._db.reader() as conn:
                    self._forum_choices = [(c.id, c.label) for c in queries.forums(conn, i18n.language())]
        return self._forum_choices

    def set_forum_lanes(self, forum_ids: Sequence[str]) -> None:
        self._chosen = [fid for fid, _label in self._forums() if fid in forum_ids]
        for action in self.lanes_menu.actions():
            action.blockSignals(True)
            action.setChecked(action.data() in self._chosen)
            action.blockSignals(False)
        self._sync_forum_lanes()

    def _fill_lanes_menu(self) -> None:
        if self.lanes_menu.actions() or not self._forums():
            return
        for fid, label in self._forums():
            action = QAction(label, self.lanes_menu)
            action.setCheckable(True)
            action.setData(fid)
            action.setChecked(fid in self._chosen)
            action.toggled.connect(self._on_lanes_changed)
            self.lanes_menu.addAction(action)

    def select(self, rid: str | None) -> None:
        """Mark the record selected elsewhere (tree, detail links); switch process for a round of another one."""
        if rid and self._db is not None and not self.view.has_event(rid):
            from model.reads import queries

            with self._db.reader() as conn:
                kind = queries.record_type(conn, rid)
                # Only a round needs its path (to find its process): a meeting, the usual click, costs one query.
                path = queries.tree_paths(conn, [rid]).get(rid, []) if kind == "round" else []
            if kind == "round" and path:
                self.set_process(path[-1])
            elif kind == "process":
                self.set_process(rid)
        self.view.set_selected(rid)

    def _on_process_changed(self) -> None:
        self._load_process()
        self.view.fit()

    def _load_process(self) -> None:
        from model.reads import queries

        pid = self.process_id()
        self._process_lane = None
        self.view.set_as_of(None)
        if self._db is not None and pid:
            with self._db.reader() as conn:
                timeline = queries.process_timeline(conn, pid, i18n.language())
            if timeline is not None:
                lane = Lane(pid, _short(timeline.title), COLOURS["round"])
                lane.set_events(timeline.events)
                self._process_lane = lane
                self.view.set_as_of(timeline.as_of)
        self._rebuild()

    def _on_lanes_changed(self) -> None:
        before = set(self._forum_lanes)
        self._chosen = [str(a.data()) for a in self.lanes_menu.actions() if a.isChecked()]
        fitted = self.view.is_fitted()
        self._sync_forum_lanes()
        if fitted or self._process_lane is None or not self._process_lane.events:
            self.view.fit()  # showing everything: a lane added is shown whole too
        added = [n for n, lane in enumerate(self.view.lanes) if lane.id not in before and lane.id in self._forum_lanes]
        if added:
            self._grow_to_fit()
            bottom = AXIS_HEIGHT + (added[-1] + 1) * LANE_HEIGHT
            # Scrolled into view once the panel has laid out its new height.
            QTimer.singleShot(0, self, lambda: self.lane_scroll.ensureVisible(0, bottom, 0, 4))

    def _grow_to_fit(self) -> None:
        """Make the timeline's dock tall enough for every lane, up to GROW_AT_MOST of the window (then it scrolls)."""
        dock, window = self.parentWidget(), self.window()
        if not isinstance(dock, QDockWidget) or not isinstance(window, QMainWindow) or dock.isFloating():
            return
        missing = self.view.minimumHeight() - self.lane_scroll.viewport().height()
        if missing <= 0 or window.dockWidgetArea(dock) not in _TOP_OR_BOTTOM:
            return
        wanted = min(dock.height() + missing, int(window.height() * GROW_AT_MOST))
        if wanted > dock.height():
            window.resizeDocks([dock], [wanted], Qt.Orientation.Vertical)

    def _sync_forum_lanes(self, load: bool = True) -> None:
        """Make a lane per chosen forum, knowing each one's whole extent (so "fit" shows all of it)."""
        from model.reads import queries

        chosen = self.forum_lanes()
        labels = dict(self._forums()) if chosen else {}
        kept = {fid: lane for fid, lane in self._forum_lanes.items() if fid in chosen}
        taken = {lane.colour for lane in kept.values()}
        for fid in sorted(set(chosen) - kept.keys()):  # by id, so the same lanes get the same colours
            colour = lane_colour(fid, taken)
            taken.add(colour)
            kept[fid] = Lane(fid, labels.get(fid, fid), colour)
        self._forum_lanes = {fid: kept[fid] for fid in chosen}
        if self._db is not None and chosen:
            with self._db.reader() as conn:
                extents = queries.meeting_extents(conn, chosen)
            for fid, lane in self._forum_lanes.items():
                first_last = extents.get(fid)
                lane.extent = (day_number(first_last[0]), day_number(first_last[1]) + 1) if first_last else None
        self._loaded = None
        if load:
            self._load_forum_events()
        else:
            self._rebuild()

    def _on_range_changed(self, start: float, end: float) -> None:
        loaded = self._loaded
        if self._forum_lanes and (loaded is None or start < loaded[0] or end > loaded[1]):
            self._refresh.start()

    def _load_forum_events(self) -> None:
        """Read the chosen forums' meetings around the visible range (never the whole archive)."""
        import datetime as dt

        from model.reads import queries

        partial = False
        if self._db is not None and self._forum_lanes:
            start, end = self.view.visible_range()
            span = end - start
            lo = max(int(start - span * PREFETCH), 1)
            hi = min(int(end + span * PREFETCH), dt.date.max.toordinal())
            first, last = dt.date.fromordinal(lo).isoformat(), dt.date.fromordinal(hi).isoformat()
            with self._db.reader() as conn:
                events = queries.meeting_events(
                    conn, list(self._forum_lanes), first, last, READ_AT_MOST, i18n.language()
                )
            by_lane: dict[str, list[object]] = {fid: [] for fid in self._forum_lanes}
            for e in events:
                by_lane.setdefault(e.lane, []).append(e)
            for fid, lane in self._forum_lanes.items():
                lane.set_events(by_lane.get(fid, []))
            partial = len(events) >= READ_AT_MOST
            if partial:  # complete up to the day before the last one read: showing beyond it reads again
                hi = day_number(events[-1].lower) - 1
                self.partial_label.setText(
                    self.tr("Too many meetings: shown up to {date}, zoom in for the rest").format(date=events[-1].lower)
                )
            self._loaded = (float(lo), float(hi))
        self.partial_label.setVisible(partial)
        self._rebuild()

    def _rebuild(self) -> None:
        lanes = ([self._process_lane] if self._process_lane else []) + list(self._forum_lanes.values())
        self.view.set_lanes(lanes)
        self.view.setMinimumHeight(self.view.sizeHint().height())  # taller than the panel: it scrolls

    # --- export ------------------------------------------------------------------------------------------

    def export_dialog(self, kind: str) -> None:
        """Ask where to save the timeline as a PNG or SVG picture, write it, and say where it went."""
        title = self.tr("Export timeline as PNG") if kind == "png" else self.tr("Export timeline as SVG")
        filt = self.tr("PNG image (*.png)") if kind == "png" else self.tr("SVG drawing (*.svg)")
        start = str(Path(self.export_folder()) / f"timeline.{kind}")
        path, _ = QFileDialog.getSaveFileName(self, title, start, filt)
        if not path:
            return
        if not path.lower().endswith(f".{kind}"):
            path += f".{kind}"
        from gui.timeline.export import write_png, write_svg  # when used: keeps start-up light

        heading = self.export_title()
        ok = (write_png if kind == "png" else write_svg)(self.view, path, heading)
        if not ok:
            QMessageBox.warning(
                self, title, self.tr("Could not write {path}. Choose another folder.").format(path=path)
            )
            return
        self._export_folder = str(Path(path).parent)
        if self.settings is not None:
            self.settings.setValue("timeline/export_folder", self._export_folder)
        window = self.window()
        if isinstance(window, QMainWindow):
            window.statusBar().showMessage(self.tr("Timeline saved as {path}").format(path=path), 10000)
        self.exported.emit(path)

    def export_folder(self) -> str:
        """Where the export dialog opens: the folder used last, else the user's documents folder."""
        remembered = self.settings.value("timeline/export_folder") if self.settings is not None else None
        for folder in (self._export_folder, remembered):
            if isinstance(folder, str) and folder and Path(folder).is_dir():
                return folder
        documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        return documents if documents and Path(documents).is_dir() else str(Path.home())

    def export_title(self) -> str:
        """The picture's title: the process and the forums shown."""
        names = [lane.label for lane in self.view.lanes]
        return " · ".join(names) if names else self.tr("Timeline")


def lane_colour(forum_id: str, taken: set[str]) -> str:
    """The forum's own colour (from its id), or the next one not ``taken`` by another lane shown."""
    first = zlib.crc32(forum_id.encode("utf-8")) % len(LANE_COLOURS)
    for step in range(len(LANE_COLOURS)):
        colour = LANE_COLOURS[(first + step) % len(LANE_COLOURS)]
        if colour not in taken:
            return colour
    return LANE_COLOURS[first]


def _short(title: str) -> str:
    return title if len(title) <= 80 else title[:78].rstrip() + "…"
