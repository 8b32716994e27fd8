"""An attached PDF's text is screened for personal identity numbers when it is attached
(issue 21): the report copies its pages whole, so a certificate printed with the trainee's
personnummer would be signed into the report. The refusal names the file and the page,
never the number; nothing is attached. Text that cannot be read is refused too; a scan
(images only) is accepted as a PNG or JPEG is, and a file that does not open as a PDF at
all, or is encrypted, is let through as before (the report shows a page saying so, never
its pages). pypdf reads the text; these tests pin down what EVTDesk adds to it."""

from __future__ import annotations

import io
import time
import zlib
from pathlib import Path

import pytest
from PIL import Image
from pyhanko.pdf_utils import generic
from pyhanko.pdf_utils.generic import pdf_name
from pyhanko.pdf_utils.writer import PageObject, PdfFileWriter
from pypdf import PdfWriter
from pypdf import generic as pypdf_generic
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas

from evtdesk.store import Logbook, LogbookError
from evtdesk.store.attachments import (
    MAX_PDF_CONTENT,
    MAX_PDF_PAGES,
    PdfTextUnreadable,
    open_pdf,
    pdf_page_texts,
    screen_pdf,
)

NUMBER = "811218-9876"  # a valid date and Luhn digit (a test number, not a person)
DIGITS = "8112189876"
DEJAVU = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")


def reportlab_pdf(*pages: str, font: str = "Helvetica") -> bytes:
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=(595, 842), invariant=1)
    for text in pages:
        canvas.setFont(font, 14)
        canvas.drawString(80, 700, text)
        canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def raw_pdf(
    *contents: bytes,
    fonts: dict[str, generic.DictionaryObject] | None = None,
    forms: dict[str, bytes] | None = None,
    filters: tuple[str, ...] = (),
    properties: dict[str, generic.DictionaryObject] | None = None,
    form_resources: bool = True,
) -> bytes:
    """A PDF whose pages hold exactly these content streams, with the fonts and forms
    given: what a producer EVTDesk has never seen might write."""
    writer = PdfFileWriter()
    font_dict = generic.DictionaryObject(
        {pdf_name(f"/{n}"): writer.add_object(f) for n, f in (fonts or {}).items()}
    )
    resources = generic.DictionaryObject({pdf_name("/Font"): font_dict})
    if properties:
        resources[pdf_name("/Properties")] = generic.DictionaryObject(
            {pdf_name(f"/{n}"): p for n, p in properties.items()}
        )
    if forms:
        xobjects = generic.DictionaryObject()
        for name, data in forms.items():
            form = generic.StreamObject(
                {
                    pdf_name("/Type"): pdf_name("/XObject"),
                    pdf_name("/Subtype"): pdf_name("/Form"),
                    pdf_name("/BBox"): generic.ArrayObject(
                        [generic.NumberObject(v) for v in (0, 0, 595, 842)]
                    ),
                    **({pdf_name("/Resources"): resources} if form_resources else {}),
                },
                stream_data=data,
            )
            xobjects[pdf_name(f"/{name}")] = writer.add_object(form)
        resources[pdf_name("/XObject")] = xobjects
    for content in contents:
        stream = generic.StreamObject(stream_data=content)
        if filters:
            stream = generic.StreamObject(
                {pdf_name("/Filter"): generic.ArrayObject([pdf_name(f) for f in filters])},
                encoded_data=content,
            )
        page = PageObject(writer.add_object(stream), (0, 0, 595, 842), resources)
        writer.insert_page(page)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def simple_font(**extra: generic.PdfObject) -> generic.DictionaryObject:
    return generic.DictionaryObject(
        {
            pdf_name("/Type"): pdf_name("/Font"),
            pdf_name("/Subtype"): pdf_name("/Type1"),
            pdf_name("/BaseFont"): pdf_name("/Helvetica"),
            **{pdf_name(f"/{k}"): v for k, v in extra.items()},
        }
    )


