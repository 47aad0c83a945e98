"""Illustrations drawn with Pillow: one per topic, a few for lessons, one logo per organisation.

Shapes only, no fonts, so the result is the same on every machine.
"""

import io
import math

from PIL import Image, ImageDraw

WIDTH, HEIGHT = 1200, 675

PALETTES = {
    "meråpent-bibliotek": ("#e8f1f8", "#1f4e79", "#f2b134"),
    "bokprat": ("#fdf1e6", "#8e3b2f", "#2e7d32"),
    "konflikthåndtering": ("#eef3ee", "#2e5d3a", "#c0392b"),
    "samskaping": ("#f4eefa", "#5b3f8c", "#f2b134"),
    "spillformidling": ("#e9f6f6", "#0f6b6b", "#d35400"),
    "formidling-på-nett": ("#eef1fb", "#2c3e8f", "#16a085"),
    "bibliotekdidaktikk": ("#f6f3e8", "#6b5a1f", "#1f4e79"),
    "gdpr-og-personvern": ("#f1f1f1", "#333c47", "#c0392b"),
    "søk": ("#edf7ef", "#1e6b3a", "#1f4e79"),
}


def _books(draw, fg, accent):
    x = 330
    for i, height in enumerate([330, 380, 300, 360, 340, 390]):
        colour = fg if i % 2 == 0 else accent
        draw.rectangle([x, 560 - height, x + 70, 560], fill=colour)
        draw.rectangle([x + 12, 560 - height + 30, x + 58, 560 - height + 40], fill="#ffffff")
        x += 90
    draw.rectangle([280, 560, 920, 585], fill=fg)


def _door(draw, fg, accent):
    draw.rectangle([420, 150, 780, 600], outline=fg, width=16)
    draw.rectangle([450, 180, 750, 600], fill=fg)
    draw.ellipse([700, 380, 730, 410], fill=accent)
    # a key card reader beside the door
    draw.rounded_rectangle([830, 330, 900, 450], radius=12, fill=accent)
    draw.rectangle([848, 350, 882, 380], fill="#ffffff")


def _speech(draw, fg, accent):
    draw.rounded_rectangle([230, 150, 650, 380], radius=40, fill=fg)
    draw.polygon([(330, 380), (300, 470), (420, 380)], fill=fg)
    draw.rounded_rectangle([550, 300, 970, 530], radius=40, fill=accent)
    draw.polygon([(860, 530), (900, 610), (800, 530)], fill=accent)
    for i in range(3):
        draw.ellipse([350 + i * 70, 245, 390 + i * 70, 285], fill="#ffffff")


def _puzzle(draw, fg, accent):
    for i, (x, y) in enumerate([(380, 170), (600, 170), (380, 390), (600, 390)]):
        colour = fg if i in (0, 3) else accent
        draw.rectangle([x, y, x + 210, y + 210], fill=colour)
        draw.ellipse([x + 170, y + 80, x + 240, y + 150], fill=colour)


def _game(draw, fg, accent):
    draw.rounded_rectangle([330, 250, 870, 520], radius=120, fill=fg)
    draw.rectangle([420, 365, 520, 395], fill="#ffffff")
    draw.rectangle([455, 330, 485, 430], fill="#ffffff")
    for dx, dy in [(0, -40), (40, 0), (0, 40), (-40, 0)]:
        draw.ellipse([720 + dx - 18, 380 + dy - 18, 720 + dx + 18, 380 + dy + 18], fill=accent)
    draw.rounded_rectangle([160, 120, 300, 260], radius=20, fill=accent)
    for px, py in [(195, 155), (265, 225), (230, 190)]:
        draw.ellipse([px - 12, py - 12, px + 12, py + 12], fill="#ffffff")


def _screen(draw, fg, accent):
    draw.rounded_rectangle([300, 130, 900, 500], radius=20, fill=fg)
    draw.rectangle([330, 160, 870, 470], fill="#ffffff")
    draw.polygon([(560, 250), (560, 380), (670, 315)], fill=accent)
    draw.rectangle([560, 500, 640, 560], fill=fg)
    draw.rectangle([470, 560, 730, 585], fill=fg)


def _board(draw, fg, accent):
    draw.rectangle([250, 120, 950, 500], fill=fg)
    draw.rectangle([270, 140, 930, 480], fill="#2f4f3f")
    for i, width in enumerate([420, 320, 380]):
        draw.rectangle([320, 200 + i * 80, 320 + width, 216 + i * 80], fill="#ffffff")
    draw.rectangle([250, 500, 950, 520], fill=accent)
    draw.line([(400, 520), (340, 620)], fill=fg, width=14)
    draw.line([(800, 520), (860, 620)], fill=fg, width=14)


def _lock(draw, fg, accent):
    draw.arc([470, 110, 730, 380], start=180, end=360, fill=fg, width=40)
    draw.rectangle([470, 240, 490, 300], fill=fg)
    draw.rectangle([710, 240, 730, 300], fill=fg)
    draw.rounded_rectangle([410, 290, 790, 590], radius=30, fill=fg)
    draw.ellipse([570, 380, 630, 440], fill=accent)
    draw.rectangle([588, 420, 612, 510], fill=accent)


def _magnifier(draw, fg, accent):
    draw.ellipse([380, 140, 700, 460], outline=fg, width=40)
    draw.ellipse([440, 200, 640, 400], fill=accent)
    width = 46
    start, end = (650, 410), (850, 610)
    angle = math.atan2(end[1] - start[1], end[0] - start[0])
    dx, dy = -math.sin(angle) * width / 2, math.cos(angle) * width / 2
    draw.polygon(
        [
            (start[0] + dx, start[1] + dy),
            (end[0] + dx, end[1] + dy),
            (end[0] - dx, end[1] - dy),
            (start[0] - dx, start[1] - dy),
        ],
        fill=fg,
    )


