"""The timeline: the panel (process, forum lanes, zoom, export), the view that draws and answers clicks,
its lanes of events and how they are painted, the legend, and the PNG/SVG export."""