def cid_font(to_unicode: bytes | None) -> generic.DictionaryObject:
    """A Type0 font over glyph ids (Identity-H), as office programs embed one."""
    font = generic.DictionaryObject(
        {
            pdf_name("/Type"): pdf_name("/Font"),
            pdf_name("/Subtype"): pdf_name("/Type0"),
            pdf_name("/BaseFont"): pdf_name("/ABCDEF+Calibri"),
            pdf_name("/Encoding"): pdf_name("/Identity-H"),
        }
    )
    if to_unicode is not None:
        font[pdf_name("/ToUnicode")] = generic.StreamObject(stream_data=to_unicode)
    return font


# glyph 0x0013 is "0" ... 0x001C is "9", 0x0010 is "-", 0x0003 a space
CMAP = (
    b"/CIDInit /ProcSet findresource begin 12 dict begin begincmap\n"
    b"1 begincodespacerange <0000> <FFFF> endcodespacerange\n"
    b"2 beginbfchar <0003> <0020> <0010> <002D> endbfchar\n"
    b"1 beginbfrange <0013> <001C> <0030> endbfrange\n"
    b"endcmap CMapName currentdict /CMap defineresource pop end end\n"
)


def glyphs(text: str) -> bytes:
    ids = {" ": 0x03, "-": 0x10, **{str(d): 0x13 + d for d in range(10)}}
    return b"".join(ids[c].to_bytes(2, "big") for c in text)


def refused(logbook: Logbook, filename: str, data: bytes) -> str:
    with pytest.raises(LogbookError) as refusal:
        logbook.records.attach(filename, data)
    message = str(refusal.value)
    assert not isinstance(refusal.value, PdfTextUnreadable), message  # the number was read
    assert NUMBER not in message and DIGITS not in message.replace("-", "").replace(" ", "")
    assert logbook.records.attachments() == []
    return message


def test_a_certificate_with_a_number_on_its_second_page_is_refused(logbook: Logbook) -> None:
    data = reportlab_pdf("Course certificate", f"Anna Svensson, {NUMBER}")
    message = refused(logbook, "kursintyg.pdf", data)
    assert message.startswith("kursintyg.pdf, page 2: ")
    assert "identity" in message and message.endswith("Nothing was attached.")


def test_a_certificate_without_a_number_is_attached(logbook: Logbook) -> None:
    data = reportlab_pdf("Course certificate", "Anna Svensson, 2024-0117, 08:30")
    info = logbook.records.attach("kursintyg.pdf", data)
    assert logbook.records.attachment_data(info.id) == data


@pytest.mark.skipif(not DEJAVU.exists(), reason="DejaVu fonts are not installed")
def test_an_embedded_subset_font_is_read_through_its_unicode_map(logbook: Logbook) -> None:
    pdfmetrics.registerFont(TTFont("DejaVuForScreen", str(DEJAVU)))
    data = reportlab_pdf(f"Intyg för Åsa Öberg, pnr {NUMBER}", font="DejaVuForScreen")
    texts = dict(pdf_page_texts("intyg.pdf", open_pdf(data)))
    assert "Åsa Öberg" in texts[1]
    assert refused(logbook, "intyg.pdf", data).startswith("intyg.pdf, page 1: ")


@pytest.mark.parametrize(
    "content",
    [
        pytest.param(b"BT /F1 12 Tf 72 700 Td (811218-9876) Tj ET", id="literal"),
        pytest.param(b"BT /F1 12 Tf 72 700 Td <3831313231382D39383736> Tj ET", id="hex"),
        pytest.param(b"BT /F1 12 Tf [(8112) -20 (18-98) 15 (76)] TJ ET", id="kerned"),
        pytest.param(b"BT /F1 12 Tf (8112) Tj (18) Tj 40 0 Td (-9876) Tj ET", id="pieces"),
        pytest.param(b"BT 3 Tr /F1 12 Tf (811218-9876) Tj ET", id="invisible-ocr-layer"),
        pytest.param(b"BT /F1 12 Tf (\\070\\061\\061\\062\\061\\070-9876) Tj ET", id="octal"),
        pytest.param(b"BT /F1 12 Tf (8112\\\n18-9876) Tj ET", id="continued-line"),
        pytest.param(
            b"/Span <</ActualText <FEFF003800310031003200310038002D0039003800370036>>> BDC "
            b"BT /F1 12 Tf (x) Tj ET EMC",
            id="actual-text",
        ),
        pytest.param(
            b"BI /W 4 /H 1 /BPC 8 /CS /G ID \x00(\xff) EI BT /F1 12 Tf (811218-9876) Tj ET",
            id="after-an-inline-image",
        ),
    ],
)
def test_a_number_however_the_page_writes_it_is_refused(logbook: Logbook, content: bytes) -> None:
    data = raw_pdf(b"BT /F1 12 Tf (Intyg) Tj ET", content, fonts={"F1": simple_font()})
    assert refused(logbook, "intyg.pdf", data).startswith("intyg.pdf, page 2: ")


