from django.http import HttpResponse


def search(request):  # replaced by the search work
    return HttpResponse("search")