def _people(draw, fg, accent):
    for i, x in enumerate([330, 520, 710]):
        colour = fg if i != 1 else accent
        draw.ellipse([x + 30, 170, x + 130, 270], fill=colour)
        draw.rounded_rectangle([x, 290, x + 160, 560], radius=60, fill=colour)


def _chart(draw, fg, accent):
    draw.line([(280, 560), (940, 560)], fill=fg, width=10)
    draw.line([(280, 560), (280, 130)], fill=fg, width=10)
    for i, height in enumerate([120, 190, 170, 260, 330, 380]):
        draw.rectangle([320 + i * 100, 550 - height, 390 + i * 100, 550], fill=accent)


DRAWINGS = {
    "meråpent-bibliotek": _door,
    "bokprat": _books,
    "konflikthåndtering": _speech,
    "samskaping": _puzzle,
    "spillformidling": _game,
    "formidling-på-nett": _screen,
    "bibliotekdidaktikk": _board,
    "gdpr-og-personvern": _lock,
    "søk": _magnifier,
}

# key: (title, drawing, palette, alt text nb, alt text nn)
IMAGES = {
    "meråpent-bibliotek": (
        "Illustrasjon: meråpent bibliotek",
        _door,
        "meråpent-bibliotek",
        "Tegning av en biblioteksdør med kortleser ved siden av.",
        "Teikning av ei biblioteksdør med kortlesar ved sida av.",
    ),
    "bokprat": (
        "Illustrasjon: bokprat",
        _books,
        "bokprat",
        "Tegning av seks bøker i to farger som står på en hylle.",
        "Teikning av seks bøker i to fargar som står på ei hylle.",
    ),
    "konflikthåndtering": (
        "Illustrasjon: konflikthåndtering",
        _speech,
        "konflikthåndtering",
        "Tegning av to snakkebobler som overlapper, en grønn og en rød.",
        "Teikning av to snakkebobler som overlappar, ei grøn og ei raud.",
    ),
    "samskaping": (
        "Illustrasjon: samskaping",
        _puzzle,
        "samskaping",
        "Tegning av fire puslebrikker i to farger som passer sammen.",
        "Teikning av fire puslebitar i to fargar som passar saman.",
    ),
    "spillformidling": (
        "Illustrasjon: spillformidling",
        _game,
        "spillformidling",
        "Tegning av en spillkontroller og en terning.",
        "Teikning av ein spelkontroll og ein terning.",
    ),
    "formidling-på-nett": (
        "Illustrasjon: formidling på nett",
        _screen,
        "formidling-på-nett",
        "Tegning av en dataskjerm med en avspillingsknapp.",
        "Teikning av ein dataskjerm med ein avspelingsknapp.",
    ),
    "bibliotekdidaktikk": (
        "Illustrasjon: bibliotekdidaktikk",
        _board,
        "bibliotekdidaktikk",
        "Tegning av en tavle på stativ med tre tekstlinjer.",
        "Teikning av ei tavle på stativ med tre tekstliner.",
    ),
    "gdpr-og-personvern": (
        "Illustrasjon: GDPR og personvern",
        _lock,
        "gdpr-og-personvern",
        "Tegning av en hengelås med nøkkelhull.",
        "Teikning av ein hengelås med nøkkelhol.",
    ),
    "søk": (
        "Illustrasjon: søk",
        _magnifier,
        "søk",
        "Tegning av et forstørrelsesglass.",
        "Teikning av eit forstørringsglas.",
    ),
    "personalmote": (
        "Illustrasjon: personalmøte",
        _people,
        "samskaping",
        "Tegning av tre personer som står side om side.",
        "Teikning av tre personar som står side om side.",
    ),
    "statistikk": (
        "Illustrasjon: økende besøkstall",
        _chart,
        "meråpent-bibliotek",
        "Søylediagram der søylene blir høyere fra venstre mot høyre: besøket økte.",
        "Søylediagram der søylene blir høgare frå venstre mot høgre: besøket auka.",
    ),
}


def draw_illustration(key):
    """PNG bytes of the illustration with this key."""
    _title, drawing, palette, _alt_nb, _alt_nn = IMAGES[key]
    background, fg, accent = PALETTES[palette]
    image = Image.new("RGB", (WIDTH, HEIGHT), background)
    draw = ImageDraw.Draw(image)
    drawing(draw, fg, accent)
    return _png(image)


LOGO_COLOURS = ["#1f4e79", "#8e3b2f", "#2e5d3a", "#5b3f8c", "#0f6b6b", "#2c3e8f", "#6b5a1f"]


def draw_logo(index):
    """A simple emblem (an open book on a coloured disc) in one of a few colours."""
    colour = LOGO_COLOURS[index % len(LOGO_COLOURS)]
    image = Image.new("RGB", (400, 400), "#ffffff")
    draw = ImageDraw.Draw(image)
    draw.ellipse([20, 20, 380, 380], fill=colour)
    draw.polygon([(90, 140), (195, 170), (195, 300), (90, 270)], fill="#ffffff")
    draw.polygon([(310, 140), (205, 170), (205, 300), (310, 270)], fill="#ffffff")
    return _png(image)


def _png(image):
    buffer = io.BytesIO()
    image.save(buffer, format="PNG", optimize=False)
    return buffer.getvalue()