def test_a_number_inside_a_form_the_page_draws_is_refused(logbook: Logbook) -> None:
    form = b"BT /F1 12 Tf (pnr 811218-9876) Tj ET"
    data = raw_pdf(b"q /Fm1 Do Q", fonts={"F1": simple_font()}, forms={"Fm1": form})
    assert refused(logbook, "intyg.pdf", data).startswith("intyg.pdf, page 1: ")


def test_a_font_whose_encoding_renames_its_digits_is_read_by_glyph_name(logbook: Logbook) -> None:
    """Codes A..J drawn as the digits zero..nine: the text reads as the glyphs show."""
    names = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
    encoding = generic.DictionaryObject(
        {
            pdf_name("/Type"): pdf_name("/Encoding"),
            pdf_name("/Differences"): generic.ArrayObject(
                [generic.NumberObject(65), *(pdf_name(f"/{n}") for n in names)]
            ),
        }
    )
    font = simple_font(Encoding=encoding)
    digits = NUMBER.replace("-", "")
    coded = "".join(chr(65 + int(d)) for d in digits).encode()
    data = raw_pdf(
        b"BT /F1 12 Tf (" + coded[:6] + b"-" + coded[6:] + b") Tj ET", fonts={"F1": font}
    )
    assert refused(logbook, "intyg.pdf", data).startswith("intyg.pdf, page 1: ")


def test_a_cid_font_is_read_through_its_unicode_map(logbook: Logbook) -> None:
    shown = b"BT /F1 12 Tf <" + glyphs(NUMBER).hex().encode() + b"> Tj ET"
    data = raw_pdf(shown, fonts={"F1": cid_font(CMAP)})
    assert "811218-9876" in dict(pdf_page_texts("x.pdf", open_pdf(data)))[1]
    assert refused(logbook, "intyg.pdf", data).startswith("intyg.pdf, page 1: ")
    clean = raw_pdf(
        b"BT /F1 12 Tf <" + glyphs("2024 0117").hex().encode() + b"> Tj ET",
        fonts={"F1": cid_font(CMAP)},
    )
    logbook.records.attach("intyg.pdf", clean)


def test_text_in_a_font_without_a_unicode_map_is_refused_as_unreadable(logbook: Logbook) -> None:
    shown = b"BT /F1 12 Tf <" + glyphs("1234").hex().encode() + b"> Tj ET"
    data = raw_pdf(b"BT ET", shown, fonts={"F1": cid_font(None)})
    with pytest.raises(PdfTextUnreadable, match=r"^intyg\.pdf, page 2: .*font without a map"):
        logbook.records.attach("intyg.pdf", data)
    assert logbook.records.attachments() == []


def test_a_scan_without_text_is_attached(logbook: Logbook) -> None:
    image = Image.new("RGB", (300, 400), "white")
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=(595, 842), invariant=1)
    png = io.BytesIO()
    image.save(png, format="PNG")
    from reportlab.lib.utils import ImageReader

    canvas.drawImage(ImageReader(io.BytesIO(png.getvalue())), 0, 0, 595, 842)
    canvas.showPage()
    canvas.save()
    data = buffer.getvalue()
    assert dict(pdf_page_texts("scan.pdf", open_pdf(data)))[1].strip() == ""
    logbook.records.attach("scan.pdf", data)


def test_a_file_that_does_not_open_as_a_pdf_is_attached_as_before(logbook: Logbook) -> None:
    logbook.records.attach("damaged.pdf", b"%PDF-1.4 certificate " + NUMBER.encode())
    assert len(logbook.records.attachments()) == 1


