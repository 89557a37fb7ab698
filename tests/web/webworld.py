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
