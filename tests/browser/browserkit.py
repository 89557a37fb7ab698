"""Helpers of the browser tests."""


def sign_in(page, username, password):
    page.goto("/accounts/login/")
    page.fill("#id_username", username)
    page.fill("#id_password", password)
    page.click("main button:has-text('Sign in')")
    page.wait_for_url(lambda url: "/accounts/login" not in url)


def sign_out(page):
    page.click("button:has-text('Sign out')")
    page.wait_for_load_state()


def pdf_text(data: bytes) -> str:
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(data)
    return "\n".join(pdf[i].get_textpage().get_text_range() for i in range(len(pdf)))