def test_a_compression_bomb_is_refused_quickly(logbook: Logbook) -> None:
    bomb = zlib.compress(b"BT ET " * ((MAX_PDF_CONTENT // 6) * 3), 9)
    data = raw_pdf(bomb, filters=("/FlateDecode",))
    started = time.monotonic()
    with pytest.raises(PdfTextUnreadable, match="KB of page content"):
        logbook.records.attach("bomb.pdf", data)
    assert time.monotonic() - started < 10


def test_too_many_pages_are_refused(logbook: Logbook) -> None:
    data = raw_pdf(*([b"BT ET"] * (MAX_PDF_PAGES + 1)))
    with pytest.raises(PdfTextUnreadable, match=f"more than {MAX_PDF_PAGES} pages"):
        logbook.records.attach("long.pdf", data)


def test_an_unknown_filter_is_refused_as_unreadable(logbook: Logbook) -> None:
    data = raw_pdf(b"\x80\x0b\x60\x50", filters=("/EVTUnknownDecode",))
    with pytest.raises(PdfTextUnreadable, match=r"^old\.pdf, page 1: .*cannot read"):
        logbook.records.attach("old.pdf", data)


def test_content_spread_over_pages_counts_against_one_budget(logbook: Logbook) -> None:
    page = b"BT ET " * (MAX_PDF_CONTENT // 6 // 4)
    logbook.records.attach("ok.pdf", raw_pdf(*([page] * 3)))
    with pytest.raises(PdfTextUnreadable, match=r"^long\.pdf, page 5: .*KB of page content"):
        logbook.records.attach("long.pdf", raw_pdf(*([page] * 5)))


def test_alternate_text_in_a_named_property_list_is_refused(logbook: Logbook) -> None:
    """/Alt of a figure, its property list named in the page's resources."""
    alt = generic.DictionaryObject({pdf_name("/Alt"): generic.TextStringObject(f"pnr {NUMBER}")})
    data = raw_pdf(
        b"/Figure /MC0 BDC q 10 0 0 10 0 0 cm Q EMC BT /F1 12 Tf (Intyg) Tj ET",
        fonts={"F1": simple_font()},
        properties={"MC0": alt},
    )
    assert refused(logbook, "intyg.pdf", data).startswith("intyg.pdf, page 1: ")


def test_a_form_without_fonts_of_its_own_is_refused_as_unreadable(logbook: Logbook) -> None:
    """pypdf reads no text from a form that takes its fonts from the page (PDF 1.1)."""
    form = b"BT /F1 12 Tf (Intyg) Tj ET"
    data = raw_pdf(
        b"q /Fm1 Do Q", fonts={"F1": simple_font()}, forms={"Fm1": form}, form_resources=False
    )
    with pytest.raises(PdfTextUnreadable, match=r"^intyg\.pdf, page 1: .*naming its fonts"):
        logbook.records.attach("intyg.pdf", data)


def test_a_form_that_draws_itself_is_read_once(logbook: Logbook) -> None:
    form = b"BT /F1 12 Tf (pnr 811218-9876) Tj ET q /Fm1 Do Q"
    data = raw_pdf(b"q /Fm1 Do Q", fonts={"F1": simple_font()}, forms={"Fm1": form})
    assert refused(logbook, "intyg.pdf", data).startswith("intyg.pdf, page 1: ")


@pytest.mark.parametrize(
    ("page", "form"),
    [
        pytest.param(b"q /Fm1 Do Q", b"BT /F1 12 Tf <%s> Tj ET", id="set-in-the-form"),
        pytest.param(b"BT /F1 12 Tf ET q /Fm1 Do Q", b"BT <%s> Tj ET", id="set-by-the-page"),
    ],
)
def test_a_font_without_a_map_in_a_form_is_refused_as_unreadable(
    logbook: Logbook, page: bytes, form: bytes
) -> None:
    shown = form % glyphs("1234").hex().encode()
    data = raw_pdf(page, fonts={"F1": cid_font(None)}, forms={"Fm1": shown})
    with pytest.raises(PdfTextUnreadable, match="font without a map"):
        logbook.records.attach("intyg.pdf", data)


def test_a_page_drawing_too_many_forms_is_refused_as_unreadable(logbook: Logbook) -> None:
    form = b"BT /F1 12 Tf (Intyg) Tj ET"
    data = raw_pdf(b"/Fm1 Do " * 1001, fonts={"F1": simple_font()}, forms={"Fm1": form})
    with pytest.raises(PdfTextUnreadable, match=r"^intyg\.pdf, page 1: .*1000 forms"):
        logbook.records.attach("intyg.pdf", data)
    fine = raw_pdf(b"/Fm1 Do " * 1000, fonts={"F1": simple_font()}, forms={"Fm1": form})
    logbook.records.attach("intyg.pdf", fine)


def with_annotations(data: bytes, page: int, *annotations: dict[str, str]) -> bytes:
    """`data` with these annotations on a page (none: on no page); a widget (/FT) also
    becomes a form field."""
    writer = PdfWriter(clone_from=io.BytesIO(data))
    fields = pypdf_generic.ArrayObject()
    for entries in annotations:
        annotation = pypdf_generic.DictionaryObject(
            {
                pypdf_generic.NameObject("/Type"): pypdf_generic.NameObject("/Annot"),
                pypdf_generic.NameObject("/Rect"): pypdf_generic.ArrayObject(
                    [pypdf_generic.NumberObject(v) for v in (10, 10, 200, 40)]
                ),
                **{
                    pypdf_generic.NameObject(k): (
                        pypdf_generic.NameObject(v)
                        if v.startswith("/")
                        else pypdf_generic.TextStringObject(v)
                    )
                    for k, v in entries.items()
                },
            }
        )
        annotation = writer.add_annotation(max(page, 1) - 1, annotation)
        if "/FT" in entries:
            fields.append(annotation.indirect_reference)
    if not page:  # the fields on no page
        del writer.pages[0][pypdf_generic.NameObject("/Annots")]
    if fields:
        writer.root_object[pypdf_generic.NameObject("/AcroForm")] = pypdf_generic.DictionaryObject(
            {pypdf_generic.NameObject("/Fields"): fields}
        )
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def test_a_comment_holding_a_number_is_refused(logbook: Logbook) -> None:
    base = reportlab_pdf("Course certificate", "Anna Svensson")
    data = with_annotations(base, 2, {"/Subtype": "/Text", "/Contents": f"pnr {NUMBER}"})
    assert refused(logbook, "intyg.pdf", data).startswith("intyg.pdf, page 2: ")


def test_a_form_field_holding_a_number_is_refused(logbook: Logbook) -> None:
    base = reportlab_pdf("Course certificate", "Anna Svensson")
    widget = {"/Subtype": "/Widget", "/FT": "/Tx", "/T": "pnr", "/V": NUMBER}
    data = with_annotations(base, 2, widget)
    assert refused(logbook, "intyg.pdf", data).startswith("intyg.pdf, page 2: ")
    hidden = with_annotations(base, 0, widget)  # a field on no page
    assert refused(logbook, "intyg.pdf", hidden).startswith("intyg.pdf, a form field: ")
    clean = {**widget, "/V": "2024-0117"}
    logbook.records.attach("intyg.pdf", with_annotations(base, 2, clean))


def test_an_encrypted_pdf_is_attached_as_before(logbook: Logbook) -> None:
    writer = PdfWriter(clone_from=io.BytesIO(reportlab_pdf(f"pnr {NUMBER}")))
    writer.encrypt("secret", algorithm="AES-128")
    out = io.BytesIO()
    writer.write(out)
    logbook.records.attach("locked.pdf", out.getvalue())
    assert len(logbook.records.attachments()) == 1


def test_bytes_that_do_not_open_are_refused_when_screened_directly() -> None:
    """The report screens the bytes again: one that pypdf cannot open copies no page."""
    with pytest.raises(PdfTextUnreadable, match=r"^damaged\.pdf does not open"):
        screen_pdf("damaged.pdf", b"%PDF-1.4 certificate")
    screen_pdf("intyg.pdf", reportlab_pdf("Anna Svensson"))
