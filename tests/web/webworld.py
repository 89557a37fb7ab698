"""Names and texts of the web tests' small record, and reading the text of a download."""
import io
import zipfile

SECRET_MINUTE = "Secret case conference zqxj"
SECRET_TEXT = "named victim details zqxj"
SECRET_ACTION = "Refer the named family zqxj"
SECRET_AGENDA = "Exempt case review zqxj"
SECRET_DOC = "exempt-report-zqxj.txt"
DRAFT_TEXT = "draft wording not yet agreed wqpv"
UNPUBLISHED_TEXT = "unpublished meeting business kkrt"
PUBLIC_TEXT = "The Group noted the update on street lighting."
PUBLIC_ACTION = "Bring the street lighting survey to the next meeting"
ALL_SECRETS = (SECRET_MINUTE, SECRET_TEXT, SECRET_ACTION, SECRET_AGENDA, SECRET_DOC, DRAFT_TEXT, UNPUBLISHED_TEXT,
               "zqxj", "wqpv", "kkrt")


def text_of(content: bytes, content_type: str) -> str:
    """The readable text of a response body: HTML, DOCX (document.xml) or PDF (pypdfium2)."""
    if content_type.startswith("application/pdf"):
        import pypdfium2 as pdfium

        pdf = pdfium.PdfDocument(content)
        return "\n".join(pdf[i].get_textpage().get_text_range() for i in range(len(pdf)))
    if "wordprocessingml" in content_type:
        with zipfile.ZipFile(io.BytesIO(content)) as z:
            return z.read("word/document.xml").decode("utf-8")
    return content.decode("utf-8", "replace")


def form_post(client, url: str, changes: dict | None = None, form: int = 0) -> dict:
    """What a browser would post from the page's ``form``-th POST form in <main>, as rendered (inputs,
    checked boxes, textareas, selected options), with ``changes``."""
    import html as htmllib
    import re

    page = client.get(url).content.decode()
    main = page[page.index("<main"):page.index("</main>")]
    forms = re.findall(r'<form method="post".*?</form>', main, re.S)
    text = forms[form]
    data: dict = {}

    def put(name, value):
        if name in data:
            data[name] = data[name] if isinstance(data[name], list) else [data[name]]
            data[name].append(value)
        else:
            data[name] = value

    for m in re.finditer(r'<input[^>]*name="([^"]+)"[^>]*>', text):
        tag = m.group(0)
        if 'type="checkbox"' in tag and "checked" not in tag:
            continue
        value = re.search(r'value="([^"]*)"', tag)
        put(m.group(1), htmllib.unescape(value.group(1)) if value else ("on" if 'type="checkbox"' in tag else ""))
    for m in re.finditer(r'<textarea[^>]*name="([^"]+)"[^>]*>(.*?)</textarea>', text, re.S):
        put(m.group(1), htmllib.unescape(m.group(2)).strip("\n"))
    for m in re.finditer(r'<select[^>]*name="([^"]+)"[^>]*>(.*?)</select>', text, re.S):
        for option in re.finditer(r'<option[^>]*value="([^"]*)"[^>]*\bselected\b[^>]*>', m.group(2)):
            put(m.group(1), htmllib.unescape(option.group(1)))
    data.pop("csrfmiddlewaretoken", None)
    data.update(changes or {})
    return data
